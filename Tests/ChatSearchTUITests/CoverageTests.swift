import ChatSearchCore
import Foundation
import Testing
@testable import ChatSearchTUI

/// Search while indexing: the status line tells the coverage, results are searched again as it grows,
/// and a refresh keeps the user's selection.
@Suite struct CoverageTests {
    let reducer = TUIReducer(conversations: Fixtures.conversations)

    func run(_ s: TUIState, _ events: [TUIEvent]) -> (TUIState, [TUIEffect]) { reducer.run(s, events) }

    static func coverage(_ conversations: Int, _ vectors: Int) -> IndexCoverage {
        IndexCoverage(conversations: conversations, totalConversations: 2_950, turnVectors: vectors, totalTurnVectors: 10_000)
    }

    @Test func statusLineSaysHowMuchTheDenseResultsCover() {
        var s = Fixtures.resultsState()
        s = reducer.reduce(s, .coverage(Self.coverage(1_203, 4_100))).0
        let status = render(s).lines.last!
        #expect(status.contains("indexing 41% · dense results cover 1,203 of 2,950 conversations"), "\(status)")
        // Complete: back to the usual facts.
        s = reducer.reduce(s, .coverage(IndexCoverage(conversations: 2_950, totalConversations: 2_950, turnVectors: 10_000, totalTurnVectors: 10_000))).0
        #expect(s.coverage == nil)
        #expect(render(s).lines.last!.contains("turns indexed"))
    }

    @Test func growingCoverageRefreshesTheResultsWithoutMovingTheSelection() {
        var s = Fixtures.resultsState()
        s.now = 10
        s.lastSearchAt = 10  // the shown results were searched just now
        (s, _) = run(s, [.coverage(Self.coverage(10, 100)), .key(.down, time: 10), .key(.down, time: 10)])
        let selected = s.selectedRef
        #expect(selected == Fixtures.ref(1, 0) && s.selectedIndex == 2)
        // More conversations embedded: a search of the same query once the UI has been idle long enough.
        var effects: [TUIEffect]
        (s, effects) = run(s, [.coverage(Self.coverage(20, 200)), .tick(time: 10.5)])
        #expect(effects.isEmpty)
        (s, effects) = run(s, [.tick(time: 12)])
        #expect(effects == [.search(query: "temples in kyoto", generation: 2)])
        // The refreshed ranking puts the selected turn elsewhere: it stays selected, at its new row.
        var fresh = Fixtures.results()
        var late = fresh.hits[.late]!
        late.swapAt(0, 2)
        fresh.hits[.late] = late
        (s, _) = run(s, [.searchFinished(generation: 2, results: fresh, millis: 3)])
        #expect(s.selectedRef == selected && s.selectedIndex == 0)
        // Coverage that does not grow does not search again.
        (s, effects) = run(s, [.coverage(Self.coverage(20, 240)), .tick(time: 20)])
        #expect(effects.isEmpty)
    }

    @Test func openingWhileIndexingShowsTheLexicalRankingBeside() {
        var s = Fixtures.state()
        (s, _) = run(s, [.ready(Fixtures.info), .coverage(Self.coverage(0, 0))])
        #expect(s.rightMode == .hybrid && s.paneModes == [.late, .hybrid])
        var done = Fixtures.state()
        (done, _) = run(done, [.ready(Fixtures.info), .coverage(IndexCoverage(conversations: 3, totalConversations: 3, turnVectors: 6, totalTurnVectors: 6))])
        #expect(done.rightMode == .naive)
    }

    @Test func aNewQueryStillStartsAtTheTop() {
        var s = Fixtures.resultsState()
        (s, _) = run(s, [.key(.down, time: 1), .key(.down, time: 1)])
        s.searchGeneration = 5
        s.searchInFlight = true
        (s, _) = run(s, [.searchFinished(generation: 5, results: Fixtures.results(query: "ryokan"), millis: 3)])
        #expect(s.selectedIndex == 0 && s.selectedRef == Fixtures.ref(0, 2))
    }
}
