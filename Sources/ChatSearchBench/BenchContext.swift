import ChatSearchCore
import ChatSearchEngine
import Foundation

/// What sections share: the options, the report, the generated corpora (built once, on first use), a
/// scratch folder removed at the end, and the measurements earlier sections made (later sections
/// compare with them instead of measuring the same thing twice).
public final class BenchContext {
    public let options: BenchOptions
    public let report = BenchReport()
    public let workDirectory: String
    /// Measurements by name ("naive f32 2 threads idle"), for later sections' ratios.
    public var results: [String: Measurement] = [:]

    init(_ options: BenchOptions) throws {
        self.options = options
        guard FileManager.default.fileExists(atPath: options.modelPath) else {
            throw BenchError("model not found: \(options.modelPath) (run `make setup`)")
        }
        workDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("chatsearch-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: workDirectory, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: workDirectory) }

    // MARK: corpora

    private var archiveCache: CorpusFile?
    private var chatCache: CorpusFile?

    /// The generated ChatGPT-shaped archive (conversations.json), loaded through the real reader.
    public func archive() throws -> CorpusFile {
        if let a = archiveCache { return a }
        let a = try CorpusFile.make(in: workDirectory, name: "conversations.json") { path in
            var generator = CorpusGenerator(seed: options.seed)
            try generator.writeChatGPTArchive(conversations: options.archiveConversations, to: path)
        }
        archiveCache = a
        return a
    }

    /// The generated chat corpus (JSON Lines, one turn per line), loaded through the real reader.
    public func chat() throws -> CorpusFile {
        if let c = chatCache { return c }
        let c = try CorpusFile.make(in: workDirectory, name: "chat.jsonl") { path in
            var generator = CorpusGenerator(seed: options.seed &+ 1)
            try generator.writeChat(turns: options.chatTurns, to: path)
        }
        chatCache = c
        return c
    }

    /// The first conversations of the archive holding at least `tokens` naive tokens: the sample every
    /// throughput section embeds (user questions and long assistant answers).
    public func sample(tokens: Int? = nil, embedder: LlamaEmbedder) throws -> [Conversation] {
        let want = tokens ?? options.tokensPerRun
        let encoder = try TurnEncoder(embedder: embedder, recipe: EmbeddingRecipe())
        var out: [Conversation] = []
        var have = 0
        for c in try archive().conversations where have < want {
            out.append(c)
            have += try encoder.plannedTokens([c], mode: .naive)
        }
        return out
    }

    // MARK: engine

    public func embedder(model: String? = nil, threads: Int? = nil) throws -> LlamaEmbedder {
        try LlamaEmbedder(modelPath: model ?? options.modelPath, threads: threads)
    }

    /// Measures each configuration `options.repeats` times, interleaved (a, b, c, a, b, c...) so that a
    /// change in the machine's load falls on all of them, and keeps each one's median time.
    public func interleaved(_ configurations: [() throws -> Measurement]) throws -> [Measurement] {
        var runs = Array(repeating: [Measurement](), count: configurations.count)
        for _ in 0..<max(1, options.repeats) {
            for (i, measure) in configurations.enumerated() { runs[i].append(try measure()) }
        }
        return runs.map { $0.sorted { $0.seconds < $1.seconds }[$0.count / 2] }
    }

    /// Naive indexing (tokenize, encode, pool) of `conversations`, timed.
    public func naive(_ conversations: [Conversation], _ embedder: LlamaEmbedder,
                      recipe: EmbeddingRecipe = EmbeddingRecipe()) throws -> (Measurement, [[[Float]]]) {
        try index(conversations, embedder, recipe: recipe, mode: .naive)
    }

    /// One mode of indexing, timed: tokens are those sent to the engine (macro windows included).
    public func index(_ conversations: [Conversation], _ embedder: TokenEmbedder, recipe: EmbeddingRecipe,
                      mode: TurnEncoder.Mode, sequencesPerCall: Int? = nil) throws -> (Measurement, [[[Float]]]) {
        let encoder = try TurnEncoder(embedder: embedder, recipe: recipe)
        if let n = sequencesPerCall { encoder.sequencesPerCall = n }
        let clock = Stopwatch()
        let out = try encoder.encode(conversations, modes: [mode])
        let seconds = clock.seconds
        let turns = conversations.reduce(0) { $0 + $1.turns.count }
        return (Measurement(tokens: encoder.tokensEncoded[mode] ?? 0, turns: turns, seconds: seconds), out[mode]!)
    }
}

/// A generated corpus written to disk and read back with `ConversationLoader`.
public struct CorpusFile {
    public var path: String
    public var bytes: Int
    public var conversations: [Conversation]
    public var writeSeconds: Double
    public var loadSeconds: Double
    public var turns: Int { conversations.reduce(0) { $0 + $1.turns.count } }

    static func make(in dir: String, name: String, write: (String) throws -> Void) throws -> CorpusFile {
        let path = dir + "/" + name
        let w = Stopwatch()
        try write(path)
        let writeSeconds = w.seconds
        let l = Stopwatch()
        let load = ConversationLoader.load(paths: [path])
        let loadSeconds = l.seconds
        if let p = load.problems.first { throw BenchError("generated corpus \(path) did not load: \(p)") }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return CorpusFile(path: path, bytes: bytes, conversations: load.conversations,
                          writeSeconds: writeSeconds, loadSeconds: loadSeconds)
    }
}

/// Work done in a time.
public struct Measurement: Sendable {
    public var tokens: Int
    public var turns: Int
    public var seconds: Double
    public var tokensPerSecond: Double { Double(tokens) / max(seconds, 1e-9) }
    public var turnsPerSecond: Double { Double(turns) / max(seconds, 1e-9) }

    public init(tokens: Int, turns: Int, seconds: Double) {
        self.tokens = tokens
        self.turns = turns
        self.seconds = seconds
    }
}

public struct Stopwatch {
    private let start = DispatchTime.now().uptimeNanoseconds
    public init() {}
    public var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
}
