import ChatSearchCore
import Testing
@testable import ChatSearchTUI

/// `t`: the same hits, with their ranks, in time order (oldest first, undated last) and back.
@Suite struct TimeOrderTests {
    static let conversations = [Conversation(id: "c", title: "Lena", turns: [
        Turn(id: "0", speaker: "Lena", text: "first", timestamp: "2023-03-14T19:00:00"),
        Turn(id: "1", speaker: "Jonas", text: "undated"),
        Turn(id: "2", speaker: "Lena", text: "last", timestamp: "2024-01-02T08:00:00"),
        Turn(id: "3", speaker: "Jonas", text: "middle", timestamp: "2023-11-30T12:00:00Z"),
    ])]
    let reducer = TUIReducer(conversations: TimeOrderTests.conversations)

    func state() -> TUIState {
        let order = [2, 1, 3, 0].map { TurnRef(conversation: 0, turn: $0) }
        let hits = order.enumerated().map { i, ref in Hit(mode: .late, rank: i + 1, score: 0.9 - Float(i) / 10, ref: ref, ranks: [.late: i + 1]) }
        var s = TUIState()
        s.view = .results
        s.info = CorpusInfo(modelName: "m", conversationCount: 1, turnCount: 4)
        s.width = 120
        s.height = 30
        s.query = "q"
        s.searchGeneration = 1
        s.searchInFlight = true
        s = reducer.reduce(s, .searchFinished(generation: 1, results: SearchResults(query: "q", hits: [.late: hits, .naive: hits.map { var h = $0; h.mode = .naive; return h }]), millis: 1)).0
        s.focus = .list
        return s
    }

    @Test func tTogglesTimeOrderKeepingRanksAndSelection() {
        var s = state()
        #expect(s.hits(.late).map(\.ref.turn) == [2, 1, 3, 0])
        s = reducer.reduce(s, .key(.down, time: 1)).0
        #expect(s.selectedRef?.turn == 1)
        s = reducer.reduce(s, .key(.char("t"), time: 2)).0
        #expect(s.timeOrder)
        #expect(s.hits(.late).map(\.ref.turn) == [0, 3, 2, 1])
        #expect(s.hits(.late).map(\.rank) == [4, 3, 1, 2])
        #expect(s.selectedRef?.turn == 1)
        #expect(s.selectedIndex == 3)
        let frame = render(s)
        #expect(frame.lines[1].contains("4 hits · by time"))
        #expect(frame.lines.last?.contains("Time order") == true)
        s = reducer.reduce(s, .key(.char("t"), time: 3)).0
        #expect(!s.timeOrder)
        #expect(s.hits(.late).map(\.ref.turn) == [2, 1, 3, 0])
        #expect(s.selectedIndex == 1)
    }

    @Test func tIsTextOnTheQueryLine() {
        var s = state()
        s.focus = .query
        s.cursor = 1
        s = reducer.reduce(s, .key(.char("t"), time: 1)).0
        #expect(!s.timeOrder)
        #expect(s.query == "qt")
    }
}
