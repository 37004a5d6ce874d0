/// Filters applied before ranking: the rows a filter leaves out score −∞ in every mode, so they are
/// neither hits nor counted in the ranks of the hits.
extension Searcher {
    static func leaveOut(_ byMode: inout [RankingMode: [Float]], rows: Range<Int>, passes: [Bool]) {
        for mode in RankingMode.allCases {
            guard var scores = byMode[mode] else { continue }
            byMode[mode] = nil
            for k in scores.indices where !passes[rows.lowerBound + k] { scores[k] = -.infinity }
            byMode[mode] = scores
        }
    }

    /// Filters alone, without words to rank by: the passing rows, newest first (turns without a
    /// timestamp after those with one, later turns of the corpus first), at most `top`, the same list
    /// in every mode.
    public func newestFirst(passes: [Bool], top: Int, modes: [RankingMode], conversation: Int? = nil) -> [RankingMode: [Hit]] {
        let rows = conversation.map { row(of: TurnRef(conversation: $0, turn: 0))..<(row(of: TurnRef(conversation: $0, turn: 0)) + conversations[$0].turns.count) } ?? 0..<refs.count
        let candidates = rows.filter { passes[$0] }
        func stamp(_ r: Int) -> String? { conversations[refs[r].conversation].turns[refs[r].turn].timestamp }
        let ordered = candidates.sorted { a, b in
            switch (stamp(a), stamp(b)) {
            case let (x?, y?) where x != y: return x > y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a > b
            }
        }.prefix(top)
        var hits: [RankingMode: [Hit]] = [:]
        for mode in modes {
            hits[mode] = ordered.enumerated().map { i, r in
                Hit(mode: mode, rank: i + 1, score: 0, ref: refs[r], ranks: [:])
            }
        }
        return hits
    }
}
