import ChatSearchCore
import Foundation
import Testing
@testable import ChatSearchTUI

@Suite struct ReducerTests {
    let reducer = TUIReducer(conversations: Fixtures.conversations, debounce: 0.2)

    func run(_ s: TUIState, _ events: [TUIEvent]) -> (TUIState, [TUIEffect]) { reducer.run(s, events) }

    func type(_ text: String, at t: Double, step: Double = 0.05) -> [TUIEvent] {
        text.enumerated().map { i, c in .key(.char(c), time: t + Double(i) * step) }
    }

    /// The fake backend answers the effects' searches the way the app's worker would.
    func perform(_ s: TUIState, _ effects: [TUIEffect], backend: FakeBackend) throws -> TUIState {
        var s = s
        for case .search(let q, let gen) in effects {
            let r = try backend.search(q, top: 50)
            s = reducer.reduce(s, .searchFinished(generation: gen, results: r, millis: 5)).0
        }
        return s
    }

    @Test func typingIsDebounced() throws {
        var (s, effects) = run(Fixtures.state(), type("kyoto", at: 10))
        #expect(s.query == "kyoto")
        #expect(s.cursor == 5)
        #expect(effects.isEmpty)
        #expect(s.searchDueAt == 10.2 + 0.2)
        // Not yet: 0.1 s after the last key.
        (s, effects) = run(s, [.tick(time: 10.3)])
        #expect(effects.isEmpty)
        (s, effects) = run(s, [.tick(time: 10.41)])
        #expect(effects == [.search(query: "kyoto", generation: 1)])
        #expect(s.searchInFlight)
        #expect(s.searchDueAt == nil)
        // A later tick does not search again.
        (s, effects) = run(s, [.tick(time: 11)])
        #expect(effects.isEmpty)
        let backend = FakeBackend()
        s = try perform(s, [.search(query: "kyoto", generation: 1)], backend: backend)
        #expect(!s.searchInFlight)
        #expect(s.results?.query == "kyoto")
        #expect(s.selectedRef == Fixtures.ref(0, 2))
        #expect(s.lastQueryMillis == 5)
    }

    @Test func enterSearchesAtOnce() {
        let (s, effects) = run(Fixtures.state(), type("ryokan", at: 0) + [.key(.enter, time: 0.3)])
        #expect(effects == [.search(query: "ryokan", generation: 1)])
        #expect(s.searchDueAt == nil)
    }

    @Test func staleResultsAreDropped() {
        var (s, effects) = run(Fixtures.state(), type("temple", at: 0) + [.key(.enter, time: 0.5)])
        #expect(effects == [.search(query: "temple", generation: 1)])
        (s, effects) = run(s, type("s", at: 0.6) + [.key(.enter, time: 0.7)])
        #expect(effects == [.search(query: "temples", generation: 2)])
        s = reducer.reduce(s, .searchFinished(generation: 1, results: Fixtures.results(query: "temple"), millis: 1)).0
        #expect(s.results == nil)
        #expect(s.searchInFlight)
        s = reducer.reduce(s, .searchFinished(generation: 2, results: Fixtures.results(query: "temples"), millis: 1)).0
        #expect(s.results?.query == "temples")
    }

    @Test func queryEditingKeys() {
        var (s, _) = run(Fixtures.state(), type("abc def", at: 0))
        (s, _) = run(s, [.key(.left, time: 1), .key(.left, time: 1), .key(.backspace, time: 1)])
        #expect(s.query == "abc ef")
        #expect(s.cursor == 4)
        (s, _) = run(s, [.key(.ctrl("a"), time: 1), .key(.delete, time: 1)])
        #expect(s.query == "bc ef")
        #expect(s.cursor == 0)
        (s, _) = run(s, [.key(.ctrl("e"), time: 1), .key(.ctrl("w"), time: 1)])
        #expect(s.query == "bc ")
        (s, _) = run(s, [.key(.char("é"), time: 1), .key(.char("日"), time: 1)])
        #expect(s.query == "bc é日")
        #expect(s.cursor == 5)
    }

    @Test func ctrlUClearsQueryAndResults() {
        var s = Fixtures.resultsState(focus: .list)
        s.searchInFlight = true
        let generation = s.searchGeneration
        let (n, effects) = run(s, [.key(.ctrl("u"), time: 1)])
        #expect(n.query.isEmpty)
        #expect(n.cursor == 0)
        #expect(n.results == nil)
        #expect(n.focus == .query)
        #expect(!n.searchInFlight)
        #expect(n.searchGeneration == generation + 1)  // a running search's results will be dropped
        #expect(effects.isEmpty)
    }

    @Test func arrowsMoveTheSelectionFromTheQueryLineButJKAreText() {
        let s0 = Fixtures.resultsState(focus: .query)
        var (s, _) = run(s0, [.key(.down, time: 1), .key(.down, time: 1)])
        #expect(s.selectedIndex == 2)
        #expect(s.selectedRef == Fixtures.ref(1, 0))
        #expect(s.query == "temples in kyoto")
        (s, _) = run(s, [.key(.char("j"), time: 1)])
        #expect(s.query == "temples in kyotoj")
        #expect(s.selectedIndex == 2)
        (s, _) = run(s, [.key(.up, time: 1)])
        #expect(s.selectedIndex == 1)
    }

    @Test func listNavigation() {
        var (s, _) = run(Fixtures.resultsState(width: 100, height: 16), [.key(.char("j"), time: 1), .key(.char("j"), time: 1), .key(.char("k"), time: 1)])
        #expect(s.selectedIndex == 1)
        (s, _) = run(s, [.key(.end, time: 1)])
        #expect(s.selectedIndex == 11)
        let height = ResultsLayout(s).visibleHits
        #expect(s.scroll[.late] == 12 - height)
        (s, _) = run(s, [.key(.home, time: 1)])
        #expect(s.selectedIndex == 0)
        #expect(s.scroll[.late] == 0)
        (s, _) = run(s, [.key(.pageDown, time: 1)])
        #expect(s.selectedIndex == height - 1)
        (s, _) = run(s, [.key(.up, time: 1), .key(.up, time: 1), .key(.up, time: 1), .key(.up, time: 1), .key(.up, time: 1)])
        (s, _) = run(s, [.key(.up, time: 1), .key(.up, time: 1), .key(.up, time: 1), .key(.up, time: 1), .key(.up, time: 1)])
        #expect(s.selectedIndex == 0)
        #expect(s.scroll[.late] == 0)
    }

    @Test func tabSwitchesPaneKeepingTheSelectedTurn() {
        var (s, _) = run(Fixtures.resultsState(), [.key(.down, time: 1)])  // (0,1): late #2, naive #1
        #expect(s.activePane == 0)
        (s, _) = run(s, [.key(.tab, time: 1)])
        #expect(s.activePane == 1)
        #expect(s.activeMode == .naive)
        #expect(s.selectedIndex == 0)
        #expect(s.selectedRef == Fixtures.ref(0, 1))
        (s, _) = run(s, [.key(.tab, time: 1)])
        #expect(s.activePane == 0)
        #expect(s.selectedIndex == 1)
        (s, _) = run(s, [.key(.backTab, time: 1)])
        #expect(s.activePane == 1)
    }

    @Test func hybridAndBlendToggles() {
        var (s, _) = run(Fixtures.resultsState(), [.key(.char("h"), time: 1)])
        #expect(s.rightMode == .hybrid)
        #expect(s.paneModes == [.late, .hybrid])
        (s, _) = run(s, [.key(.char("h"), time: 1), .key(.char("b"), time: 1)])
        #expect(s.paneModes == [.late, .naive, .blend])
        var limited = Fixtures.resultsState()
        limited.info.availableModes = [.late, .naive]
        (s, _) = run(limited, [.key(.char("h"), time: 1)])
        #expect(s.rightMode == .naive)
        #expect(s.message == "The hybrid ranking is not available")
        #expect(s.messageIsError)
        (s, _) = run(s, [.tick(time: 1 + TUIReducer.messageSeconds + 0.1)])
        #expect(s.message == nil)
    }

    @Test func quitKeys() {
        let list = Fixtures.resultsState(focus: .list)
        #expect(run(list, [.key(.char("q"), time: 1)]).1 == [.quit(status: 0)])
        #expect(run(list, [.key(.escape, time: 1)]).1 == [.quit(status: 0)])
        #expect(run(list, [.key(.ctrl("c"), time: 1)]).1 == [.quit(status: 0)])
        let query = Fixtures.resultsState(focus: .query)
        let (typed, effects) = run(query, [.key(.char("q"), time: 1)])
        #expect(effects.isEmpty)
        #expect(typed.query.hasSuffix("q"))
        #expect(run(query, [.key(.ctrl("c"), time: 1)]).1 == [.quit(status: 0)])
        // Esc in the query line goes to the list when there are results…
        let (toList, noEffects) = run(query, [.key(.escape, time: 1)])
        #expect(toList.focus == .list)
        #expect(noEffects.isEmpty)
        // …clears a query without results, and quits on an empty one.
        var (s, e) = run(Fixtures.state(), type("ab", at: 0) + [.key(.escape, time: 1)])
        #expect(s.query.isEmpty)
        #expect(e.isEmpty)
        (s, e) = run(s, [.key(.escape, time: 1)])
        #expect(e == [.quit(status: 0)])
    }

    @Test func slashFocusesTheQueryLine() {
        let (s, _) = run(Fixtures.resultsState(focus: .list), [.key(.char("/"), time: 1)])
        #expect(s.focus == .query)
        #expect(s.cursor == s.query.count)
    }

    @Test func enterOpensConversationAndEscReturns() {
        var (s, _) = run(Fixtures.resultsState(width: 90, height: 12, focus: .list), [.key(.char("j"), time: 1), .key(.enter, time: 1)])
        guard case .conversation(let ref, let scroll0) = s.view else { Issue.record("no conversation view"); return }
        #expect(ref == Fixtures.ref(0, 1))
        let layout = ConversationLayout(conversation: Fixtures.conversations[0], selectedTurn: 1, width: 90, ascii: false)
        #expect(scroll0 == ConversationLayout.initialScroll(anchor: layout.anchor, height: 12))
        (s, _) = run(s, [.key(.char("j"), time: 1), .key(.down, time: 1)])
        #expect(s.view == .conversation(ref: ref, scroll: scroll0 + 2))
        (s, _) = run(s, [.key(.char("G"), time: 1)])
        let maxScroll = ConversationLayout.maxScroll(lineCount: layout.lines.count, height: 12)
        #expect(s.view == .conversation(ref: ref, scroll: maxScroll))
        (s, _) = run(s, [.key(.pageDown, time: 1)])
        #expect(s.view == .conversation(ref: ref, scroll: maxScroll))
        (s, _) = run(s, [.key(.char("g"), time: 1)])
        #expect(s.view == .conversation(ref: ref, scroll: 0))
        (s, _) = run(s, [.key(.escape, time: 1)])
        #expect(s.view == .results)
        #expect(s.focus == .list)
    }

    @Test func helpOpensAndCloses() {
        var (s, _) = run(Fixtures.resultsState(focus: .list), [.key(.char("?"), time: 1)])
        #expect(s.view == .help(scroll: 0, returnTo: .results))
        (s, _) = run(s, [.key(.escape, time: 1)])
        #expect(s.view == .results)
        (s, _) = run(Fixtures.resultsState(focus: .query), [.key(.function(1), time: 1)])
        #expect(s.view == .help(scroll: 0, returnTo: .results))
        (s, _) = run(s, [.key(.char("x"), time: 1)])
        #expect(s.view == .results)
    }

    @Test func loadingCanBeCancelled() {
        var s = Fixtures.state()
        s.view = .loading(LoadingInfo(phase: "Indexing", done: 1, total: 10))
        for key in [TUIKey.escape, .ctrl("c")] {
            let (n, effects) = run(s, [.key(key, time: 1)])
            #expect(effects == [.cancelPreparation, .quit(status: 130)])
            if case .loading(let info) = n.view { #expect(info.cancelling) } else { Issue.record("left loading") }
        }
        // Other keys do nothing while loading; progress updates the view; ready shows the results view.
        #expect(run(s, [.key(.tab, time: 1)]).1.isEmpty)
        let info = LoadingInfo(phase: "Indexing", done: 5, total: 10, elapsed: 1, rate: 5)
        (s, _) = run(s, [.progress(info)])
        #expect(s.view == .loading(info))
        (s, _) = run(s, [.ready(Fixtures.info)])
        #expect(s.view == .results)
        #expect(s.info == Fixtures.info)
    }

    @Test func keysTypedWhileLoadingAreTheQuerySearchedWhenReady() {
        var s = Fixtures.state()
        s.view = .loading(LoadingInfo(phase: "Loading", done: 1, total: 10))
        // "q" is a letter of the query here, not a way out; nothing is searched before the chats are open.
        var effects: [TUIEffect]
        (s, effects) = run(s, type("quiche recipe", at: 1) + [.key(.backspace, time: 1.5), .key(.ctrl("w"), time: 1.6)]
                                + type("oven", at: 1.7) + [.tick(time: 5)])
        #expect(effects.isEmpty, "\(effects)")
        #expect(s.query == "quiche oven")
        if case .loading = s.view {} else { Issue.record("left loading: \(s.view)") }
        (s, effects) = run(s, [.ready(Fixtures.info), .tick(time: 6)])
        #expect(s.view == .results)
        #expect(effects.contains { if case .search(let q, _) = $0 { return q == "quiche oven" } else { return false } }, "\(effects)")
        // Without a query, ready searches nothing.
        var empty = Fixtures.state()
        empty.view = .loading(LoadingInfo())
        (_, effects) = run(empty, [.ready(Fixtures.info), .tick(time: 1)])
        #expect(effects.isEmpty, "\(effects)")
    }

    @Test func prepareFailureIsFatal() {
        var s = Fixtures.state()
        s.view = .loading(LoadingInfo())
        let (n, _) = run(s, [.prepareFailed("no model")])
        #expect(n.view == .error(message: "no model", fatal: true))
        #expect(run(n, [.key(.char("x"), time: 1)]).1 == [.quit(status: 1)])
    }

    @Test func searchFailureShowsAMessage() {
        var (s, _) = run(Fixtures.state(), type("x", at: 0) + [.key(.enter, time: 0.1)])
        (s, _) = run(s, [.searchFailed(generation: s.searchGeneration, message: "index locked")])
        #expect(!s.searchInFlight)
        #expect(s.message == "Search failed: index locked")
    }

    @Test func resizeClampsAndKeepsSelectionVisible() {
        var (s, _) = run(Fixtures.resultsState(width: 120, height: 40), [.key(.end, time: 1)])
        (s, _) = run(s, [.resize(width: 70, height: 14)])
        let height = ResultsLayout(s).visibleHits
        let top = s.scroll[.late] ?? 0
        #expect(s.selectedIndex >= top && s.selectedIndex < top + height)
        // Blend moves in place of the right pane when the terminal gets narrow.
        (s, _) = run(s, [.resize(width: 150, height: 30), .key(.char("b"), time: 1), .key(.tab, time: 1), .key(.tab, time: 1)])
        #expect(s.activePane == 2)
        (s, _) = run(s, [.resize(width: 80, height: 30)])
        #expect(s.paneModes == [.late, .blend])
        #expect(s.activePane == 1)
        // Too small, then big again: the state is intact.
        (s, _) = run(s, [.resize(width: 40, height: 8)])
        #expect(s.isTooSmall)
        (s, _) = run(s, [.resize(width: 120, height: 30)])
        #expect(!s.isTooSmall)
        #expect(s.results != nil)
    }

    @Test func emptyQueryAfterEditingClearsWithoutSearching() {
        var (s, _) = run(Fixtures.state(), type("a", at: 0))
        #expect(s.searchDueAt != nil)
        var effects: [TUIEffect]
        (s, effects) = run(s, [.key(.backspace, time: 0.1), .tick(time: 1)])
        #expect(s.searchDueAt == nil)
        #expect(effects.isEmpty)
    }
}

/// The background search worker keeps only the newest pending query.
@Suite struct SearchWorkerTests {
    final class SlowBackend: TUIBackend, @unchecked Sendable {
        let conversations = Fixtures.conversations
        let modelName = "slow"
        let availableModes: [RankingMode] = [.late, .naive]
        let hybridBase: HybridBase = .late
        let lock = NSLock()
        var seen: [String] = []
        func search(_ query: String, top: Int) throws -> SearchResults {
            lock.withLock { seen.append(query) }
            usleep(100_000)
            if query == "boom" { throw CancellationError() }
            return Fixtures.results(query: query, modes: availableModes)
        }
    }

    @Test func newestQueryWinsAndErrorsAreReported() throws {
        let backend = SlowBackend()
        let worker = SearchWorker(backend: backend, top: 10)
        worker.submit(query: "a", generation: 1)
        usleep(20_000)  // "a" is running
        worker.submit(query: "ab", generation: 2)
        worker.submit(query: "abc", generation: 3)
        worker.submit(query: "boom", generation: 4)
        var done: [SearchWorker.Done] = []
        for _ in 0..<100 where done.count < 2 {
            usleep(20_000)
            done += worker.takeFinished()
        }
        #expect(backend.lock.withLock { backend.seen } == ["a", "boom"])
        #expect(done.map(\.generation) == [1, 4])
        if case .success(let r) = done.first?.result { #expect(r.query == "a") } else { Issue.record("first search failed") }
        if case .failure = done.last?.result {} else { Issue.record("the failing search succeeded") }
    }
}
