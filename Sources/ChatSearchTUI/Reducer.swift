import ChatSearchCore

/// The pure state machine of the UI: `reduce(state, event) -> (state, effects)`.
/// It needs the conversations only to lay out the conversation view (scroll limits).
public struct TUIReducer: Sendable {
    public var conversations: [Conversation]
    /// Pause after the last edit before searching, in seconds.
    public var debounce: Double

    public static let defaultDebounce = 0.2
    /// Seconds a status message stays.
    public static let messageSeconds = 4.0
    /// Shortest time between two refreshes of the shown results while background indexing adds coverage.
    public static let refreshSeconds = 1.5
    /// Longest query, in UTF-8 bytes; typed or pasted input beyond it is dropped with `queryTooLong`.
    public static let maxQueryBytes = 2000
    public static let queryTooLong = "Query too long: at most \(maxQueryBytes) bytes; the rest of the input was dropped"

    public init(conversations: [Conversation], debounce: Double = TUIReducer.defaultDebounce) {
        self.conversations = conversations
        self.debounce = debounce
    }

    public func reduce(_ state: TUIState, _ event: TUIEvent) -> (TUIState, [TUIEffect]) {
        var s = state
        var effects: [TUIEffect] = []
        switch event {
        case .resize(let w, let h):
            s.width = max(1, w)
            s.height = max(1, h)
            // Scrolled afresh for the new size: the selected hit in view, as many above it as fit.
            s.scroll = [:]
            syncPanes(&s)
            clampViewScroll(&s)
        case .tick(let time):
            s.now = time
            if let until = s.messageUntil, time >= until {
                s.message = nil
                s.messageUntil = nil
                s.messageIsError = false
            }
            if let due = s.searchDueAt, time >= due {
                s.searchDueAt = nil
                let alreadyShown = s.results?.query == s.query && !s.searchInFlight
                let alreadyRunning = s.searchInFlight && s.searchingQuery == s.query
                if !alreadyShown && !alreadyRunning { startSearch(&s, &effects) }
            }
            if s.coverageGrew, s.searchDueAt == nil, !s.searchInFlight, let shown = s.results, shown.query == s.query,
               !s.query.isEmpty, time - s.lastSearchAt >= TUIReducer.refreshSeconds {
                s.coverageGrew = false
                startSearch(&s, &effects)
            }
        case .progress(var info):
            if case .loading(let old) = s.view {
                info.cancelling = old.cancelling
                s.view = .loading(info)
            }
        case .ready(let info):
            s.info = info
            if !info.availableModes.contains(s.rightMode), info.availableModes.contains(.naive) { s.rightMode = .naive }
            if case .loading = s.view {
                s.view = .results
                if !s.query.trimmed.isEmpty { s.searchDueAt = s.now }
            }
        case .prepareFailed(let message):
            s.view = .error(message: message, fatal: true)
        case .searchFinished(let generation, let results, let millis):
            guard generation == s.searchGeneration else { break }
            s.searchInFlight = false
            s.searchingQuery = nil
            let refresh = s.results?.query == results.query
            s.results = results
            s.hitTimes = hitTimes(results)
            s.lastQueryMillis = millis
            if refresh && s.selectionMoved {
                // The same query with more coverage: the selected turn stays selected, the panes where they were.
                syncSelection(&s)
            } else {
                s.selectionMoved = false
                s.selectedIndex = 0
                s.selectedRef = s.hits(s.activeMode).first?.ref
                s.scroll = [:]
            }
            adjustScroll(&s)
        case .coverage(let c):
            // Opening on an index still being embedded: the right pane starts on hybrid, whose lexical
            // evidence finds turns before their vectors exist.
            if s.coverage == nil, !c.isComplete, s.results == nil, s.info.availableModes.contains(.hybrid) { s.rightMode = .hybrid }
            if c.conversations > (s.coverage?.conversations ?? Int.max) || (c.isComplete && s.coverage != nil) { s.coverageGrew = true }
            s.coverage = c.isComplete ? nil : c
        case .corpusGrew(let conversations, let turns, let message):
            s.info.conversationCount = conversations
            s.info.turnCount = turns
            setMessage(&s, message, error: false)
            // The shown hits are searched again when the UI is idle, the selection kept.
            if !s.query.trimmed.isEmpty { s.coverageGrew = true }
        case .searchFailed(let generation, let message):
            guard generation == s.searchGeneration else { break }
            s.searchInFlight = false
            s.searchingQuery = nil
            setMessage(&s, "Search failed: \(message)", error: true)
        case .notice(let text, let isError):
            setMessage(&s, text, error: isError)
        case .key(let key, let time):
            s.now = max(s.now, time)
            handleKey(&s, key, time, &effects)
        }
        return (s, effects)
    }

    // MARK: - Keys

    private func handleKey(_ s: inout TUIState, _ key: TUIKey, _ time: Double, _ effects: inout [TUIEffect]) {
        if key == .ctrl("l") { effects.append(.redraw); return }
        switch s.view {
        case .loading(var info):
            if key == .ctrl("c") || key == .escape {
                info.cancelling = true
                s.view = .loading(info)
                effects.append(.cancelPreparation)
                effects.append(.quit(status: TUIExitStatus.cancelled))
            } else if TUIReducer.typeAheadKeys(key) {
                // Typed ahead, as in fzf: the query is kept and searched once the chats are open.
                handleQueryKey(&s, key, time, &effects)
            }
        case .error(_, let fatal):
            if fatal || key == .ctrl("c") {
                effects.append(.quit(status: fatal ? TUIExitStatus.failed : TUIExitStatus.ok))
            } else {
                s.view = .results
            }
        case .help(let scroll, let returnTo):
            if key == .ctrl("c") { effects.append(.quit(status: TUIExitStatus.ok)); return }
            let page = max(1, s.height - 3)
            let maxScroll = max(0, HelpText.lines(width: s.width, ascii: s.ascii, hybridBase: s.info.hybridBase).count - max(1, s.height - 2))
            var newScroll: Int? = nil
            switch key {
            case .down, .char("j"): newScroll = scroll + 1
            case .up, .char("k"): newScroll = scroll - 1
            case .pageDown, .char(" "): newScroll = scroll + page
            case .pageUp: newScroll = scroll - page
            case .home, .char("g"): newScroll = 0
            case .end, .char("G"): newScroll = maxScroll
            default: s.view = returnTo
            }
            if let n = newScroll { s.view = .help(scroll: min(max(0, n), maxScroll), returnTo: returnTo) }
        case .conversation(let ref, let scroll):
            handleConversationKey(&s, key, ref: ref, scroll: scroll, &effects)
        case .results:
            if key == .ctrl("c") { effects.append(.quit(status: TUIExitStatus.ok)); return }
            if key == .function(1) { s.view = .help(scroll: 0, returnTo: .results); return }
            if key == .ctrl("u") {
                s.query = ""
                s.cursor = 0
                s.focus = .query
                querySearchAfterEdit(&s, time)
                return
            }
            switch s.focus {
            case .query: handleQueryKey(&s, key, time, &effects)
            case .list: handleListKey(&s, key, time, &effects)
            }
        }
    }

    /// Keys that edit the query while the chats are still being opened (no search, list or pane yet).
    static func typeAheadKeys(_ key: TUIKey) -> Bool {
        switch key {
        case .char, .backspace, .delete, .left, .right, .home, .end,
             .ctrl("a"), .ctrl("b"), .ctrl("d"), .ctrl("e"), .ctrl("f"), .ctrl("k"), .ctrl("w"):
            return true
        default:
            return false
        }
    }

    private func handleQueryKey(_ s: inout TUIState, _ key: TUIKey, _ time: Double, _ effects: inout [TUIEffect]) {
        // Checked before any work that grows with the query, so a long paste costs O(1) per extra key.
        if case .char(let c) = key, s.query.utf8.count + c.utf8.count > TUIReducer.maxQueryBytes {
            setMessage(&s, TUIReducer.queryTooLong, error: true)
            return
        }
        var chars = Array(s.query)
        s.cursor = min(max(0, s.cursor), chars.count)
        switch key {
        case .char(let c):
            if s.ascii && !c.isASCII { setMessage(&s, "Only ASCII can be typed in this locale", error: true); return }
            chars.insert(c, at: s.cursor)
            s.query = String(chars)
            s.cursor += 1
            querySearchAfterEdit(&s, time)
        case .backspace:
            guard s.cursor > 0 else { return }
            chars.remove(at: s.cursor - 1)
            s.cursor -= 1
            s.query = String(chars)
            querySearchAfterEdit(&s, time)
        case .delete, .ctrl("d"):
            guard s.cursor < chars.count else { return }
            chars.remove(at: s.cursor)
            s.query = String(chars)
            querySearchAfterEdit(&s, time)
        case .ctrl("w"):
            guard s.cursor > 0 else { return }
            var start = s.cursor
            while start > 0 && chars[start - 1] == " " { start -= 1 }
            while start > 0 && chars[start - 1] != " " { start -= 1 }
            chars.removeSubrange(start..<s.cursor)
            s.cursor = start
            s.query = String(chars)
            querySearchAfterEdit(&s, time)
        case .ctrl("k"):
            guard s.cursor < chars.count else { return }
            chars.removeSubrange(s.cursor...)
            s.query = String(chars)
            querySearchAfterEdit(&s, time)
        case .left, .ctrl("b"): s.cursor = max(0, s.cursor - 1)
        case .right, .ctrl("f"): s.cursor = min(chars.count, s.cursor + 1)
        case .home, .ctrl("a"): s.cursor = 0
        case .end, .ctrl("e"): s.cursor = chars.count
        case .enter:
            if s.query.trimmed.isEmpty { clearResults(&s) } else { startSearch(&s, &effects) }
        case .escape:
            if s.results != nil && !s.hits(s.activeMode).isEmpty {
                s.focus = .list
            } else if !s.query.isEmpty {
                s.query = ""
                s.cursor = 0
                querySearchAfterEdit(&s, time)
            } else {
                effects.append(.quit(status: TUIExitStatus.ok))
            }
        case .up: moveSelection(&s, by: -1)
        case .down: moveSelection(&s, by: 1)
        case .pageUp: moveSelection(&s, by: -pageSize(s))
        case .pageDown: moveSelection(&s, by: pageSize(s))
        case .tab: switchPane(&s, by: 1)
        case .backTab: switchPane(&s, by: -1)
        default: break
        }
    }

    private func handleListKey(_ s: inout TUIState, _ key: TUIKey, _ time: Double, _ effects: inout [TUIEffect]) {
        switch key {
        case .down, .char("j"): moveSelection(&s, by: 1)
        case .up, .char("k"): moveSelection(&s, by: -1)
        case .pageDown, .char(" "): moveSelection(&s, by: pageSize(s))
        case .pageUp: moveSelection(&s, by: -pageSize(s))
        case .home, .char("g"): moveSelection(&s, by: -s.selectedIndex)
        case .end, .char("G"): moveSelection(&s, by: s.hits(s.activeMode).count)
        case .tab, .right, .char("l"): switchPane(&s, by: 1)
        case .backTab, .left: switchPane(&s, by: -1)
        case .enter:
            if let ref = s.selectedRef, let layout = conversationLayout(s, ref) {
                let scroll = min(ConversationLayout.initialScroll(anchor: layout.anchor, height: s.height),
                                 ConversationLayout.maxScroll(lineCount: layout.lines.count, height: s.height))
                s.view = .conversation(ref: ref, scroll: scroll)
            }
        case .char("/"), .char("i"):
            s.focus = .query
            s.cursor = s.query.count
        case .char("?"):
            s.view = .help(scroll: 0, returnTo: .results)
        case .char("h"):
            guard s.info.availableModes.contains(.hybrid) else {
                setMessage(&s, "The hybrid ranking is not available", error: true)
                return
            }
            if s.showBlend && !s.paneModes.contains(s.rightMode) {
                // Blend stands where the right pane is: h brings the hybrid ranking back there.
                s.showBlend = false
                s.rightMode = .hybrid
            } else {
                s.rightMode = s.rightMode == .hybrid ? .naive : .hybrid
            }
            syncPanes(&s)
        case .char("b"):
            guard s.info.availableModes.contains(.blend) else {
                setMessage(&s, "The blend ranking is not available", error: true)
                return
            }
            s.showBlend.toggle()
            syncPanes(&s)
        case .char("c"):
            s.showContext.toggle()
            adjustScroll(&s)
        case .char("t"):
            s.timeOrder.toggle()
            syncSelection(&s)
            adjustScroll(&s)
            setMessage(&s, s.timeOrder ? "Time order: oldest first (t: by relevance)" : "Relevance order (t: by time)", error: false)
        case .char("q"), .escape:
            effects.append(.quit(status: TUIExitStatus.ok))
        case .char("y"), .char("Y"), .char("o"), .char("e"):
            guard let ref = s.selectedRef else { return }
            actOnTurn(&s, key, ref, &effects)
        default: break
        }
    }

    /// `y` / `Y` copy the turn (with context), `o` opens its conversation in the pager, `e` its source file.
    private func actOnTurn(_ s: inout TUIState, _ key: TUIKey, _ ref: TurnRef, _ effects: inout [TUIEffect]) {
        guard conversations.indices.contains(ref.conversation) else { return }
        switch key {
        case .char("y"), .char("Y"):
            let withContext = key == .char("Y")
            effects.append(.copy(text: TurnCopy.text(conversations[ref.conversation], turn: ref.turn, withContext: withContext),
                                 withContext: withContext))
        case .char("o"): effects.append(.openPager(ref))
        case .char("e"): effects.append(.openEditor(ref))
        default: break
        }
    }

    private func handleConversationKey(_ s: inout TUIState, _ key: TUIKey, ref: TurnRef, scroll: Int, _ effects: inout [TUIEffect]) {
        let lineCount = conversationLayout(s, ref)?.lines.count ?? 0
        let maxScroll = ConversationLayout.maxScroll(lineCount: lineCount, height: s.height)
        let page = max(1, ConversationLayout.contentHeight(s.height) - 1)
        var n = scroll
        switch key {
        case .ctrl("c"): effects.append(.quit(status: TUIExitStatus.ok)); return
        case .escape, .char("q"), .backspace, .left:
            s.view = .results
            return
        case .char("?"), .function(1):
            s.view = .help(scroll: 0, returnTo: s.view)
            return
        case .down, .char("j"), .enter: n += 1
        case .up, .char("k"): n -= 1
        case .pageDown, .char(" "), .ctrl("f"): n += page
        case .pageUp, .ctrl("b"): n -= page
        case .home, .char("g"): n = 0
        case .end, .char("G"): n = maxScroll
        case .char("y"), .char("Y"), .char("o"), .char("e"):
            actOnTurn(&s, key, ref, &effects)
            return
        default: return
        }
        s.view = .conversation(ref: ref, scroll: min(max(0, n), maxScroll))
    }

    // MARK: - Searching

    /// After an edit of the query: search it after the debounce, or clear the results when it is empty.
    /// While the chats are still being opened nothing is searched (`.ready` searches what was typed).
    private func querySearchAfterEdit(_ s: inout TUIState, _ time: Double) {
        if case .loading = s.view { return }
        if s.query.trimmed.isEmpty {
            clearResults(&s)
        } else {
            s.searchDueAt = time + debounce
        }
    }

    private func clearResults(_ s: inout TUIState) {
        s.searchDueAt = nil
        if s.searchInFlight || s.results != nil { s.searchGeneration += 1 }
        s.searchInFlight = false
        s.searchingQuery = nil
        s.results = nil
        s.selectedRef = nil
        s.selectedIndex = 0
        s.scroll = [:]
        s.focus = .query
    }

    private func startSearch(_ s: inout TUIState, _ effects: inout [TUIEffect]) {
        s.searchDueAt = nil
        s.searchGeneration += 1
        s.searchInFlight = true
        s.searchingQuery = s.query
        s.lastSearchAt = s.now
        effects.append(.search(query: s.query, generation: s.searchGeneration))
    }

    private func setMessage(_ s: inout TUIState, _ text: String, error: Bool) {
        s.message = text
        s.messageIsError = error
        s.messageUntil = s.now + TUIReducer.messageSeconds
    }

    // MARK: - Selection and scrolling

    private func pageSize(_ s: TUIState) -> Int { max(1, ResultsLayout(s).visibleHits - 1) }

    private func moveSelection(_ s: inout TUIState, by delta: Int) {
        let list = s.hits(s.activeMode)
        guard !list.isEmpty else { return }
        let current = s.selectedRef.flatMap { ref in list.firstIndex { $0.ref == ref } } ?? min(s.selectedIndex, list.count - 1)
        let i = min(max(0, current + delta), list.count - 1)
        if i != current { s.selectionMoved = true }
        s.selectedIndex = i
        s.selectedRef = list[i].ref
        adjustScroll(&s)
    }

    private func switchPane(_ s: inout TUIState, by delta: Int) {
        let n = s.paneModes.count
        s.activePane = ((s.activePane + delta) % n + n) % n
        syncSelection(&s)
        adjustScroll(&s)
    }

    /// After the panes changed: keep the active pane in range and the selection on the same turn.
    private func syncPanes(_ s: inout TUIState) {
        s.activePane = min(max(0, s.activePane), s.paneModes.count - 1)
        syncSelection(&s)
        adjustScroll(&s)
    }

    /// Point `selectedIndex` at the selected turn in the active pane; when that pane does not rank it,
    /// select the row at the same position instead.
    private func syncSelection(_ s: inout TUIState) {
        let list = s.hits(s.activeMode)
        if let ref = s.selectedRef, let j = list.firstIndex(where: { $0.ref == ref }) {
            s.selectedIndex = j
        } else if !list.isEmpty {
            s.selectedIndex = min(s.selectedIndex, list.count - 1)
            s.selectedRef = list[s.selectedIndex].ref
        } else {
            s.selectedIndex = 0
        }
    }

    /// Scroll every pane so the selected turn is visible where it is ranked.
    private func adjustScroll(_ s: inout TUIState) {
        let height = ResultsLayout(s).visibleHits
        for mode in s.paneModes {
            let list = s.hits(mode)
            var top = s.scroll[mode] ?? 0
            let row: Int?
            if mode == s.activeMode {
                row = list.isEmpty ? nil : min(s.selectedIndex, list.count - 1)
            } else {
                row = s.selectedRef.flatMap { ref in list.firstIndex { $0.ref == ref } }
            }
            if let r = row {
                if r < top { top = r }
                if r >= top + height { top = r - height + 1 }
            }
            top = min(top, max(0, list.count - height))
            s.scroll[mode] = max(0, top)
        }
    }

    private func hitTimes(_ results: SearchResults) -> [TurnRef: String] {
        var times: [TurnRef: String] = [:]
        for mode in RankingMode.allCases {
            for hit in results.ranking(mode) where times[hit.ref] == nil {
                guard conversations.indices.contains(hit.ref.conversation),
                      conversations[hit.ref.conversation].turns.indices.contains(hit.ref.turn),
                      let t = conversations[hit.ref.conversation].turns[hit.ref.turn].timestamp else { continue }
                times[hit.ref] = t
            }
        }
        return times
    }

    private func clampViewScroll(_ s: inout TUIState) {
        switch s.view {
        case .conversation(let ref, let scroll):
            let count = conversationLayout(s, ref)?.lines.count ?? 0
            s.view = .conversation(ref: ref, scroll: min(scroll, ConversationLayout.maxScroll(lineCount: count, height: s.height)))
        case .help(let scroll, let returnTo):
            let maxScroll = max(0, HelpText.lines(width: s.width, ascii: s.ascii, hybridBase: s.info.hybridBase).count - max(1, s.height - 2))
            s.view = .help(scroll: min(scroll, maxScroll), returnTo: returnTo)
        default: break
        }
    }

    private func conversationLayout(_ s: TUIState, _ ref: TurnRef) -> ConversationLayout? {
        guard conversations.indices.contains(ref.conversation) else { return nil }
        return ConversationLayout(conversation: conversations[ref.conversation], selectedTurn: ref.turn,
                                  width: s.width, ascii: s.ascii)
    }
}
