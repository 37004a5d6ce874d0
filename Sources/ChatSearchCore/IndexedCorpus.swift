import Foundation

/// A read-only corpus: the loaded conversations whose vectors (both modes, for this model and recipe)
/// are in the index, a searcher over them and the lexical evidence of the same index. It never embeds
/// a turn nor writes the index (`IndexSync` does); conversations not yet fully stored are left out and
/// listed in `missing`, so a corpus can be built from what is stored while indexing goes on.
public final class IndexedCorpus {
    public let encoder: TurnEncoder
    public let store: IndexStore
    public let modelID: String
    public let searcher: Searcher
    /// Content hash of each conversation of `conversations`.
    public let hashes: [String]
    /// Positions, in the list given, of the conversations left out for want of stored vectors.
    public let missing: [Int]
    private let rowBase: [String: Int]

    public var conversations: [Conversation] { searcher.conversations }

    public init(conversations given: [Conversation], encoder: TurnEncoder, modelID: String, store: IndexStore,
                options: SearchOptions) throws {
        self.encoder = encoder
        self.modelID = modelID
        self.store = store
        let keys = encoder.recipeKeys
        var included: [Conversation] = [], hashes: [String] = [], missing: [Int] = []
        let dims = encoder.embedder.info.dimensions
        var late = VectorTable(dimensions: dims), naive = VectorTable(dimensions: dims)
        for (i, c) in given.enumerated() {
            let h = ConversationHash.of(c)
            guard let l = try store.vectors(conversationHash: h, model: modelID, recipe: keys[.late]!, dimensions: dims),
                  let n = try store.vectors(conversationHash: h, model: modelID, recipe: keys[.naive]!, dimensions: dims) else {
                missing.append(i)
                continue
            }
            included.append(c)
            hashes.append(h)
            l.forEach { late.append($0) }
            n.forEach { naive.append($0) }
        }
        let searcher = Searcher(conversations: included, late: late, naive: naive, options: options)
        var base: [String: Int] = [:]
        for (i, h) in hashes.enumerated() where base[h] == nil { base[h] = searcher.row(of: TurnRef(conversation: i, turn: 0)) }
        self.searcher = searcher
        self.hashes = hashes
        self.missing = missing
        self.rowBase = base
    }

    /// Lexical scores by searcher row for a query, over the given conversations (all when nil).
    public func lexicalScores(_ query: String, conversations only: [Int]? = nil) throws -> [Int: Double] {
        let wanted = Set((only ?? Array(hashes.indices)).map { hashes[$0] })
        let matches = try store.lexicalMatches(query: query, conversationHashes: wanted, limit: 2000)
        var out: [Int: Double] = [:]
        for m in matches {
            if let base = rowBase[m.conversationHash] { out[base + m.turnIndex] = m.score }
        }
        return out
    }

    /// The one way to search: query vectors (encoded together), lexical evidence and the searcher's
    /// rankings, for each request. `search`, the TUI and `eval` all come here.
    public func search(_ requests: [SearchRequest]) throws -> [SearchResults] {
        let started = Date()
        let vectors = try encoder.queries(requests.map(\.query))
        return try zip(requests, vectors).map { request, vector in
            let lexical = try lexicalScores(request.query, conversations: request.conversation.map { [$0] })
            var r = searcher.search(query: vector, queryText: request.query, lexical: lexical, top: request.top,
                                    modes: request.modes, conversation: request.conversation)
            r.elapsedSeconds = Date().timeIntervalSince(started) / Double(requests.count)
            return r
        }
    }

    public func search(_ query: String, top: Int, modes: [RankingMode] = RankingMode.allCases, conversation: Int? = nil) throws -> SearchResults {
        try search([SearchRequest(query: query, top: top, modes: modes, conversation: conversation)])[0]
    }
}

/// One query to rank: the top hits per mode, over every conversation of the corpus or one.
public struct SearchRequest: Sendable, Equatable {
    public var query: String
    public var top: Int
    public var modes: [RankingMode]
    /// Rank only this conversation's turns (its position in the corpus).
    public var conversation: Int?

    public init(query: String, top: Int, modes: [RankingMode] = RankingMode.allCases, conversation: Int? = nil) {
        self.query = query
        self.top = top
        self.modes = modes
        self.conversation = conversation
    }
}
