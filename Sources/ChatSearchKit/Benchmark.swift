import ChatSearchCore
import ChatSearchEngine
import Foundation

/// Embedding throughput: naive and late against a raw llama.cpp baseline, and peak memory.
///
/// The corpus is the given chat files, repeated until it holds at least `minTokens` tokens. The
/// baseline decodes exactly the token sequences of each mode through the engine with no pooling
/// work; the ratio says what ChatSearch's own work (planning, pooling) costs on top of llama.cpp.
public struct Benchmark {
    /// The chat files (SampleData when none are given), the engine and the turn text.
    public var config: Configuration
    /// Smallest corpus, in tokens.
    public var minTokens: Int = Configuration.Defaults.benchMinTokens
    /// Late-chunking policies to measure.
    public var lateContexts: [LateContext] = Configuration.Defaults.benchLateContexts
    /// Also measure one sequence per decode call against packed batches.
    public var batching = false
    /// Built-in models (names or aliases) to compare, each on the same chats: naive and the default
    /// late context, tokens/s and turns/s, turns/s against the first model's.
    public var compareModels: [String] = []
    /// Naive tokens (of the first compared model) the model comparison's chats hold at least.
    public var compareMinTokens: Int = Configuration.Defaults.benchCompareMinTokens

    public init(config: Configuration) { self.config = config }

    public func run() throws {
        let turnText = config.recipe.turnText
        let load = ConversationLoader.load(paths: config.paths.isEmpty ? ["SampleData"] : config.paths, format: config.inputFormat)
        let base = load.conversations
        guard !base.isEmpty else { throw Failure(message: "no conversations to measure", status: ExitStatus.dataError) }
        let embedder = try config.engine.makeEmbedder()
        let probe = try TurnEncoder(embedder: embedder, recipe: EmbeddingRecipe(turnText: turnText))
        let baseTokens = try probe.plannedTokens(base, mode: .naive)
        let copies = max(1, Int((Double(minTokens) / Double(max(baseTokens, 1))).rounded(.up)))
        var corpus: [Conversation] = []
        for k in 0..<copies {
            corpus += base.map { var c = $0; c.id += "#\(k)"; return c }
        }
        let turns = corpus.reduce(0) { $0 + $1.turns.count }
        Output.line("model: \(embedder.info.name), \(embedder.info.dimensions) dimensions, context \(embedder.info.contextLength), threads \(config.engine.threads ?? ProcessInfo.processInfo.activeProcessorCount)")
        Output.line("corpus: \(corpus.count) conversations, \(turns) turns (\(copies) copies of \(base.count) conversations)")
        Output.line("")
        Output.line("run                                tokens   seconds   tokens/s   vs raw")

        func timed(_ body: () throws -> Void) rethrows -> Double {
            let t0 = Date()
            try body()
            return Date().timeIntervalSince(t0)
        }
        func row(_ name: String, _ tokens: Int, _ secs: Double, raw: Double?) {
            let rate = Double(tokens) / secs
            Output.line(name.padding(toLength: 32, withPad: " ", startingAt: 0)
                + String(format: "%9d %9.2f %10.0f", tokens, secs, rate)
                + (raw.map { String(format: "   %.2fx", rate / $0) } ?? ""))
        }
        func raw(_ seqs: [[Int32]]) throws -> Double {
            try timed {
                var i = 0
                while i < seqs.count {
                    _ = try embedder.embed(Array(seqs[i..<min(i + 256, seqs.count)]))
                    i += 256
                }
            }
        }

        var runs: [(String, EmbeddingRecipe, TurnEncoder.Mode)] = [("naive", EmbeddingRecipe(turnText: turnText), .naive)]
        for ctx in lateContexts {
            runs.append(("late \(ctx)", EmbeddingRecipe(turnText: turnText, lateContext: ctx), .late))
        }
        var naiveTokens = 0
        for (name, recipe, mode) in runs {
            let encoder = try TurnEncoder(embedder: embedder, recipe: recipe)
            let seqs = try encoder.plannedSequences(corpus, mode: mode)
            let tokens = seqs.reduce(0) { $0 + $1.count }
            if mode == .naive { naiveTokens = tokens }
            let rawSecs = try raw(seqs)
            let rawRate = Double(tokens) / rawSecs
            row("raw llama.cpp (\(name))", tokens, rawSecs, raw: nil)
            let secs = try timed { _ = try encoder.encode(corpus, modes: [mode]) }
            row(name, tokens, secs, raw: rawRate)
            Output.line(String(format: "  %@: %.2f tokens encoded per naive token, %.0f turns/s", name, Double(tokens) / Double(max(naiveTokens, 1)), Double(turns) / secs))
        }
        if batching {
            let encoder = try TurnEncoder(embedder: embedder, recipe: EmbeddingRecipe(turnText: turnText))
            let seqs = Array(try encoder.plannedSequences(corpus, mode: .naive).prefix(4000))
            let tokens = seqs.reduce(0) { $0 + $1.count }
            let packed = try raw(seqs)
            let single = try timed { for s in seqs { _ = try embedder.embed([s]) } }
            Output.line("")
            Output.line(String(format: "batching (%d naive sequences, %d tokens): packed %.0f tokens/s, one per call %.0f tokens/s (%.2fx)",
                               seqs.count, tokens, Double(tokens) / packed, Double(tokens) / single, single / packed))
        }
        if !compareModels.isEmpty { try compare(base, timed: timed) }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        Output.line("")
        Output.line(String(format: "peak memory (max RSS): %.1f MB", Double(usage.ru_maxrss) / 1024))
    }

    /// The model comparison: whole conversations from the start of the chats until they hold
    /// `compareMinTokens` naive tokens, encoded once per model and mode after a warm-up.
    private func compare(_ base: [Conversation], timed: (() throws -> Void) throws -> Double) throws {
        let turnText = config.recipe.turnText
        let modes: [(String, EmbeddingRecipe, TurnEncoder.Mode)] = [
            ("naive", EmbeddingRecipe(turnText: turnText), .naive),
            ("late \(Configuration.Defaults.lateContext)", EmbeddingRecipe(turnText: turnText, lateContext: Configuration.Defaults.lateContext), .late),
        ]
        var chats: [Conversation] = []
        var firstTurnsPerSecond: [String: Double] = [:]
        Output.line("")
        for name in compareModels {
            guard let model = ModelCatalogue.named(name), model.isSetUp else {
                Output.line("model \(name): not a built-in model that is set up; skipped")
                continue
            }
            var engine = config.engine
            engine.modelPath = model.path
            let embedder = try engine.makeEmbedder()
            if chats.isEmpty {
                let probe = try TurnEncoder(embedder: embedder, recipe: modes[0].1)
                var tokens = 0
                for c in base where tokens < compareMinTokens {
                    chats.append(c)
                    tokens += try probe.plannedTokens([c], mode: .naive)
                }
                let turns = chats.reduce(0) { $0 + $1.turns.count }
                Output.line("models compared on \(chats.count) conversations, \(turns) turns:")
                Output.line("model                   run                 tokens   seconds   tokens/s    turns/s   vs \(model.name)")
            }
            let turns = chats.reduce(0) { $0 + $1.turns.count }
            for (label, recipe, mode) in modes {
                let encoder = try TurnEncoder(embedder: embedder, recipe: recipe)
                _ = try encoder.encode(Array(chats.prefix(1)), modes: [mode])
                let tokens = try encoder.plannedTokens(chats, mode: mode)
                let secs = try timed { _ = try encoder.encode(chats, modes: [mode]) }
                let turnsPerSecond = Double(turns) / secs
                let first = firstTurnsPerSecond[label] ?? turnsPerSecond
                firstTurnsPerSecond[label] = first
                Output.line(model.name.padding(toLength: 24, withPad: " ", startingAt: 0)
                    + label.padding(toLength: 16, withPad: " ", startingAt: 0)
                    + String(format: "%9d %9.2f %10.0f %10.1f   %.2fx", tokens, secs, Double(tokens) / secs, turnsPerSecond, turnsPerSecond / first))
            }
        }
    }
}
