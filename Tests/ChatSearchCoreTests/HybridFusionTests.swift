import Foundation
import Testing
@testable import ChatSearchCore

/// The hybrid rule (`HybridFusion`) on small fixtures whose answers are known: lexical-only, dense-only
/// and mixed evidence, the coverage gate, the coverage of neighbours, the named speaker.
struct HybridFusionTests {
    /// Four turns in one session; late = naive, so every dense mode gives [1, 0.6, 0, 0.8] for [1, 0].
    static func searcher(_ options: SearchOptions, speakers: [String?] = [nil, nil, nil, nil]) -> Searcher {
        let c = Conversation(id: "c", turns: (0..<4).map { Turn(id: "\($0 + 1)", speaker: speakers[$0], text: "t\($0)", session: "s") })
        let t = VectorTable(dimensions: 2, values: [1, 0, 0.6, 0.8, 0, 1, 0.8, 0.6])
        return Searcher(conversations: [c], late: t, naive: t, options: options)
    }

    static let plain = SearchOptions(lexicalWeight: 1, smooth: 0, speakerWeight: 0)
    /// The standard deviation of the fixture's dense scores: the unit evidence is counted in.
    static let unit = Float((0.14 as Double).squareRoot())

    static func idf(_ df: Double, of n: Double) -> Double { log(1 + (n - df + 0.5) / (df + 0.5)) }

    @Test func coverageWeighsLexicalEvidenceByTheQueryTheTurnAndItsNeighboursHold() {
        // Term 0 only in turn 3 (row 2), term 1 in turns 3 and 4: turn 3 holds the whole query itself,
        // turn 4 through its neighbour, so both have coverage 1; bm25 8 and 2.
        let lexical = LexicalEvidence(scores: [2: 8, 3: 2], termRows: [[2], [2, 3]])
        let h = Self.searcher(Self.plain).scores(query: [1, 0], lexical: lexical).byMode[.hybrid]!
        let want: [Float] = [1, 0.6, 0 + Self.unit, 0.8 + 0.25 * Self.unit]
        for (a, b) in zip(h, want) { #expect(abs(a - b) < 1e-6) }
    }

    @Test func aTurnThatHoldsPartOfTheQueryGetsThatPart() {
        // Term 0 in turn 1 only; term 1 in turn 4 only (not a neighbour of turn 1).
        let lexical = LexicalEvidence(scores: [0: 4, 3: 4], termRows: [[0], [3]])
        let h = Self.searcher(Self.plain).scores(query: [1, 0], lexical: lexical).byMode[.hybrid]!
        let half = 0.5 * Self.unit  // both terms have df 1, so each is half the query's IDF mass
        #expect(abs(h[0] - (1 + half)) < 1e-6)
        #expect(abs(h[3] - (0.8 + half)) < 1e-6)
        #expect(h[1] == 0.6 && h[2] == 0)
    }

    @Test func lexicalOnlyAnswerWins() {
        // Dense favours turn 1; the query's words are all in turn 3.
        let lexical = LexicalEvidence(scores: [2: 5], termRows: [[2], [2]])
        let r = Self.searcher(SearchOptions(lexicalWeight: 3, smooth: 0, speakerWeight: 0))
            .search(query: [1, 0], queryText: "q", lexical: lexical, top: 4)
        #expect(r.ranking(.hybrid).first?.ref.turn == 2)
        #expect(r.ranking(.late).first?.ref.turn == 0)
    }

    @Test func denseOnlyAnswerStaysFirstWhenBM25MatchedOnlyIncidentalWords() {
        // Three of four terms occur nowhere (a question in other words than its answer); the fourth is in
        // turn 3. The best own coverage is below the gate, so the ranking is the dense one.
        let lexical = LexicalEvidence(scores: [2: 9], termRows: [[], [], [], [2]])
        let s = Self.searcher(SearchOptions(lexicalWeight: 5, smooth: 0, speakerWeight: 0))
        let best = Self.idf(1, of: 4) / (3 * Self.idf(0, of: 4) + Self.idf(1, of: 4))
        #expect(best < Double(SearchOptions.Defaults.lexicalGate.lowerBound))
        #expect(s.scores(query: [1, 0], lexical: lexical).byMode[.hybrid]! == [1, 0.6, 0, 0.8])
        // Without the gate the same evidence counts, weighed by its small coverage.
        var open = s
        open.options.lexicalGate = 0...0
        let h = open.scores(query: [1, 0], lexical: lexical).byMode[.hybrid]!
        #expect(abs(h[2] - Float(5 * best) * Self.unit) < 1e-5)
    }

    @Test func mixedEvidenceAddsUp() {
        // Turn 4 is second by dense (0.8) and holds the query's words: it overtakes turn 1 (1.0).
        let lexical = LexicalEvidence(scores: [3: 3, 1: 3], termRows: [[3], [1, 3]])
        let r = Self.searcher(SearchOptions(lexicalWeight: 1, smooth: 0, speakerWeight: 0))
            .search(query: [1, 0], queryText: "q", lexical: lexical, top: 4)
        #expect(r.ranking(.hybrid).map(\.ref.turn).prefix(2) == [3, 0])
    }

    @Test func namedSpeakersTurnsAreLifted() {
        let speakers = ["Caroline", "Melanie Ortiz", "Caroline", "Melanie Ortiz"]
        let s = Self.searcher(SearchOptions(lexicalWeight: 0, smooth: 0, speakerWeight: 0.5), speakers: speakers)
        let h = s.scores(query: [1, 0], text: "What did melanie say about the trip?", lexical: .none).byMode[.hybrid]!
        let want: [Float] = [1, 0.6 + 0.5 * Self.unit, 0, 0.8 + 0.5 * Self.unit]
        for (a, b) in zip(h, want) { #expect(abs(a - b) < 1e-6) }
        #expect(s.scores(query: [1, 0], text: "no one named", lexical: .none).byMode[.hybrid]! == [1, 0.6, 0, 0.8])
        // The other rankings never see the speaker.
        #expect(s.scores(query: [1, 0], text: "melanie", lexical: .none).byMode[.late]! == [1, 0.6, 0, 0.8])
    }

    @Test func speakerMentions() {
        let mention = SpeakerMention(speakers: ["Caroline", "Melanie Ortiz", "José", "I", "Dr. Who", "assistant"])
        #expect(mention.named(in: "What did Caroline do?") == [0])
        #expect(mention.named(in: "melanie's plan") == [1])
        #expect(mention.named(in: "jose and CAROLINE") == [0, 2])
        #expect(mention.named(in: "I said so").isEmpty)
        #expect(mention.named(in: "Carolines").isEmpty)
        #expect(mention.named(in: "what did dr who say") == [4])
        #expect(mention.named(in: "").isEmpty)
        #expect(mention.named(in: "Ortiz").isEmpty)
    }

    /// A model whose cosines sit in a narrow band (e5's near 0.9) gets the same hybrid order as one whose
    /// cosines spread widely, for the same evidence: the evidence is counted in the dense scores' spread.
    @Test func evidenceWeighsTheSameWhateverTheModelsRangeOfCosines() {
        let c = Conversation(id: "c", turns: (0..<6).map { Turn(id: "\($0)", speaker: $0 % 2 == 0 ? "Ana" : "Ben", text: "t", session: "s\($0 / 3)") })
        let wide: [Float] = [0.62, 0.35, 0.18, 0.71, 0.05, 0.44]
        let lexical = LexicalEvidence(scores: [2: 6, 4: 3, 5: 1], termRows: [[2, 4], [2], [5]])
        func order(_ dense: [Float]) -> [Int] {
            let t = VectorTable(dimensions: 1, values: dense)
            let s = Searcher(conversations: [c], late: t, naive: t, options: SearchOptions(smooth: 0.4))
            return s.search(query: [1], queryText: "what did Ben say", lexical: lexical, top: 6).ranking(.hybrid).map(\.ref.turn)
        }
        let narrow = wide.map { 0.88 + 0.05 * $0 }
        #expect(order(wide) == order(narrow))
        #expect(order(wide) != wide.indices.sorted { wide[$0] > wide[$1] })
        #expect(HybridFusion.spread([1, -.infinity, 1]) == 1 && HybridFusion.spread([2]) == 1)
        #expect(abs(HybridFusion.spread([0, 2, -.infinity]) - 1) < 1e-6)
    }

    @Test func notYetEmbeddedTurnsRankByLexicalEvidenceAlone() {
        let a = Conversation(id: "a", turns: [Turn(id: "1", text: "x", session: "s"), Turn(id: "2", text: "y", session: "s")])
        let b = Conversation(id: "b", turns: [Turn(id: "1", text: "z", session: "s"), Turn(id: "2", text: "w", session: "s")])
        let t = VectorTable(dimensions: 1, values: [0.5, 0.4, 0, 0])
        let s = Searcher(conversations: [a, b], late: t, naive: t, options: SearchOptions(lexicalWeight: 1, smooth: 0.5, speakerWeight: 0),
                         covered: [true, false])
        let h = s.scores(query: [1], lexical: LexicalEvidence(scores: [2: 1], termRows: [[2]])).byMode[.hybrid]!
        #expect(h[3] == -.infinity)
        #expect(abs(h[2] - 0.05) < 1e-6)  // the lexical evidence in units of the covered rows' spread, 0.05
        // Smoothing counts from the mean of the searched scores (0.5, 0.4, 0.05).
        #expect(abs(h[0] - (0.5 + 0.5 * (0.4 - 0.95 / 3))) < 1e-6)
    }

    /// A Chinese question over an English chat: no query term occurs in any searched turn and no
    /// participant is named, so hybrid is the late ranking itself (not blend, not smoothed).
    @Test func noEvidenceThatCanApplyGivesTheLateRanking() {
        let c = Conversation(id: "c", turns: (0..<4).map { Turn(id: "\($0 + 1)", speaker: "Ana", text: "t\($0)", session: "s") })
        let late = VectorTable(dimensions: 2, values: [1, 0, 0.6, 0.8, 0, 1, 0.8, 0.6])
        let naive = VectorTable(dimensions: 2, values: [0, 1, 1, 0, 0.6, 0.8, 0.8, 0.6])
        let s = Searcher(conversations: [c], late: late, naive: naive, options: SearchOptions())
        let absent = LexicalEvidence(scores: [:], termRows: [[], [], []])
        let byMode = s.scores(query: [1, 0], text: "卡罗琳最近参加了什么工作坊?", lexical: absent).byMode
        #expect(byMode[.hybrid]! == byMode[.late]!)
        #expect(byMode[.blend]! != byMode[.late]!)
        // One term that occurs, or a named participant, and the evidence applies again.
        let one = LexicalEvidence(scores: [3: 1], termRows: [[], [3]])
        #expect(s.scores(query: [1, 0], text: "q", lexical: one).byMode[.hybrid]! != byMode[.late]!)
        #expect(s.scores(query: [1, 0], text: "what did Ana say", lexical: absent).byMode[.hybrid]! != byMode[.late]!)
    }

    /// A turn alone in its session has no neighbour to gain from; with a model whose cosines sit near
    /// 0.9 the others' gain of smooth · 0.9 would be many spreads and bury it. Smoothing from the mean
    /// keeps the best dense turn first.
    @Test func smoothingDoesNotBuryATurnWithoutNeighbours() {
        let turns = [Turn(id: "1", text: "a", session: "alone")] + (0..<4).map { Turn(id: "\($0 + 2)", text: "b", session: "s") }
        let c = Conversation(id: "c", turns: turns)
        let t = VectorTable(dimensions: 1, values: [0.93, 0.90, 0.89, 0.91, 0.88])
        let s = Searcher(conversations: [c], late: t, naive: t, options: SearchOptions(lexicalWeight: 0, smooth: 0.4, speakerWeight: 0))
        let lexical = LexicalEvidence(scores: [2: 1], termRows: [[2]])
        let r = s.search(query: [1], queryText: "q", lexical: lexical, top: 5)
        #expect(r.ranking(.hybrid).first?.ref.turn == 0)
    }
}
