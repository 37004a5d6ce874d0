import Foundation
import Testing
@testable import ChatSearchCore

struct SearcherTests {
    /// Four turns in one session, 2-d vectors: the query is [1, 0].
    static func fixture(options: SearchOptions) -> Searcher {
        let c = Conversation(id: "c", turns: (1...4).map { Turn(id: "\($0)", text: "t\($0)", session: "s") })
        let late = VectorTable(dimensions: 2, values: [1, 0, 0.6, 0.8, 0, 1, 0.8, 0.6])
        let naive = VectorTable(dimensions: 2, values: [0, 1, 1, 0, 0.6, 0.8, 0.8, 0.6])
        return Searcher(conversations: [c], late: late, naive: naive, options: options)
    }

    @Test func denseModesRankByCosineAndCarryOtherRanks() {
        let s = Self.fixture(options: SearchOptions(alpha: 0.5, lexicalWeight: 0, smooth: 0))
        let r = s.search(query: [1, 0], queryText: "q", lexical: .none, top: 4)
        #expect(r.ranking(.late).map(\.ref.turn) == [0, 3, 1, 2])
        #expect(r.ranking(.naive).map(\.ref.turn) == [1, 3, 2, 0])
        // blend = 0.5 late + 0.5 naive: turn 4 0.8, turn 2 0.8 (tie -> earlier first), turn 1 0.5, turn 3 0.3
        #expect(r.ranking(.blend).map(\.ref.turn) == [1, 3, 0, 2])
        let first = r.ranking(.late)[0]
        #expect(first.rank == 1 && first.ranks[.late] == 1 && first.ranks[.naive] == 4)
        #expect(abs(first.score - 1) < 1e-6)
    }

    @Test func smoothingLiftsNeighboursOfStrongTurnsWithinASession() {
        let s = Self.fixture(options: SearchOptions(lexicalWeight: 0, smooth: 0.5, hybridBase: .late))
        // A query term occurs (in turn 1), so the evidence can apply and hybrid is smoothed.
        let scores = s.scores(query: [1, 0], lexical: Self.applicable).byMode[.hybrid]!
        // raw late: [1, 0.6, 0, 0.8], mean 0.6; smoothed: s_i + 0.5 * (max(neighbours) - mean)
        let expected: [Float] = [1 + 0, 0.6 + 0.2, 0 + 0.1, 0.8 - 0.3]
        for (a, b) in zip(scores, expected) { #expect(abs(a - b) < 1e-6) }
    }

    @Test func smoothingStopsAtSessionEdges() {
        let c = Conversation(id: "c", turns: [Turn(id: "1", text: "a", session: "s1"), Turn(id: "2", text: "b", session: "s2")])
        let t = VectorTable(dimensions: 1, values: [1, 0.5])
        let s = Searcher(conversations: [c], late: t, naive: t, options: SearchOptions(lexicalWeight: 0, smooth: 1))
        #expect(s.scores(query: [1], lexical: Self.applicable).byMode[.hybrid]! == [1, 0.5])
    }

    /// Lexical evidence that can apply (a query term in the first turn) but adds nothing with weight 0.
    static let applicable = LexicalEvidence(scores: [:], termRows: [[0]])

    @Test func searchWithinOneConversation() {
        let a = Conversation(id: "a", turns: [Turn(id: "1", text: "x")])
        let b = Conversation(id: "b", turns: [Turn(id: "1", text: "y"), Turn(id: "2", text: "z")])
        let t = VectorTable(dimensions: 1, values: [1, 0.5, 0.2])
        let s = Searcher(conversations: [a, b], late: t, naive: t)
        let r = s.search(query: [1], queryText: "q", lexical: .none, top: 10, conversation: 1)
        #expect(r.ranking(.naive).map(\.ref) == [TurnRef(conversation: 1, turn: 0), TurnRef(conversation: 1, turn: 1)])
    }

    @Test func matryoshkaTruncationRenormalises() {
        let v = VectorMath.truncated([0.6, 0.8, 0, 0], to: 1)
        #expect(v == [1])
        let c = Conversation(id: "c", turns: [Turn(id: "1", text: "x")])
        let t = VectorTable(dimensions: 2, values: [0.6, 0.8])
        let s = Searcher(conversations: [c], late: t, naive: t, options: SearchOptions(dimensions: 1))
        #expect(s.late.dimensions == 1 && s.late.values == [1])
    }

    @Test func metrics() {
        let ranked = ["a", "b", "c", "d"]
        #expect(RetrievalMetrics.recall(ranked, relevant: ["b", "z"], k: 1) == 0)
        #expect(RetrievalMetrics.recall(ranked, relevant: ["b", "z"], k: 2) == 0.5)
        #expect(RetrievalMetrics.reciprocalRank(ranked, relevant: ["c"]) == 1.0 / 3)
        #expect(RetrievalMetrics.reciprocalRank(ranked, relevant: ["q"]) == 0)
        #expect(abs(RetrievalMetrics.ndcg(ranked, relevant: ["a"], k: 10) - 1) < 1e-12)
        #expect(abs(RetrievalMetrics.ndcg(ranked, relevant: ["b"], k: 10) - 1 / log2(3.0)) < 1e-12)
    }

    @Test func jsonLineEscapesAndKeepsOrder() {
        var j = JSONLine()
        j.add("b", "x\"y\n\u{1}")
        j.add("a", 3)
        j.add("s", 0.12345678)
        j.add("n", nil as String?)
        #expect(j.text == #"{"b":"x\"y\n\u0001","a":3,"s":0.123457,"n":null}"#)
        var c = JSONLine()
        c.add("t", "\u{1B}]0;x\u{07} \u{7F}\u{9B}31m \u{A0}é")
        #expect(c.text == #"{"t":"\u001b]0;x\u0007 \u007f\u009b31m \#u{A0}é"}"#)
    }
}
