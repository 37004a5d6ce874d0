import Foundation

/// A set of conversations with their vectors for both modes, read from the index or embedded (and
/// stored) when missing, plus a searcher over them and the lexical evidence of the same index.
public final class IndexedCorpus {
    /// Reports of the preparation: phase, done, total.
    public typealias Progress = (String, Int, Int) -> Void

    public let encoder: TurnEncoder
    public let store: IndexStore
    public let modelID: String
    public let searcher: Searcher
    /// Turn vectors embedded by this run (both modes counted); 0 when everything came from the index.
    public let embeddedTurns: Int
    public let hashes: [String]
    private let rowBase: [String: Int]

    public var conversations: [Conversation] { searcher.conversations }

    /// - Parameters:
    ///   - pruneRoots: files and folders the conversations were loaded from; indexed conversations
    ///     from there that are no longer present are removed.
    public init(conversations: [Conversation], encoder: TurnEncoder, modelID: String, store: IndexStore,
                options: SearchOptions, pruneRoots: [String], progress: Progress? = nil,
                isCancelled: () -> Bool = { false }) throws {
        self.encoder = encoder
        self.modelID = modelID
        self.store = store
        let embedder = encoder.embedder
        let recipe = encoder.recipe
        let hashes = conversations.map(ConversationHash.of)
        self.hashes = hashes
        let ctx = embedder.info.contextLength
        let keys: [TurnEncoder.Mode: String] = [
            .naive: recipe.naiveKey(contextLength: ctx), .late: recipe.lateKey(contextLength: ctx),
        ]
        var vectors: [TurnEncoder.Mode: [[[Float]]?]] = [:]
        for mode in TurnEncoder.Mode.allCases {
            vectors[mode] = try hashes.map { try store.vectors(conversationHash: $0, model: modelID, recipe: keys[mode]!, dimensions: embedder.info.dimensions) }
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
                let out = try encoder.encode(need.map { conversations[$0] }, modes: [mode], isCancelled: isCancelled) { d, _ in
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
        _ = try store.prune(roots: pruneRoots, keep: Set(hashes))

        let dims = embedder.info.dimensions
        var late = VectorTable(dimensions: dims), naive = VectorTable(dimensions: dims)
        for i in conversations.indices {
            for v in vectors[.late]![i]! { late.append(v) }
            for v in vectors[.naive]![i]! { naive.append(v) }
        }
        let searcher = Searcher(conversations: conversations, late: late, naive: naive, options: options)
        var base: [String: Int] = [:]
        for (i, h) in hashes.enumerated() where base[h] == nil { base[h] = searcher.row(of: TurnRef(conversation: i, turn: 0)) }
        self.searcher = searcher
        self.rowBase = base
        self.embeddedTurns = embeddedTurns
    }

    /// Lexical scores by searcher row for a query, over the given conversations (all loaded when nil).
    public func lexicalScores(_ query: String, conversations only: [Int]? = nil) throws -> [Int: Double] {
        let wanted = Set((only ?? Array(hashes.indices)).map { hashes[$0] })
        let matches = try store.lexicalMatches(query: query, conversationHashes: wanted, limit: 2000)
        var out: [Int: Double] = [:]
        for m in matches {
            if let base = rowBase[m.conversationHash] { out[base + m.turnIndex] = m.score }
        }
        return out
    }

    public func search(_ query: String, top: Int, modes: [RankingMode] = RankingMode.allCases) throws -> SearchResults {
        let started = Date()
        let q = try encoder.query(query)
        var r = searcher.search(query: q, queryText: query, lexical: try lexicalScores(query), top: top, modes: modes)
        r.elapsedSeconds = Date().timeIntervalSince(started)
        return r
    }
}
