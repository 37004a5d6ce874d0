import Foundation

/// A read-only corpus: the loaded conversations, the vectors (both modes, for this model and recipe)
/// the index holds for them, a searcher over them and the lexical evidence of the same index. It never
/// embeds a turn nor writes the index (`IndexSync` does). Conversations not yet fully stored are listed
/// in `missing` and left out of the dense rankings (hybrid ranks them by their lexical evidence when
/// their text is stored); `cover` reads them in as `IndexSync` stores them, so the corpus grows while
/// indexing goes on. Searches may run on other threads meanwhile: each uses a snapshot of the searcher.
public final class IndexedCorpus: @unchecked Sendable {
    public let encoder: TurnEncoder
    public let store: IndexStore
    public let modelID: String
    public let conversations: [Conversation]
    /// Content hash of each conversation of `conversations`.
    public let hashes: [String]
    private let rowBase: [String: Int]
    private let lock = NSLock()
    private var current: Searcher
    /// Searcher row of each stored turn id of these conversations, read on the first lexical query; read
    /// again only while some of their turns are not stored yet (a stored turn keeps its id).
    private var rowOfTurn: (complete: Bool, rows: [Int: Int])?
    /// The FTS5 table holding exactly these conversations' turns (`IndexStore.lexicalTable(for:)`), once known.
    private var lexicalTable: String?

    /// The searcher over the conversations covered so far (a snapshot: later `cover` calls do not change it).
    public var searcher: Searcher { lock.withLock { current } }

    /// Positions of the conversations whose vectors are not (all) stored yet.
    public var missing: [Int] { lock.withLock { current.covered.indices.filter { !current.covered[$0] } } }

    /// How much the dense rankings cover.
    public var coverage: IndexCoverage {
        lock.withLock {
            var turns = 0, covered = 0
            for (i, c) in conversations.enumerated() {
                turns += c.turns.count
                if current.covered[i] { covered += c.turns.count }
            }
            return IndexCoverage(conversations: current.coveredConversations, totalConversations: conversations.count,
                                 turnVectors: 2 * covered, totalTurnVectors: 2 * turns)
        }
    }

    /// `hashes`: the conversations' `ConversationHash`es, when the caller has them already.
    public init(conversations: [Conversation], hashes: [String]? = nil, encoder: TurnEncoder, modelID: String, store: IndexStore,
                options: SearchOptions) throws {
        self.encoder = encoder
        self.modelID = modelID
        self.store = store
        self.conversations = conversations
        let hashes = hashes ?? conversations.map(ConversationHash.of)
        self.hashes = hashes
        let keys = encoder.recipeKeys
        let dims = encoder.embedder.info.dimensions
        let turns = conversations.reduce(0) { $0 + $1.turns.count }
        var late = VectorTable(dimensions: dims), naive = VectorTable(dimensions: dims)
        late.reserveCapacity(rows: turns)
        naive.reserveCapacity(rows: turns)
        var covered: [Bool] = []
        for (i, c) in conversations.enumerated() {
            if let l = try store.vectorRows(conversationHash: hashes[i], model: modelID, recipe: keys[.late]!, dimensions: dims),
               let n = try store.vectorRows(conversationHash: hashes[i], model: modelID, recipe: keys[.naive]!, dimensions: dims) {
                late.append(rows: l.values)
                naive.append(rows: n.values)
                covered.append(true)
            } else {
                let zeros = [Float](repeating: 0, count: c.turns.count * dims)
                late.append(rows: zeros)
                naive.append(rows: zeros)
                covered.append(false)
            }
        }
        let searcher = Searcher(conversations: conversations, late: late, naive: naive, options: options, covered: covered)
        var base: [String: Int] = [:]
        for (i, h) in hashes.enumerated() where base[h] == nil { base[h] = searcher.row(of: TurnRef(conversation: i, turn: 0)) }
        self.current = searcher
        self.rowBase = base
    }

    /// Reads the vectors of the conversations at `positions` (stored since the corpus was opened) into
    /// the dense rankings; those whose vectors are still not all stored stay out.
    public func cover(_ positions: [Int]) throws {
        let keys = encoder.recipeKeys
        let dims = encoder.embedder.info.dimensions
        var rows: [(Int, [Float], [Float])] = []
        for i in positions {
            guard let l = try store.vectorRows(conversationHash: hashes[i], model: modelID, recipe: keys[.late]!, dimensions: dims),
                  let n = try store.vectorRows(conversationHash: hashes[i], model: modelID, recipe: keys[.naive]!, dimensions: dims) else { continue }
            rows.append((i, l.values, n.values))
        }
        lock.withLock { for (i, l, n) in rows { current.cover(conversation: i, late: l, naive: n) } }
    }

    /// The lexical evidence for a query by searcher row (bm25 of the best 2,000 matches, and the rows
    /// holding each term), over the given conversations (all when nil).
    public func lexicalEvidence(_ query: String, conversations only: [Int]? = nil) throws -> LexicalEvidence {
        let wanted = Set((only ?? Array(hashes.indices)).map { hashes[$0] })
        let table = try lock.withLock { lexicalTable } ?? store.lexicalTable(for: Set(hashes))
        lock.withLock { lexicalTable = table }
        let matches = try store.lexicalMatches(query: query, conversationHashes: wanted, limit: 2000, table: table)
        var scores: [Int: Double] = [:]
        for m in matches {
            if let base = rowBase[m.conversationHash] { scores[base + m.turnIndex] = m.score }
        }
        let rowOf = try rowsOfTurnIDs()
        // The searched conversations' rows (nil: all of them).
        let searched: [Range<Int>]? = only.map { positions in
            positions.compactMap { p in rowBase[hashes[p]].map { $0..<($0 + conversations[p].turns.count) } }
        }
        let terms = try store.termTurnIDs(query: query).map { ids in
            ids.compactMap { id -> Int? in
                guard let r = rowOf[id] else { return nil }
                return searched.map { ranges in ranges.contains { $0.contains(r) } ? r : nil } ?? r
            }
        }
        return LexicalEvidence(scores: scores, termRows: terms)
    }

    /// The searcher row of every stored turn of these conversations, by turn id (turn indexes beyond a
    /// conversation's turns, as a damaged or crafted index may hold, are left out).
    private func rowsOfTurnIDs() throws -> [Int: Int] {
        if let cached = lock.withLock({ rowOfTurn }), cached.complete { return cached.rows }
        var count: [String: Int] = [:]
        for (i, h) in hashes.enumerated() where count[h] == nil { count[h] = conversations[i].turns.count }
        var rows: [Int: Int] = [:]
        for t in try store.turnIDs() {
            guard let base = rowBase[t.conversationHash], let n = count[t.conversationHash], t.turnIndex >= 0, t.turnIndex < n else { continue }
            rows[t.id] = base + t.turnIndex
        }
        lock.withLock { rowOfTurn = (rows.count == count.values.reduce(0, +), rows) }
        return rows
    }

    /// The one way to search: query vectors (encoded together), lexical evidence and the searcher's
    /// rankings, for each request. `search`, the TUI and `eval` all come here.
    /// Each query is read by `QueryLanguage` (a malformed filter throws `QuerySyntaxError`): its free
    /// text is embedded and ranked among the turns its filters (and the request's) let through; filters
    /// alone list the passing turns newest first.
    public func search(_ requests: [SearchRequest]) throws -> [SearchResults] {
        let started = Date()
        var parsed: [ParsedQuery] = []
        for request in requests {
            var p = request.literal ? ParsedQuery(text: request.query, filter: QueryFilter()) : try QueryLanguage.parse(request.query)
            p.filter = p.filter.combined(with: request.filter)
            parsed.append(p)
        }
        let ranked = parsed.indices.filter { !parsed[$0].text.isEmpty }
        let encoded = try encoder.queries(ranked.map { parsed[$0].text })
        var vectors: [Int: [Float]] = [:]
        for (i, v) in zip(ranked, encoded) { vectors[i] = v }
        let snapshot = searcher
        return try requests.indices.map { i in
            let request = requests[i], query = parsed[i]
            let filtered = query.filter.isEmpty ? nil : query.filter.rows(of: snapshot.conversations)
            var r: SearchResults
            if let vector = vectors[i] {
                let lexical = try lexicalEvidence(query.text, conversations: request.conversation.map { [$0] })
                r = snapshot.search(query: vector, queryText: query.text, lexical: lexical, top: request.top,
                                    modes: request.modes, conversation: request.conversation, passes: filtered?.passes)
                r.query = request.query
            } else {
                let passes = filtered?.passes ?? [Bool](repeating: true, count: snapshot.turnCount)
                r = SearchResults(query: request.query, hits: snapshot.newestFirst(passes: passes, top: request.top, modes: request.modes,
                                                                                  conversation: request.conversation))
            }
            r.undatedLeftOut = filtered?.undated ?? 0
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
    /// Filters beside those written in `query` (the options of `search`).
    public var filter: QueryFilter
    /// `query` is free text only, never read as filters: `eval`'s questions are natural language
    /// (LoCoMo's hold quoted titles, some with the closing quote missing); their filters come apart.
    public var literal: Bool

    public init(query: String, top: Int, modes: [RankingMode] = RankingMode.allCases, conversation: Int? = nil,
                filter: QueryFilter = QueryFilter(), literal: Bool = false) {
        self.query = query
        self.top = top
        self.modes = modes
        self.conversation = conversation
        self.filter = filter
        self.literal = literal
    }
}
