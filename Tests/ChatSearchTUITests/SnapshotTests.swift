import ChatSearchCore
import Testing
@testable import ChatSearchTUI

@Suite struct SnapshotTests {
    let reducer = TUIReducer(conversations: Fixtures.conversations)

    func press(_ s: TUIState, _ keys: TUIKey...) -> TUIState {
        var s = s
        for k in keys { s = reducer.reduce(s, .key(k, time: s.now)).0 }
        return s
    }

    @Test func emptyQuery() {
        Snapshot.check(render(Fixtures.state(width: 100, height: 24)), "empty-query")
    }

    @Test func results() {
        let s = press(Fixtures.resultsState(), .down)
        Snapshot.check(render(s), "results")
    }

    @Test func resultsQueryFocusWhileSearching() {
        var s = Fixtures.resultsState(focus: .query)
        s = reducer.reduce(s, .key(.char("s"), time: 1)).0
        let frame = render(s)
        #expect(frame.cursor == Frame.Cursor(row: 0, column: 8 + s.query.count))
        Snapshot.check(frame, "results-query-focus-searching")
    }

    @Test func noResults() {
        var s = Fixtures.state(width: 100, height: 24)
        s.query = "zzzz"
        s.cursor = 4
        s.searchGeneration = 1
        s.searchInFlight = true
        s = reducer.reduce(s, .searchFinished(generation: 1, results: SearchResults(query: "zzzz", hits: [.late: [], .naive: []]), millis: 12)).0
        Snapshot.check(render(s), "no-results")
    }

    @Test func contextPanelInTheMiddleOfAConversation() {
        // Select the sync conversation's turn 8 (late rank 9): two turns before and after are shown.
        let s = press(Fixtures.resultsState(width: 100, height: 30), .char("G"), .up, .up, .up)
        #expect(s.selectedRef == Fixtures.ref(2, 7))
        Snapshot.check(render(s), "context-panel")
    }

    @Test func conversationView() {
        let s = press(Fixtures.resultsState(width: 90, height: 24), .down, .down, .down, .enter)
        guard case .conversation(let ref, _) = s.view else { Issue.record("not in the conversation view"); return }
        #expect(ref == Fixtures.ref(0, 3))
        Snapshot.check(render(s), "conversation")
    }

    @Test func help() {
        let s = press(Fixtures.resultsState(width: 100, height: 40), .char("?"))
        Snapshot.check(render(s), "help")
    }

    @Test func tooSmall() {
        var s = Fixtures.resultsState()
        s = reducer.reduce(s, .resize(width: 50, height: 10)).0
        Snapshot.check(render(s), "too-small")
    }

    @Test func hybridPane() {
        let s = press(Fixtures.resultsState(width: 110, height: 24), .char("h"), .tab)
        #expect(s.paneModes == [.late, .hybrid])
        Snapshot.check(render(s), "hybrid-pane")
    }

    @Test func blendAsThirdPaneAndInPlace() {
        let wide = press(Fixtures.resultsState(width: 150, height: 24), .char("b"))
        #expect(wide.paneModes == [.late, .naive, .blend])
        Snapshot.check(render(wide), "blend-three-panes")
        let narrow = press(Fixtures.resultsState(width: 80, height: 20), .char("b"))
        #expect(narrow.paneModes == [.late, .blend])
        Snapshot.check(render(narrow), "blend-in-place")
    }

    @Test func wideAndCombiningCharacters() {
        // Narrow panes cut CJK, emoji and accented text mid-string.
        let s = press(Fixtures.resultsState(width: 84, height: 22), .down, .down)
        Snapshot.check(render(s), "widths-cjk-emoji-accents")
    }

    @Test func minimumSize() {
        Snapshot.check(render(Fixtures.resultsState(width: 60, height: 12)), "minimum-size")
    }

    @Test func asciiFallback() {
        var s = Fixtures.resultsState(width: 100, height: 20)
        s.ascii = true
        let frame = render(s)
        for line in frame.lines { #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII in \(line)") }
        Snapshot.check(frame, "ascii-fallback")
    }

    @Test func loadingProgress() {
        var s = Fixtures.state(width: 80, height: 20)
        s.title = "ChatSearch"
        s.view = .loading(LoadingInfo(phase: "Indexing 3 conversations", done: 1234, total: 5000, elapsed: 3.2, rate: 412.5))
        Snapshot.check(render(s), "loading")
        s.view = .loading(LoadingInfo(phase: "Loading model all-MiniLM-L6-v2", elapsed: 0.4))
        Snapshot.check(render(s), "loading-unknown-total")
        s.query = "restaurant with a terrace for the birthday, somewhere near the old town"
        Snapshot.check(render(s), "loading-typed-ahead")
    }

    @Test func fatalError() {
        var s = Fixtures.state(width: 80, height: 16)
        s.view = .error(message: "Cannot open the index at /tmp/x.sqlite: permission denied", fatal: true)
        Snapshot.check(render(s), "fatal-error")
    }

    @Test func selectionIsHighlightedInBothPanes() {
        let s = press(Fixtures.resultsState(), .down)  // (0,1): late rank 2, naive rank 1
        let frame = render(s)
        let layout = ResultsLayout(s)
        let selected = frame.spans.filter { $0.role == .selected }
        let other = frame.spans.filter { $0.role == .selectedOther }
        #expect(selected.map(\.row) == [layout.listTop + 2, layout.listTop + 3])  // two rows per hit
        #expect(selected.first?.start == 0)
        #expect(other.map(\.row) == [layout.listTop, layout.listTop + 1])
        #expect(other.first?.start == layout.panes[1].x)
    }

    @Test func otherPaneScrollsToTheSelectedTurn() {
        // Late rank 12 (2,10) is not in the naive list; late rank 11 (2,1) is naive rank 9.
        let s = press(Fixtures.resultsState(width: 100, height: 16), .char("G"), .up)
        #expect(s.selectedRef == Fixtures.ref(2, 1))
        let frame = render(s)
        let other = frame.spans.filter { $0.role == .selectedOther }
        #expect(other.count == ResultsLayout.rowsPerHit)
    }

    @Test func longQueryScrollsToKeepTheCursorVisible() {
        var s = Fixtures.state(width: 60, height: 12)
        let long = "what did we decide about the 伏見稲荷大社 visit and the ryokan booking at the end"
        for c in long { s = reducer.reduce(s, .key(.char(c), time: 0)).0 }
        var frame = render(s)
        #expect(frame.lines[0].hasPrefix("Search: "))
        #expect(frame.lines[0].contains("booking at the end"))
        #expect(frame.cursor?.column == 59 - "searching…".count - 1)
        // Back to the start: the beginning shows again.
        s = reducer.reduce(s, .key(.home, time: 0)).0
        frame = render(s)
        #expect(frame.lines[0].hasPrefix("Search: what did we decide"))
        #expect(frame.cursor == Frame.Cursor(row: 0, column: 8))
    }
}
