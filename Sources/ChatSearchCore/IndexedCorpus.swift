import Foundation

/// A set of conversations with their vectors for both modes, read from the index or embedded (and
/// stored) when missing, plus a searcher over them and the lexical evidence of the same index.
///
/// Opening stores every conversation's text and lexical rows first, so lexical search covers all of
/// them at once, and reads the vectors already stored. `indexMissing` embeds the rest, most recent
/// conversations first, one chunk at a time: each chunk is saved in one transaction and then joins the
/// dense rankings, so searches made meanwhile (from other threads) see the coverage grow, and a run
/// stopped mid-way keeps every finished chunk for the next one.
public final class IndexedCorpus: @unchecked Sendable {
    /// Reports of the preparation: phase, done, total.
    public typealias Progress = (String, Int, Int) -> Void

    public let encoder: TurnEncoder
    public let store: IndexStore
    public let modelID: String
    public let conversations: [Conversation]
    public let hashes: [String]
    private let keys: [TurnEncoder.Mode: String]
    private let rowBase: [String: Int]
    private let lock = NSLock()
    private var current: Searcher
    /// Per mode and conversation: are its vectors stored?
    private var stored: [TurnEncoder.Mode: [Bool]]
    private var embedded = 0
    /// About how many turns are embedded between two saves (and two coverage updates).
    public var chunkTurns = 256

    /// The searcher over the conversations embedded so far (a snapshot; later chunks do not change it).
    public var searcher: Searcher { lock.withLock { current } }
    /// Turn vectors embedded by this run (both modes counted); 0 when everything came from the index.
    public var embeddedTurns: Int { lock.withLock { embedded } }

    public var coverage: IndexCoverage {
        lock.withLock {
            var vectors = 0
            for flags in stored.values {
                for (i, f) in flags.enumerated() where f { vectors += conversations[i].turns.count }
            }
            let turns = conversations.reduce(0) { $0 + $1.turns.count }
            return IndexCoverage(conversations: current.coveredConversations, totalConversations: conversations.count,
                                 turnVectors: vectors, totalTurnVectors: 2 * turns)
        }
    }

    /// - Parameters:
    ///   - pruneRoots: files and folders the conversations were loaded from; indexed conversations
    ///     from there that are no longer present are removed.
    ///   - embedNow: embed every missing conversation before returning (script mode); when false, call
    ///     `indexMissing` (e.g. on a background thread) while searching what is covered.
    public init(conversations: [Conversation], encoder: TurnEncoder, modelID: String, store: IndexStore,
                options: SearchOptions, pruneRoots: [String], embedNow: Bool = true, progress: Progress? = nil,
                isCancelled: () -> Bool = { false }) throws {
        self.encoder = encoder
        self.modelID = modelID
        self.store = store
        self.conversations = conversations
        let hashes = conversations.map(ConversationHash.of)
        self.hashes = hashes
        let ctx = encoder.embedder.info.contextLength
        let keys: [TurnEncoder.Mode: String] = [
            .naive: encoder.recipe.naiveKey(contextLength: ctx), .late: encoder.recipe.lateKey(contextLength: ctx),
        ]
        self.keys = keys
        try store.transaction {
            for i in conversations.indices { try store.saveText(conversations[i], hash: hashes[i]) }
        }
        _ = try store.prune(roots: pruneRoots, keep: Set(hashes))

        let dims = encoder.embedder.info.dimensions
        let turns = conversations.reduce(0) { $0 + $1.turns.count }
        var tables: [TurnEncoder.Mode: VectorTable] = [:]
        var stored: [TurnEncoder.Mode: [Bool]] = [:]
        for mode in TurnEncoder.Mode.allCases {
            var table = VectorTable(dimensions: dims)
            table.reserveCapacity(rows: turns)
            var flags: [Bool] = []
            for (i, c) in conversations.enumerated() {
                if let (_, rows) = try store.vectorRows(conversationHash: hashes[i], model: modelID, recipe: keys[mode]!, dimensions: dims) {
                    table.append(rows: rows)
                    flags.append(true)
                } else {
                    table.append(rows: [Float](repeating: 0, count: c.turns.count * dims))
                    flags.append(false)
                }
            }
            tables[mode] = table
            stored[mode] = flags
        }
        self.stored = stored
        let covered = conversations.indices.map { stored[.late]![$0] && stored[.naive]![$0] }
        let searcher = Searcher(conversations: conversations, late: tables[.late]!, naive: tables[.naive]!,
                                options: options, covered: covered)
        var base: [String: Int] = [:]
        for (i, h) in hashes.enumerated() where base[h] == nil { base[h] = searcher.row(of: TurnRef(conversation: i, turn: 0)) }
        self.current = searcher
        self.rowBase = base
        if embedNow { try indexMissing(progress: progress, isCancelled: isCancelled) }
    }

    /// Embeds every conversation still missing vectors, in `order` (default: `Recency.mostRecentFirst`),
    /// in chunks of about `chunkTurns` turns, with `indexer` (default: the corpus's encoder; give another over the
    /// same engine to keep the query encoder free). Stops with `CancellationError` at the next batch
    /// once `isCancelled`; what was saved stays.
    public func indexMissing(order: [Int]? = nil, indexer: TurnEncoder? = nil, progress: Progress? = nil,
                             isCancelled: () -> Bool = { false }) throws {
        let encoder = indexer ?? self.encoder
        let order = order ?? Recency.mostRecentFirst(conversations)
        let modes = TurnEncoder.Mode.allCases
        let dims = encoder.embedder.info.dimensions
        let (missing, totalTurns): ([Int], Int) = lock.withLock {
            let m = order.filter { i in modes.contains { !stored[$0]![i] } }
            return (m, modes.reduce(0) { sum, mode in sum + m.filter { !stored[mode]![$0] }.reduce(0) { $0 + conversations[$1].turns.count } })
        }
        var done = 0
        var chunk: [Int] = []
        func flush() throws {
            guard !chunk.isEmpty else { return }
            if isCancelled() { throw CancellationError() }
            let before = done
            var fresh: [TurnEncoder.Mode: [Int: [Float]]] = [:]
            for mode in modes {
                let need = lock.withLock { chunk.filter { !stored[mode]![$0] } }
                guard !need.isEmpty else { continue }
                let base = done
                let out = try encoder.encode(need.map { conversations[$0] }, modes: [mode], isCancelled: isCancelled) { d, _ in
                    progress?("Embedding turns", base + d, totalTurns)
                }
                try store.transaction {
                    for (k, i) in need.enumerated() {
                        try store.save(conversations[i], hash: hashes[i], model: modelID, recipe: keys[mode]!, vectors: out[mode]![k])
                    }
                }
                lock.withLock { for i in need { stored[mode]![i] = true } }
                for (k, i) in need.enumerated() { fresh[mode, default: [:]][i] = out[mode]![k].flatMap { $0 } }
                done += need.reduce(0) { $0 + conversations[$1].turns.count }
            }
            // A conversation whose other mode was stored by an earlier run reads that mode back.
            var rows: [(Int, [Float], [Float])] = []
            for i in chunk {
                func vectors(_ mode: TurnEncoder.Mode) throws -> [Float] {
                    if let v = fresh[mode]?[i] { return v }
                    return try store.vectorRows(conversationHash: hashes[i], model: modelID, recipe: keys[mode]!, dimensions: dims)?.values ?? []
                }
                rows.append((i, try vectors(.late), try vectors(.naive)))
            }
            lock.withLock {
                embedded += done - before
                for (i, l, n) in rows { current.cover(conversation: i, late: l, naive: n) }
            }
            progress?("Embedding turns", done, totalTurns)
            chunk.removeAll()
        }
        var turnsInChunk = 0
        for i in missing {
            chunk.append(i)
            turnsInChunk += conversations[i].turns.count
            if turnsInChunk >= chunkTurns { try flush(); turnsInChunk = 0 }
        }
        try flush()
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
