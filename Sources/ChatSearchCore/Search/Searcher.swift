/// Scoring knobs for the combined modes.
public struct SearchOptions: Sendable, Equatable {
    /// blend = alpha * late + (1 - alpha) * naive.
    public var alpha: Float
    /// Weight of the lexical evidence in hybrid, in standard deviations of the query's dense scores
    /// (`HybridFusion`).
    public var lexicalWeight: Float
    /// Neighbour smoothing: a turn gains `smooth` times its best same-session neighbour's score.
    public var smooth: Float
    /// Added to the hybrid score of the turns of a participant the query names (`SpeakerMention`), in
    /// standard deviations of the query's dense scores.
    public var speakerWeight: Float
    /// Own coverage of the query's terms (IDF mass) that the best lexical row needs before lexical
    /// evidence counts at all (lower bound) and counts fully (upper bound).
    public var lexicalGate: ClosedRange<Float>
    /// Which dense score hybrid builds on.
    public var hybridBase: HybridBase
    /// Matryoshka truncation of every vector (nil: full dimensions).
    public var dimensions: Int?

    public init(alpha: Float = Defaults.alpha, lexicalWeight: Float = Defaults.lexicalWeight,
                smooth: Float = Defaults.smooth, speakerWeight: Float = Defaults.speakerWeight,
                lexicalGate: ClosedRange<Float> = Defaults.lexicalGate, hybridBase: HybridBase = Defaults.hybridBase,
                dimensions: Int? = nil) {
        self.alpha = alpha
        self.lexicalWeight = lexicalWeight
        self.smooth = smooth
        self.speakerWeight = speakerWeight
        self.lexicalGate = lexicalGate
        self.hybridBase = hybridBase
        self.dimensions = dimensions
    }

    /// Chosen on the development set (see README, "Evaluation").
    public enum Defaults {
        public static let alpha: Float = 0.7
        public static let lexicalWeight: Float = 8
        public static let smooth: Float = 0.4
        public static let speakerWeight: Float = 3
        public static let lexicalGate: ClosedRange<Float> = 0.2...0.3
        public static let hybridBase: HybridBase = .blend
    }
}

/// Ranks the turns of a loaded corpus for a query vector, in every mode at once.
public struct Searcher: Sendable {
    public let conversations: [Conversation]
    /// Row r of every table is the turn refs[r]; rows of one conversation are contiguous and in order.
    public let refs: [TurnRef]
    public private(set) var late: VectorTable
    public private(set) var naive: VectorTable
    public var options: SearchOptions
    /// Conversations whose vectors are in the tables. The others (still being embedded) are left out of
    /// the dense rankings; hybrid ranks them by their lexical evidence alone.
    public private(set) var covered: [Bool]
    private var uncovered: Set<Int>
    private let conversationRows: [Range<Int>]
    /// Row of the neighbour before / after in the same session (or -1).
    private let previousRow: [Int]
    private let nextRow: [Int]
    /// Each row's speaker, as an index into `speakers` (−1: none).
    private let speakerOfRow: [Int32]
    private let speakers: SpeakerMention

    /// `covered` (default: every conversation) tells which conversations' rows hold their vectors; the
    /// rows of the others are ignored until `cover` fills them.
    public init(conversations: [Conversation], late: VectorTable, naive: VectorTable, options: SearchOptions = SearchOptions(),
                covered: [Bool]? = nil) {
        self.conversations = conversations
        let covered = covered ?? [Bool](repeating: true, count: conversations.count)
        precondition(covered.count == conversations.count, "coverage does not match the conversations")
        self.covered = covered
        self.uncovered = Set(covered.indices.filter { !covered[$0] })
        var refs: [TurnRef] = []
        var ranges: [Range<Int>] = []
        var prev: [Int] = [], next: [Int] = []
        var speakers: [Int32] = [], speakerIndex: [String: Int32] = [:], names: [String] = []
        for (ci, c) in conversations.enumerated() {
            let start = refs.count
            for ti in c.turns.indices {
                refs.append(TurnRef(conversation: ci, turn: ti))
                if let name = c.turns[ti].speaker, !name.isEmpty {
                    if speakerIndex[name] == nil {
                        speakerIndex[name] = Int32(names.count)
                        names.append(name)
                    }
                    speakers.append(speakerIndex[name]!)
                } else {
                    speakers.append(-1)
                }
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
        self.speakerOfRow = speakers
        self.speakers = SpeakerMention(speakers: names)
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

    /// Puts the vectors of conversation `ci` (flat rows, turn after turn) into the tables and the dense rankings.
    public mutating func cover(conversation ci: Int, late lateRows: [Float], naive naiveRows: [Float]) {
        let rows = conversationRows[ci]
        var l = lateRows, n = naiveRows
        if !rows.isEmpty, l.count / rows.count > late.dimensions {
            // Matryoshka truncation, as `init` does for whole tables.
            l = VectorTable(dimensions: l.count / rows.count, values: l).truncated(to: late.dimensions).values
            n = VectorTable(dimensions: n.count / rows.count, values: n).truncated(to: naive.dimensions).values
        }
        late.replace(rows: rows, with: l)
        naive.replace(rows: rows, with: n)
        covered[ci] = true
        uncovered.remove(ci)
    }

    public var coveredConversations: Int { conversations.count - uncovered.count }

    public func row(of ref: TurnRef) -> Int { conversationRows[ref.conversation].lowerBound + ref.turn }

    /// Scores of every searched row in each mode, for a query's vector, its text (for the participants it
    /// names) and its lexical evidence; `conversation` restricts the search to one conversation.
    public func scores(query: [Float], text: String = "", lexical: LexicalEvidence, conversation: Int? = nil) -> (rows: Range<Int>, byMode: [RankingMode: [Float]]) {
        let rows = conversation.map { conversationRows[$0] } ?? 0..<refs.count
        let q = options.dimensions.map { VectorMath.truncated(query, to: $0) } ?? query
        var l = late.scores(q, rows: rows)
        var n = naive.scores(q, rows: rows)
        let a = options.alpha
        var blend = zip(l, n).map { a * $0 + (1 - a) * $1 }
        let missing = uncovered.map { conversationRows[$0].clamped(to: rows) }.filter { !$0.isEmpty }
        for m in missing {
            for r in m {
                let k = r - rows.lowerBound
                l[k] = -.infinity
                n[k] = -.infinity
                blend[k] = -.infinity
            }
        }
        let base: [Float]
        switch options.hybridBase {
        case .late: base = l
        case .naive: base = n
        case .blend: base = blend
        }
        let named = speakers.named(in: text)
        let speakerNamed = named.isEmpty ? nil : (0..<speakers.count).map { named.contains($0) }
        let fusion = HybridFusion(options: options, previousRow: previousRow, nextRow: nextRow)
        let hybrid = fusion.scores(base: base, late: l, rows: rows, lexical: lexical) { r in
            guard let flags = speakerNamed else { return false }
            let s = speakerOfRow[r]
            return s >= 0 && flags[Int(s)]
        }
        return (rows, [.late: l, .naive: n, .blend: blend, .hybrid: hybrid])
    }

    /// Top-k hits per requested mode; every hit carries its rank in all four modes (counted for the
    /// shown hits only, without sorting whole rankings).
    /// `passes` (one flag per row, `QueryFilter.rows`): only these rows are ranked, before the top K are
    /// taken, so the hits and their ranks in every mode are those within the filtered turns.
    public func search(query: [Float], queryText: String, lexical: LexicalEvidence, top: Int,
                       modes: [RankingMode] = RankingMode.allCases, conversation: Int? = nil,
                       passes: [Bool]? = nil) -> SearchResults {
        let (rows, scored) = scores(query: query, text: queryText, lexical: lexical, conversation: conversation)
        var byMode = scored
        if let passes { Self.leaveOut(&byMode, rows: rows, passes: passes) }
        var order: [RankingMode: [Int]] = [:]
        for mode in modes where order[mode] == nil {
            // Rows not yet embedded score -infinity in the dense modes: they are not hits there.
            order[mode] = Ranking.top(byMode[mode]!, k: top).filter { byMode[mode]![$0] > -.infinity }
        }
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
                for m in RankingMode.allCases where byMode[m]![k] > -.infinity { ranks[m] = rankOf[m]![k] }
                return Hit(mode: mode, rank: i + 1, score: byMode[mode]![k], ref: refs[rows.lowerBound + k], ranks: ranks)
            }
        }
        return SearchResults(query: queryText, hits: hits)
    }
}
