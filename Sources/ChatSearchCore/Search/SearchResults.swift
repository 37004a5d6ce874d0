/// The rankings ChatSearch can show. `late` is late chunking as configured; `naive` embeds each turn
/// alone; `blend` mixes both dense scores; `hybrid` adds lexical (FTS5 bm25) evidence and neighbours.
public enum RankingMode: String, Sendable, CaseIterable, Codable, Hashable {
    case late, naive, blend, hybrid
}

/// One ranked turn in one mode. `ranks` holds the turn's 1-based rank in every mode that was computed
/// (nil when it is not in the candidate list of that mode).
public struct Hit: Sendable, Equatable {
    public var mode: RankingMode
    public var rank: Int
    public var score: Float
    public var ref: TurnRef
    public var ranks: [RankingMode: Int]

    public init(mode: RankingMode, rank: Int, score: Float, ref: TurnRef, ranks: [RankingMode: Int]) {
        self.mode = mode
        self.rank = rank
        self.score = score
        self.ref = ref
        self.ranks = ranks
    }
}

/// Results of one query: top hits per mode, best first.
public struct SearchResults: Sendable, Equatable {
    public var query: String
    public var hits: [RankingMode: [Hit]]
    public var elapsedSeconds: Double
    /// Turns a date filter left out because they have no timestamp.
    public var undatedLeftOut = 0

    public init(query: String, hits: [RankingMode: [Hit]], elapsedSeconds: Double = 0) {
        self.query = query
        self.hits = hits
        self.elapsedSeconds = elapsedSeconds
    }

    public func ranking(_ mode: RankingMode) -> [Hit] { hits[mode] ?? [] }
}
