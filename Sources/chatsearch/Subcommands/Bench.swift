import ArgumentParser
import ChatSearchCore
import ChatSearchKit
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure embedding throughput: naive and late against a raw llama.cpp baseline, and peak memory.",
        discussion: """
        The corpus is the given chat files, repeated until it holds at least --min-tokens tokens. The \
        baseline decodes exactly the token sequences of each mode through the engine with no pooling \
        work; the ratio says what ChatSearch's own work (planning, pooling) costs on top of llama.cpp.
        """
    )

    @OptionGroup var input: InputOptions
    @Option(help: "Smallest corpus, in tokens.") var minTokens: Int = Configuration.Defaults.benchMinTokens
    @Option(help: ArgumentHelp("Late-chunking policies to measure, comma separated (default: \(Configuration.Defaults.benchLateContexts.map(\.description).joined(separator: ","))).", valueName: "list"), transform: BenchCommand.lateContexts)
    var lateContexts: [LateContext] = Configuration.Defaults.benchLateContexts
    @Flag(help: "Also measure one sequence per decode call against packed batches.") var batching = false
    @Option(help: ArgumentHelp("Built-in models to compare on the same chats, comma separated (chatsearch models).", valueName: "names"))
    var compareModels: String?
    @Option(help: "Naive tokens the model comparison's chats hold at least.") var compareMinTokens: Int = Configuration.Defaults.benchCompareMinTokens
    @OptionGroup var model: ModelOptions
    @Option(help: "text embedded for a turn") var turnText: TurnTextStyle = Configuration.Defaults.turnText

    static func lateContexts(_ list: String) throws -> [LateContext] {
        try list.split(separator: ",").map { p in
            guard let ctx = LateContext(parsing: String(p)) else { throw ValidationError("bad late context '\(p)'") }
            return ctx
        }
    }

    func run() throws {
        var benchmark = Benchmark(config: try Configuration(input: input, model: model, recipe: EmbeddingRecipe(turnText: turnText)))
        benchmark.minTokens = minTokens
        benchmark.lateContexts = lateContexts
        benchmark.batching = batching
        benchmark.compareModels = compareModels.map { $0.split(separator: ",").map(String.init) } ?? []
        benchmark.compareMinTokens = compareMinTokens
        try benchmark.run()
    }
}
