import ChatSearchCore
import Foundation
import Testing
@testable import ChatSearchTUI

/// Selection and pane keys a new user tripped over.
@Suite struct RoughEdgeReducerTests {
    let reducer = TUIReducer(conversations: Fixtures.conversations, debounce: 0.2)

    /// Results of the same query, as a refresh after more coverage brings them: `order` is the late ranking.
    func refreshed(_ order: [TurnRef]) -> SearchResults {
        let hits = order.enumerated().map { i, ref in Hit(mode: .late, rank: i + 1, score: 0.9 - Float(i) / 100, ref: ref, ranks: [.late: i + 1]) }
        return SearchResults(query: "temples in kyoto", hits: [.late: hits, .naive: hits.map { var h = $0; h.mode = .naive; return h }])
    }

    func refresh(_ s: TUIState, _ order: [TurnRef]) -> TUIState {
        var s = s
        s.searchGeneration += 1
        s.searchInFlight = true
        return reducer.reduce(s, .searchFinished(generation: s.searchGeneration, results: refreshed(order), millis: 5)).0
    }

    @Test func selectionFollowsTheTopHitUntilTheUserMoves() {
        var s = Fixtures.resultsState()
        #expect(s.selectedRef == Fixtures.ref(0, 2))
        // More coverage: a new turn takes rank 1; the user has not moved, so it is selected.
        s = refresh(s, [Fixtures.ref(2, 3), Fixtures.ref(0, 2), Fixtures.ref(0, 1)])
        #expect(s.selectedRef == Fixtures.ref(2, 3))
        #expect(s.selectedIndex == 0)
        // Once the user moves, the selected turn stays selected wherever it goes.
        s = reducer.reduce(s, .key(.down, time: 1)).0
        #expect(s.selectedRef == Fixtures.ref(0, 2))
        s = refresh(s, [Fixtures.ref(1, 1), Fixtures.ref(2, 3), Fixtures.ref(0, 1), Fixtures.ref(0, 2)])
        #expect(s.selectedRef == Fixtures.ref(0, 2))
        #expect(s.selectedIndex == 3)
    }

    @Test func hWithBlendInPlaceShowsHybrid() {
        var s = Fixtures.resultsState(width: 80, height: 24)
        s = reducer.reduce(s, .key(.char("b"), time: 1)).0
        #expect(s.paneModes == [.late, .blend])
        s = reducer.reduce(s, .key(.char("h"), time: 1)).0
        #expect(s.paneModes == [.late, .hybrid])
        var wide = s
        wide.width = 200
        #expect(render(wide).lines.last?.contains("h naive") == true)
        s = reducer.reduce(s, .key(.char("h"), time: 1)).0
        #expect(s.paneModes == [.late, .naive])
    }
}
