import ChatSearchCore
import ChatSearchEngine
import Foundation

/// Everything a front end needs to answer queries: the loaded conversations, the engine, the index,
/// and a searcher over vectors that are read from the index or embedded (and stored) when missing.
final class Workspace {
    struct Config {
        var paths: [String]
        var format: ChatFormat?
        var engine: EngineSettings
        var recipe: EmbeddingRecipe
        var options: SearchOptions
        var indexPath: String
    }

    /// Reports of the preparation: phase, done, total.
    typealias Progress = (String, Int, Int) -> Void

    let config: Config
    let embedder: LlamaEmbedder
    let encoder: TurnEncoder
    let store: IndexStore
    let modelID: String
    let load: LoadResult
    private(set) var searcher: Searcher
    /// Turn vectors embedded by this run (both modes counted); 0 when everything came from the index.
    let embeddedTurns: Int
    private let rowBase: [String: Int]
    let hashes: [String]

    var conversations: [Conversation] { searcher.conversations }

    init(_ config: Config, progress: Progress? = nil, isCancelled: () -> Bool = { false }) throws {
        self.config = config
        progress?("Loading conversations", 0, 0)
        let load = ConversationLoader.load(paths: config.paths, format: config.format)
        let embedder = try config.engine.makeEmbedder()
        let encoder = try TurnEncoder(embedder: embedder, recipe: config.recipe)
        progress?("Checking model", 0, 0)
        let modelID = try ModelIdentity.sha256(ofFile: embedder.info.path)
        let store = try Self.openIndex(config.indexPath)
        self.load = load
        self.embedder = embedder
        self.encoder = encoder
        self.modelID = modelID
        self.store = store

        let conversations = load.conversations
        let hashes = conversations.map(ConversationHash.of)
        self.hashes = hashes
        let ctx = embedder.info.contextLength
        let keys: [TurnEncoder.Mode: String] = [
            .naive: config.recipe.naiveKey(contextLength: ctx), .late: config.recipe.lateKey(contextLength: ctx),
        ]
        var vectors: [TurnEncoder.Mode: [[[Float]]?]] = [:]
        for mode in TurnEncoder.Mode.allCases {
            vectors[mode] = try hashes.map { try store.vectors(conversationHash: $0, model: modelID, recipe: keys[mode]!) }
        }
        let missing = conversations.indices.filter { i in TurnEncoder.Mode.allCases.contains { vectors[$0]![i] == nil } }
        let totalTurns = TurnEncoder.Mode.allCases.reduce(0) { sum, mode in
            sum + conversations.indices.filter { vectors[mode]![$0] == nil }.reduce(0) { $0 + conversations[$1].turns.count }
        }
        var done = 0
        var chunk: [Int] = []
        func flush() throws {
            guard !chunk.isEmpty else { return }
            if isCancelled() { throw CancellationError() }
            for mode in TurnEncoder.Mode.allCases {
                let need = chunk.filter { vectors[mode]![$0] == nil }
                guard !need.isEmpty else { continue }
                let base = done
                let out = try encoder.encode(need.map { conversations[$0] }, modes: [mode]) { d, _ in
                    progress?("Embedding turns", base + d, totalTurns)
                }
                try store.transaction {
                    for (k, i) in need.enumerated() {
                        try store.save(conversations[i], hash: hashes[i], model: modelID, recipe: keys[mode]!, vectors: out[mode]![k])
                        vectors[mode]![i] = out[mode]![k]
                    }
                }
                done += need.reduce(0) { $0 + conversations[$1].turns.count }
            }
            progress?("Embedding turns", done, totalTurns)
            chunk.removeAll()
        }
        var chunkTurns = 0
        for i in missing {
            chunk.append(i)
            chunkTurns += conversations[i].turns.count
            if chunkTurns >= 256 { try flush(); chunkTurns = 0 }
        }
        try flush()
        let embeddedTurns = totalTurns
        _ = try store.prune(roots: config.paths.map(Self.absolute), keep: Set(hashes))

        let dims = embedder.info.dimensions
        var late = VectorTable(dimensions: dims), naive = VectorTable(dimensions: dims)
        for i in conversations.indices {
            for v in vectors[.late]![i]! { late.append(v) }
            for v in vectors[.naive]![i]! { naive.append(v) }
        }
        let searcher = Searcher(conversations: conversations, late: late, naive: naive, options: config.options)
        var base: [String: Int] = [:]
        for (i, h) in hashes.enumerated() where base[h] == nil { base[h] = searcher.row(of: TurnRef(conversation: i, turn: 0)) }
        self.searcher = searcher
        self.rowBase = base
        self.embeddedTurns = embeddedTurns
    }

    /// The index is a cache: a damaged file is reported, deleted and rebuilt.
    static func openIndex(_ path: String) throws -> IndexStore {
        do {
            return try IndexStore(path: path)
        } catch let e as IndexError where e.isCorruption {
            Output.error("chatsearch: warning: the index \(path) is damaged (\(e)); deleting it and indexing again")
            try IndexStore.destroy(path: path)
            return try IndexStore(path: path)
        }
    }

    static func absolute(_ p: String) -> String {
        URL(fileURLWithPath: p).standardizedFileURL.path
    }

    /// Lexical scores by searcher row for a query, over the given conversations (all loaded when nil).
    func lexicalScores(_ query: String, conversations only: [Int]? = nil) throws -> [Int: Double] {
        let wanted = Set((only ?? Array(hashes.indices)).map { hashes[$0] })
        let matches = try store.lexicalMatches(query: query, conversationHashes: wanted, limit: 2000)
        var out: [Int: Double] = [:]
        for m in matches {
            if let base = rowBase[m.conversationHash] { out[base + m.turnIndex] = m.score }
        }
        return out
    }

    func search(_ query: String, top: Int, modes: [RankingMode] = RankingMode.allCases) throws -> SearchResults {
        let started = Date()
        let q = try encoder.query(query)
        var r = searcher.search(query: q, queryText: query, lexical: try lexicalScores(query), top: top, modes: modes)
        r.elapsedSeconds = Date().timeIntervalSince(started)
        return r
    }
}
