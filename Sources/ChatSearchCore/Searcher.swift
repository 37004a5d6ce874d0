/// Scoring knobs for the combined modes.
public struct SearchOptions: Sendable, Equatable {
    /// blend = alpha * late + (1 - alpha) * naive.
    public var alpha: Float
    /// hybrid = dense + lexicalWeight * bm25 / max bm25 (over the searched turns), then smoothing.
    public var lexicalWeight: Float
    /// Neighbour smoothing: a turn gains `smooth` times its best same-session neighbour's score.
    public var smooth: Float
    /// Which dense score hybrid builds on.
    public var hybridBase: HybridBase
    /// Matryoshka truncation of every vector (nil: full dimensions).
    public var dimensions: Int?

    public init(alpha: Float = Defaults.alpha, lexicalWeight: Float = Defaults.lexicalWeight,
                smooth: Float = Defaults.smooth, hybridBase: HybridBase = Defaults.hybridBase, dimensions: Int? = nil) {
        self.alpha = alpha
        self.lexicalWeight = lexicalWeight
        self.smooth = smooth
        self.hybridBase = hybridBase
        self.dimensions = dimensions
    }

    /// Chosen on the development set (see README, "Evaluation").
    public enum Defaults {
        public static let alpha: Float = 0.8
        public static let lexicalWeight: Float = 0.5
        public static let smooth: Float = 0.3
        public static let hybridBase: HybridBase = .late
    }
}

/// Ranks the turns of a loaded corpus for a query vector, in every mode at once.
public struct Searcher: Sendable {
    public let conversations: [Conversation]
    /// Row r of every table is the turn refs[r]; rows of one conversation are contiguous and in order.
    public let refs: [TurnRef]
    public let late: VectorTable
    public let naive: VectorTable
    public var options: SearchOptions
    private let conversationRows: [Range<Int>]
    /// Row of the neighbour before / after in the same session (or -1).
    private let previousRow: [Int]
    private let nextRow: [Int]

    public init(conversations: [Conversation], late: VectorTable, naive: VectorTable, options: SearchOptions = SearchOptions()) {
        self.conversations = conversations
        var refs: [TurnRef] = []
        var ranges: [Range<Int>] = []
        var prev: [Int] = [], next: [Int] = []
        for (ci, c) in conversations.enumerated() {
            let start = refs.count
            for ti in c.turns.indices {
                refs.append(TurnRef(conversation: ci, turn: ti))
                let samePrev = ti > 0 && c.turns[ti - 1].session == c.turns[ti].session
                let sameNext = ti + 1 < c.turns.count && c.turns[ti + 1].session == c.turns[ti].session
                prev.append(samePrev ? start + ti - 1 : -1)
                next.append(sameNext ? start + ti + 1 : -1)
            }
            ranges.append(start..<refs.count)
        }
        precondition(late.count == refs.count && naive.count == refs.count, "vector tables do not match the turns")
        self.refs = refs
        self.conversationRows = ranges
        self.previousRow = prev
        self.nextRow = next
        self.options = options
        if let d = options.dimensions, d < late.dimensions {
            self.late = late.truncated(to: d)
            self.naive = naive.truncated(to: d)
        } else {
            self.late = late
            self.naive = naive
        }
    }

    public var turnCount: Int { refs.count }

    public func row(of ref: TurnRef) -> Int { conversationRows[ref.conversation].lowerBound + ref.turn }

    /// Scores of every searched row in each mode. `lexical` gives raw lexical scores (higher is better)
    /// by row; `conversation` restricts the search to one conversation.
    public func scores(query: [Float], lexical: [Int: Double], conversation: Int? = nil) -> (rows: Range<Int>, byMode: [RankingMode: [Float]]) {
        let rows = conversation.map { conversationRows[$0] } ?? 0..<refs.count
        let q = options.dimensions.map { VectorMath.truncated(query, to: $0) } ?? query
        let l = late.scores(q, rows: rows)
        let n = naive.scores(q, rows: rows)
        let a = options.alpha
        let blend = zip(l, n).map { a * $0 + (1 - a) * $1 }
        let base: [Float]
        switch options.hybridBase {
        case .late: base = l
        case .naive: base = n
        case .blend: base = blend
        }
        var hybrid = base
        let found = lexical.filter { rows.contains($0.key) }
        let maxLex = found.values.max() ?? 0
        if maxLex > 0 {
            for (r, s) in found { hybrid[r - rows.lowerBound] += options.lexicalWeight * Float(s / maxLex) }
        }
        if options.smooth != 0 {
            let raw = hybrid
            for (k, r) in rows.enumerated() {
                let p = previousRow[r], n = nextRow[r]
                let before = p >= 0 && rows.contains(p) ? raw[p - rows.lowerBound] : -Float.infinity
                let after = n >= 0 && rows.contains(n) ? raw[n - rows.lowerBound] : -Float.infinity
                let best = max(before, after)
                if best.isFinite { hybrid[k] += options.smooth * best }
            }
        }
        return (rows, [.late: l, .naive: n, .blend: blend, .hybrid: hybrid])
    }

    /// Top-k hits per requested mode; every hit carries its rank in all four modes (counted for the
    /// shown hits only, without sorting whole rankings).
    public func search(query: [Float], queryText: String, lexical: [Int: Double], top: Int,
                       modes: [RankingMode] = RankingMode.allCases, conversation: Int? = nil) -> SearchResults {
        let (rows, byMode) = scores(query: query, lexical: lexical, conversation: conversation)
        var order: [RankingMode: [Int]] = [:]
        for mode in modes where order[mode] == nil { order[mode] = Ranking.top(byMode[mode]!, k: top) }
        var shown: [Int] = []
        var seen = Set<Int>()
        for mode in modes { for k in order[mode]! where seen.insert(k).inserted { shown.append(k) } }
        var rankOf: [RankingMode: [Int: Int]] = [:]
        for mode in RankingMode.allCases {
            let r = Ranking.ranks(of: shown, in: byMode[mode]!)
            rankOf[mode] = Dictionary(uniqueKeysWithValues: zip(shown, r))
        }
        var hits: [RankingMode: [Hit]] = [:]
        for mode in modes {
            hits[mode] = order[mode]!.enumerated().map { i, k in
                var ranks: [RankingMode: Int] = [:]
                for m in RankingMode.allCases { ranks[m] = rankOf[m]![k] }
                return Hit(mode: mode, rank: i + 1, score: byMode[mode]![k], ref: refs[rows.lowerBound + k], ranks: ranks)
            }
        }
        return SearchResults(query: queryText, hits: hits)
    }
}
