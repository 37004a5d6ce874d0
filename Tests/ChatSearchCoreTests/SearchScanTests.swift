import Testing
@testable import ChatSearchCore

/// The query scan (SIMD dot products, partial top-k, ranks counted for the shown hits) gives exactly the
/// rankings of the straightforward scan it replaced: scalar dot products and a full sort per mode. (The
/// hybrid rule itself is `HybridFusionTests`' subject: here its scores are taken as given.)
struct SearchScanTests {
    /// A deterministic generator (64-bit LCG), so the fixtures are the same on every run.
    struct Numbers {
        var state: UInt64
        mutating func next() -> Float {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Float(Double(state >> 11) / Double(1 << 53)) * 2 - 1
        }
    }

    /// Conversations of 1-40 turns in sessions of up to 6, random vectors whose components are multiples
    /// of 1/16 (every product and partial sum is exact in Float, so any summation order gives the same
    /// score, and equal scores are frequent), some rows repeated, and lexical evidence on a few rows.
    static func fixture(dimensions: Int, conversations: Int, seed: UInt64) -> (Searcher, [Float], LexicalEvidence) {
        var g = Numbers(state: seed)
        var convs: [Conversation] = []
        var late = VectorTable(dimensions: dimensions), naive = VectorTable(dimensions: dimensions)
        func unit() -> [Float] { (0..<dimensions).map { _ in (g.next() * 8).rounded() / 16 } }
        var lastLate = unit(), lastNaive = unit()
        for c in 0..<conversations {
            let n = 1 + Int((g.next() + 1) * 20)
            convs.append(Conversation(id: "c\(c)", turns: (0..<n).map { Turn(id: "\($0)", text: "t", session: "s\($0 / 6)") }))
            for _ in 0..<n {
                if g.next() > -0.9 { lastLate = unit() }
                if g.next() > -0.9 { lastNaive = unit() }
                late.append(lastLate)
                naive.append(lastNaive)
            }
        }
        let searcher = Searcher(conversations: convs, late: late, naive: naive)
        var scores: [Int: Double] = [:]
        var terms: [[Int]] = [[], []]
        for i in 0..<40 {
            let r = Int((g.next() + 1) / 2 * Float(searcher.turnCount - 1))
            scores[r] = Double(g.next() + 1.5) * 3
            terms[i % 2].append(r)
        }
        return (searcher, unit(), LexicalEvidence(scores: scores, termRows: terms))
    }

    /// The scan as it was: scalar dot products, every mode sorted whole, ranks read from the sorts.
    static func reference(_ s: Searcher, query q: [Float], lexical: LexicalEvidence, top: Int, conversation: Int? = nil) -> [RankingMode: [Hit]] {
        let rows = conversation.map { c in
            let first = s.row(of: TurnRef(conversation: c, turn: 0))
            return first..<(first + s.conversations[c].turns.count)
        } ?? 0..<s.turnCount
        func dots(_ t: VectorTable) -> [Float] {
            rows.map { r in
                var x: Float = 0
                for i in 0..<t.dimensions { x += t.values[r * t.dimensions + i] * q[i] }
                return x
            }
        }
        let l = dots(s.late), n = dots(s.naive)
        let a = s.options.alpha
        let blend = zip(l, n).map { a * $0 + (1 - a) * $1 }
        let hybrid = s.scores(query: q, text: "q", lexical: lexical, conversation: conversation).byMode[.hybrid]!
        let byMode: [RankingMode: [Float]] = [.late: l, .naive: n, .blend: blend, .hybrid: hybrid]
        var order: [RankingMode: [Int]] = [:], rankOf: [RankingMode: [Int]] = [:]
        for (mode, x) in byMode {
            let o = x.indices.sorted { x[$0] != x[$1] ? x[$0] > x[$1] : $0 < $1 }
            var r = [Int](repeating: 0, count: x.count)
            for (i, k) in o.enumerated() { r[k] = i + 1 }
            order[mode] = o
            rankOf[mode] = r
        }
        return byMode.mapValues { _ in [] }.reduce(into: [:]) { out, entry in
            out[entry.key] = order[entry.key]!.prefix(top).enumerated().map { i, k in
                Hit(mode: entry.key, rank: i + 1, score: byMode[entry.key]![k], ref: s.refs[rows.lowerBound + k],
                    ranks: Dictionary(uniqueKeysWithValues: RankingMode.allCases.map { ($0, rankOf[$0]![k]) }))
            }
        }
    }

    static func expectSame(_ got: SearchResults, _ want: [RankingMode: [Hit]], _ note: String) {
        for mode in RankingMode.allCases {
            let g = got.ranking(mode), w = want[mode]!
            #expect(g.map(\.ref) == w.map(\.ref), "\(note) \(mode) order")
            #expect(g.map(\.ranks) == w.map(\.ranks), "\(note) \(mode) ranks in the other modes")
            #expect(g.map(\.score) == w.map(\.score), "\(note) \(mode) scores")
        }
    }

    @Test(arguments: [(384, 1 as UInt64), (37, 2), (16, 3), (5, 4)])
    func scanGivesTheOldRankingsExactly(dimensions: Int, seed: UInt64) {
        let (s, q, lexical) = Self.fixture(dimensions: dimensions, conversations: 120, seed: seed)
        for top in [1, 10, 50, 10_000] {
            Self.expectSame(s.search(query: q, queryText: "q", lexical: lexical, top: top),
                            Self.reference(s, query: q, lexical: lexical, top: top), "d\(dimensions) top \(top)")
        }
        Self.expectSame(s.search(query: q, queryText: "q", lexical: lexical, top: 10, conversation: 7),
                        Self.reference(s, query: q, lexical: lexical, top: 10, conversation: 7), "d\(dimensions) one conversation")
    }

    @Test func partialTopKBreaksTiesByIndexAndRanksCountOnlyBetterScores() {
        let scores: [Float] = [0.5, 0.9, 0.5, 0.1, 0.9, 0.7, 0.5, -1, 0.5, 0.2, 0.3, 0.4, 0.5, 0.6, 0.0, 0.9, 0.8]
        let full = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        for k in [0, 1, 2, 3, 5, 17, 40] { #expect(Ranking.top(scores, k: k) == Array(full.prefix(k)), "k \(k)") }
        let picked = [7, 0, 12, 4, 1, 16]
        #expect(Ranking.ranks(of: picked, in: scores) == picked.map { full.firstIndex(of: $0)! + 1 })
        #expect(Ranking.ranks(of: [], in: scores) == [])
    }
}
