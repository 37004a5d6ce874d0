import ChatSearchCore
import Foundation

/// The pure renderer: state in, `Frame` out. No terminal calls.
public enum Screen {
    public static func render(_ state: TUIState, conversations: [Conversation], width: Int, height: Int, color: Bool) -> Frame {
        var canvas = Canvas(width: width, height: height, ascii: state.ascii)
        var cursor: Frame.Cursor? = nil
        var s = state
        s.width = width
        s.height = height
        switch s.view {
        case .loading(let info):
            renderLoading(&canvas, s, info)
        case .error(let message, let fatal):
            renderError(&canvas, message: message, fatal: fatal)
        case _ where s.isTooSmall:
            renderTooSmall(&canvas, width: width, height: height)
        case .results:
            cursor = renderResults(&canvas, s, conversations)
        case .conversation(let ref, let scroll):
            renderConversation(&canvas, s, conversations, ref: ref, scroll: scroll)
        case .help(let scroll, _):
            renderHelp(&canvas, s, scroll: scroll)
        }
        return Frame(width: canvas.width, height: canvas.height, lines: canvas.lines, spans: canvas.spans, cursor: cursor, color: color)
    }

    // MARK: - Small screens, errors, loading

    static func renderTooSmall(_ c: inout Canvas, width: Int, height: Int) {
        let msg = "terminal too small (need \(TUIState.minWidth)x\(TUIState.minHeight), have \(width)x\(height))"
        centered(&c, DisplayText.wrap(msg, width: max(1, width), ascii: c.ascii, keepNewlines: false) + ["Ctrl-C quits"],
                 role: .error)
    }

    static func renderError(_ c: inout Canvas, message: String, fatal: Bool) {
        let w = max(1, min(c.width - 4, 76))
        var lines = DisplayText.wrap(message, width: w, ascii: c.ascii, keepNewlines: true)
        lines.append("")
        lines.append(fatal ? "Press any key to exit." : "Press any key to continue.")
        let top = max(0, (c.height - lines.count) / 2)
        let left = max(0, (c.width - w) / 2)
        for (i, l) in lines.enumerated() {
            c.put(l, row: top + i, x: left, role: i < lines.count - 2 ? .error : nil)
        }
    }

    static func renderLoading(_ c: inout Canvas, _ s: TUIState, _ info: LoadingInfo) {
        let g = Glyphs.forState(s.ascii)
        let w = max(10, min(c.width - 4, 64))
        var lines: [(String, Frame.Role?)] = []
        lines.append((s.title, .emphasis))
        lines.append(("", nil))
        lines.append((info.cancelling ? "Cancelling\(s.ascii ? "..." : "…")" : info.phase, nil))
        var barRow: Int? = nil
        var barFilled = 0
        if info.total > 0 {
            let fraction = min(1, max(0, Double(info.done) / Double(info.total)))
            let percent = " \(Int((fraction * 100).rounded(.down)))%"
            let barWidth = max(1, w - 2 - percent.count)
            barFilled = Int((fraction * Double(barWidth)).rounded(.down))
            barRow = lines.count
            lines.append(("[" + String(repeating: g.barFull, count: barFilled) + String(repeating: g.barEmpty, count: barWidth - barFilled) + "]" + percent, nil))
            var counts = "\(info.done.grouped) / \(info.total.grouped)"
            if let rate = info.rate, rate > 0 {
                counts += " \(g.dot) \(formatRate(rate))/s"
                let left = Double(max(0, info.total - info.done)) / rate
                counts += " \(g.dot) \(formatDuration(left)) left"
            }
            lines.append((counts, nil))
        } else {
            lines.append(("", nil))
            lines.append(("", nil))
        }
        lines.append(("elapsed \(formatDuration(info.elapsed, rounding: .down))", nil))
        lines.append(("", nil))
        let hint = "as soon as it is ready \(g.dot) Esc or Ctrl-C: cancel"
        if s.query.isEmpty {
            lines.append(("Type to search " + hint, nil))
        } else {
            let room = max(1, w - 9)
            lines.append(("Search: " + (s.query.count > room ? "…" + String(s.query.suffix(room - 1)) : s.query), .emphasis))
            lines.append(("searched " + hint, nil))
        }
        let top = max(0, (c.height - lines.count) / 2)
        let left = max(0, (c.width - w) / 2)
        for (i, (text, role)) in lines.enumerated() {
            c.put(text, row: top + i, x: left, maxWidth: w, role: role)
        }
        if let r = barRow, barFilled > 0 { c.span(row: top + r, x: left + 1, width: barFilled, role: .progressBar) }
    }

    static func formatRate(_ rate: Double) -> String {
        rate >= 100 ? Int(rate.rounded()).grouped : String(format: "%.1f", rate)
    }

    static func formatDuration(_ seconds: Double, rounding: FloatingPointRoundingRule = .up) -> String {
        guard seconds.isFinite, seconds < 1e7 else { return "?" }
        let t = Int(seconds.rounded(rounding))
        if t >= 3600 { return String(format: "%d:%02d:%02d", t / 3600, (t / 60) % 60, t % 60) }
        return String(format: "%d:%02d", t / 60, t % 60)
    }

    static func centered(_ c: inout Canvas, _ lines: [String], role: Frame.Role?) {
        let top = max(0, (c.height - lines.count) / 2)
        for (i, l) in lines.enumerated() {
            let w = DisplayText.width(l, ascii: c.ascii)
            c.put(l, row: top + i, x: max(0, (c.width - w) / 2), role: i == 0 ? role : nil)
        }
    }

    // MARK: - Results view

    /// Draws the results view; returns where the cursor goes.
    static func renderResults(_ c: inout Canvas, _ s: TUIState, _ conversations: [Conversation]) -> Frame.Cursor? {
        let layout = ResultsLayout(s)
        let g = Glyphs.forState(s.ascii)
        let ell = s.ascii ? "..." : "…"

        // Query line.
        let label = "Search: "
        c.put(label, row: layout.queryRow, x: 0, role: .queryLabel)
        var indicator = ""
        if s.searchInFlight || s.searchDueAt != nil {
            indicator = "searching" + ell
        } else if s.focus == .list {
            indicator = "/ edit query"
        }
        let indicatorWidth = DisplayText.width(indicator, ascii: s.ascii)
        if !indicator.isEmpty {
            c.put(indicator, row: layout.queryRow, x: c.width - indicatorWidth, role: .placeholder)
        }
        let fieldX = label.count
        let fieldWidth = max(1, c.width - fieldX - (indicator.isEmpty ? 0 : indicatorWidth + 1))
        var cursor: Frame.Cursor? = nil
        if s.query.isEmpty {
            if s.focus == .query {
                c.put("type to search \(s.info.turnCount.grouped) turns by meaning", row: layout.queryRow, x: fieldX + 1,
                      maxWidth: fieldWidth - 1, role: .placeholder)
            }
            if s.focus == .query { cursor = Frame.Cursor(row: layout.queryRow, column: fieldX) }
        } else {
            let chars = Array(s.query)
            let cursorPos = min(max(0, s.cursor), chars.count)
            var before = DisplayText.cells(String(chars[..<cursorPos]), ascii: s.ascii)
            let after = DisplayText.cells(String(chars[cursorPos...]), ascii: s.ascii)
            // Scroll horizontally so the cursor stays visible (one column kept for it).
            var beforeWidth = before.reduce(0) { $0 + $1.width }
            while beforeWidth > fieldWidth - 1, !before.isEmpty { beforeWidth -= before.removeFirst().width }
            let visible = (before + after).map(\.text).joined()
            c.put(visible, row: layout.queryRow, x: fieldX, maxWidth: fieldWidth, ellipsis: false)
            if s.focus == .query { cursor = Frame.Cursor(row: layout.queryRow, column: fieldX + beforeWidth) }
        }

        // Pane titles and separators.
        let modes = s.paneModes
        for (i, mode) in modes.enumerated() {
            let pane = layout.panes[i]
            let active = i == min(s.activePane, modes.count - 1)
            var title = (active ? g.activeMarker : " ") + " " + mode.title(hybridBase: s.info.hybridBase)
            if let results = s.results {
                let n = results.ranking(mode).count
                title += " \(g.dot) \(n.grouped) \(n == 1 ? "hit" : "hits")"
                if s.timeOrder { title += " \(g.dot) by time" }
            }
            title += " "
            let used = c.put(title, row: layout.titleRow, x: pane.x, maxWidth: pane.width, role: active ? .activePaneTitle : .paneTitle)
            c.fill(g.hLine, row: layout.titleRow, x: pane.x + used, count: pane.width - used)
            if i > 0 {
                for r in layout.titleRow..<(layout.listTop + layout.listHeight) {
                    c.put(g.vLine, row: r, x: pane.x - 1)
                }
            }
        }

        // Lists.
        if let results = s.results, modes.contains(where: { !results.ranking($0).isEmpty }) {
            for (i, mode) in modes.enumerated() {
                renderPane(&c, s, conversations, paneIndex: i, mode: mode, layout: layout)
            }
        } else {
            var lines: [String]
            if s.query.trimmed.isEmpty {
                lines = [
                    "Type to search \(s.info.turnCount.grouped) turns in \(s.info.conversationCount.grouped) conversations by meaning.",
                    "Results appear as you type; Enter searches at once.",
                    "Left: late chunking (each turn read in its conversation). Right: each turn embedded alone.",
                    "F1 or ? (in the list): help.",
                ]
            } else if s.searchInFlight || s.searchDueAt != nil {
                lines = ["Searching" + ell]
            } else if s.results == nil {
                lines = ["Press Enter to search."]
            } else {
                lines = ["No results for \u{201C}\(s.query)\u{201D}.", "Try other words, or fewer."]
            }
            for r in 0..<layout.listHeight {
                c.put(String(repeating: " ", count: c.width), row: layout.listTop + r, x: 0)
            }
            for (i, l) in lines.enumerated() where i < layout.listHeight {
                c.put(l, row: layout.listTop + (layout.listHeight > 4 ? 1 : 0) + i, x: 2, maxWidth: c.width - 4)
            }
        }

        if layout.contextHeight > 0 { renderContext(&c, s, conversations, layout: layout) }
        renderStatus(&c, s, row: layout.statusRow)
        return cursor
    }

    static func shiftText(_ hit: Hit, against other: RankingMode, otherHits: [Hit], ascii: Bool) -> (String, Frame.Role) {
        let g = Glyphs.forState(ascii)
        let otherRank = hit.ranks[other] ?? otherHits.first(where: { $0.ref == hit.ref })?.rank
        guard let o = otherRank else { return ("new", .rankNew) }
        let delta = o - hit.rank
        if delta == 0 { return ("=", .rankSame) }
        let n = abs(delta) > 999 ? "999" : String(abs(delta))
        return delta > 0 ? (g.up + n, .rankUp) : (g.down + n, .rankDown)
    }

    static func formatScore(_ score: Float) -> String {
        let v = Double(score)
        guard v.isFinite else { return "  -  " }
        if abs(v) < 10 { return String(format: v < 0 ? "%.2f" : "%.3f", v) }
        if abs(v) < 1000 { return String(format: "%5.1f", v) }
        return String(format: "%5.0f", v)
    }

    static func renderPane(_ c: inout Canvas, _ s: TUIState, _ conversations: [Conversation], paneIndex: Int, mode: RankingMode, layout: ResultsLayout) {
        let pane = layout.panes[paneIndex]
        let hits = s.hits(mode)
        let activeIndex = min(s.activePane, s.paneModes.count - 1)
        let isActive = paneIndex == activeIndex
        let other = s.comparisonMode(for: paneIndex)
        let otherHits = s.hits(other)
        if hits.isEmpty {
            c.put("(no results)", row: layout.listTop, x: pane.x + 2, maxWidth: pane.width - 2, role: .placeholder)
            return
        }
        let top = min(s.scroll[mode] ?? 0, max(0, hits.count - 1))
        let maxRank = hits.map(\.rank).max() ?? 1
        let rankW = max(2, String(maxRank).count)
        let visible = Array(hits[top..<min(hits.count, top + layout.visibleHits)])
        let labels = SourceLabels.labels(conversations)
        func turn(_ ref: TurnRef) -> Turn? {
            conversations.indices.contains(ref.conversation) && conversations[ref.conversation].turns.indices.contains(ref.turn)
                ? conversations[ref.conversation].turns[ref.turn] : nil
        }
        // Columns are sized by the narrowest pane and the visible rows so that all panes line up alike.
        let columns = layout.panes.map(\.width).min() ?? pane.width
        let dates = visible.map { turn($0.ref).flatMap { rowDate(for: $0, thisYear: s.thisYear) } }
        let dateW = dates.map { ($0 ?? "").count }.max() ?? 0
        var room = columns - (rankW + 1) - 5 - (dateW > 0 ? dateW + 1 : 0)
        let showScore = room >= 17
        if showScore { room -= 6 }
        let longestSpeaker = visible.map { DisplayText.width(DisplayText.oneLine(turn($0.ref)?.speaker ?? "?"), ascii: s.ascii) }.max() ?? 4
        let speakerW = max(1, min(12, max(4, longestSpeaker), max(4, (room - 1) / 2)))
        for (r, hit) in visible.enumerated() {
            let idx = top + r
            let row = layout.listTop + r * ResultsLayout.rowsPerHit
            var x = pane.x
            let end = pane.x + pane.width
            func field(_ text: String, _ w: Int, _ role: Frame.Role?, right: Bool = false) {
                guard x < end, w > 0 else { return }
                let ww = min(w, end - x)
                c.put(DisplayText.fit(text, width: ww, ascii: s.ascii, alignRight: right), row: row, x: x, maxWidth: ww, role: role)
                x += ww + 1
            }
            let t = turn(hit.ref)
            field(String(hit.rank), rankW, .rank, right: true)
            if showScore { field(formatScore(hit.score), 5, .score) }
            let (shift, shiftRole) = shiftText(hit, against: other, otherHits: otherHits, ascii: s.ascii)
            field(shift, 4, shiftRole)
            field(DisplayText.oneLine(t?.speaker ?? "?"), speakerW, .speaker)
            if dateW > 0 { field(dates[r] ?? "", dateW, .date) }
            if x < end {
                let label = labels.indices.contains(hit.ref.conversation) ? labels[hit.ref.conversation] : "?"
                c.put(label, row: row, x: x, maxWidth: end - x, role: .convTitle)
            }
            let textX = pane.x + rankW + 1
            if row + 1 < layout.listTop + layout.listHeight, textX < end {
                c.put(DisplayText.oneLine(t?.text ?? ""), row: row + 1, x: textX, maxWidth: end - textX)
            }
            if hit.ref == s.selectedRef {
                let role: Frame.Role = isActive && idx == s.selectedIndex ? .selected : .selectedOther
                for k in 0..<ResultsLayout.rowsPerHit where row + k < layout.listTop + layout.listHeight {
                    c.span(row: row + k, x: pane.x, width: pane.width, role: role)
                }
            }
        }
    }

    static func placeLine(_ conv: Conversation, turnIndex: Int, g: Glyphs) -> String {
        var place = "\(conv.title ?? conv.id) \(g.dash) turn \((turnIndex + 1).grouped) of \(conv.turns.count.grouped)"
        let turn = conv.turns[turnIndex]
        // A session named by its date (WhatsApp) is not repeated before the turn's time.
        if let session = turn.session, !(turn.time ?? "").hasPrefix(session) { place += ", session \(session)" }
        if let time = turn.time { place += ", \(time)" }
        return place
    }

    static func renderContext(_ c: inout Canvas, _ s: TUIState, _ conversations: [Conversation], layout: ResultsLayout) {
        let g = Glyphs.forState(s.ascii)
        let row0 = layout.contextTop
        guard let ref = s.selectedRef, conversations.indices.contains(ref.conversation),
              conversations[ref.conversation].turns.indices.contains(ref.turn) else {
            let used = c.put("\(g.hLine) Context ", row: row0, x: 0, role: .header)
            c.fill(g.hLine, row: row0, x: used, count: c.width - used)
            return
        }
        let conv = conversations[ref.conversation]
        let header = "\(g.hLine) " + placeLine(conv, turnIndex: ref.turn, g: g) + " "
        let used = c.put(header, row: row0, x: 0, role: .header)
        c.fill(g.hLine, row: row0, x: used, count: c.width - used)

        let lineCount = layout.contextHeight - 1
        let n = min(2, max(0, (lineCount - 1) / 2))
        let before = Array(max(0, ref.turn - n)..<ref.turn)
        let after = Array((ref.turn + 1)..<min(conv.turns.count, ref.turn + 1 + n))
        let selectedLines = max(1, lineCount - before.count - after.count)
        let numberWidth = String(conv.turns.count).count
        var row = row0 + 1
        func prefix(_ i: Int, selected: Bool) -> String {
            (selected ? g.selectedMarker : " ") + " " + ("#" + String(i + 1)).rightPadded(to: numberWidth + 1) + " " + (conv.turns[i].speaker ?? "?") + ": "
        }
        for i in before {
            c.put(prefix(i, selected: false) + DisplayText.oneLine(conv.turns[i].text), row: row, x: 0, role: .neighbour)
            row += 1
        }
        let p = prefix(ref.turn, selected: true)
        let pw = DisplayText.width(p, ascii: s.ascii)
        var wrapped = DisplayText.wrap(DisplayText.oneLine(conv.turns[ref.turn].text), width: max(1, c.width - pw), ascii: s.ascii, keepNewlines: false)
        if wrapped.isEmpty { wrapped = [""] }
        if wrapped.count > selectedLines {
            let rest = wrapped[(selectedLines - 1)...].joined(separator: " ")
            wrapped = Array(wrapped.prefix(selectedLines - 1))
                + [DisplayText.truncate(rest, width: max(1, c.width - pw), ascii: s.ascii).0]
        }
        for (j, l) in wrapped.enumerated() {
            let text = j == 0 ? p + l : String(repeating: " ", count: pw) + l
            c.put(text, row: row, x: 0, role: .contextSelected)
            row += 1
        }
        for i in after {
            c.put(prefix(i, selected: false) + DisplayText.oneLine(conv.turns[i].text), row: row, x: 0, role: .neighbour)
            row += 1
        }
    }

    static func renderStatus(_ c: inout Canvas, _ s: TUIState, row: Int) {
        let g = Glyphs.forState(s.ascii)
        c.fill(" ", row: row, x: 0, count: c.width, role: .status)
        var left = [s.info.modelName.isEmpty ? nil : s.info.modelName,
                    "\(s.info.conversationCount.grouped) conversations",
                    s.coverage.map { "indexing \(Int(($0.fraction * 100).rounded(.down)))% \(g.dot) \($0.denseSummary)" }
                        ?? "\(s.info.turnCount.grouped) turns indexed"].compactMap { $0 }
        if let ms = s.lastQueryMillis { left.append("\(Int(ms.rounded())) ms") }
        if s.ascii { left.append("ASCII (set LANG=C.UTF-8)") }
        let leftText = " " + left.joined(separator: " \(g.dot) ")
        let leftWidth = DisplayText.width(leftText, ascii: s.ascii)
        if let m = s.message {
            // A message takes the right side, or the whole line when it does not fit beside the facts.
            let role: Frame.Role = s.messageIsError ? .statusError : .statusMessage
            let mw = DisplayText.width(m, ascii: s.ascii)
            if leftWidth + 2 + mw + 1 <= c.width {
                c.put(leftText, row: row, x: 0)
                c.put(m, row: row, x: c.width - mw - 1, role: role)
            } else {
                c.put(" " + m, row: row, x: 0, role: role)
            }
            return
        }
        var hints = s.focus == .query
            ? ["Enter search", "\(g.up)\(g.down) select", "Tab pane", "Esc list", "F1 help"]
            : ["Enter open", "/ query", "Tab pane", s.paneModes.contains(.hybrid) ? "h naive" : "h hybrid", "b blend", "c context", "q quit", "? help"]
        // Drop hints (keeping the help key) until they fit beside the facts.
        func hintsWidth() -> Int { DisplayText.width(hints.joined(separator: "  "), ascii: s.ascii) }
        while hints.count > 1 && leftWidth + 2 + hintsWidth() + 1 > c.width { hints.remove(at: hints.count - 2) }
        let right = hints.joined(separator: "  ")
        let rightWidth = hintsWidth()
        let used = c.put(leftText, row: row, x: 0, maxWidth: max(1, c.width - rightWidth - 3))
        if used + 2 + rightWidth + 1 <= c.width {
            c.put(right, row: row, x: c.width - rightWidth - 1)
        }
    }

    // MARK: - Conversation and help views

    static func renderConversation(_ c: inout Canvas, _ s: TUIState, _ conversations: [Conversation], ref: TurnRef, scroll: Int) {
        let g = Glyphs.forState(s.ascii)
        guard conversations.indices.contains(ref.conversation),
              conversations[ref.conversation].turns.indices.contains(ref.turn) else {
            c.put("This conversation is not loaded.", row: 0, x: 0, role: .error)
            return
        }
        let conv = conversations[ref.conversation]
        var header = " " + placeLine(conv, turnIndex: ref.turn, g: g)
        if let source = conv.source { header += " (\(source))" }
        c.fill(" ", row: 0, x: 0, count: c.width, role: .header)
        c.put(header, row: 0, x: 0, role: .header)
        let layout = ConversationLayout(conversation: conv, selectedTurn: ref.turn, width: c.width, ascii: s.ascii)
        let height = ConversationLayout.contentHeight(c.height)
        let top = min(max(0, scroll), ConversationLayout.maxScroll(lineCount: layout.lines.count, height: c.height))
        for r in 0..<height {
            let i = top + r
            guard i < layout.lines.count else { break }
            let line = layout.lines[i]
            let role: Frame.Role?
            switch line.kind {
            case .selectedHeader: role = .selected
            case .header: role = .speaker
            case .selectedBody: role = .contextSelected
            case .session: role = .session
            case .body, .blank: role = nil
            }
            c.put(line.text, row: 1 + r, x: 0, role: role)
            if line.kind == .selectedHeader { c.span(row: 1 + r, x: 0, width: c.width, role: .selected) }
        }
        let last = min(layout.lines.count, top + height)
        let status = " lines \(top + 1)-\(last) of \(layout.lines.count)"
        let keys = "j/k scroll  PgUp/PgDn page  g/G top/end  Esc back"
        c.fill(" ", row: c.height - 1, x: 0, count: c.width, role: .status)
        let used = c.put(status, row: c.height - 1, x: 0)
        let kw = DisplayText.width(keys, ascii: s.ascii)
        if used + 2 + kw + 1 <= c.width { c.put(keys, row: c.height - 1, x: c.width - kw - 1) }
    }

    static func renderHelp(_ c: inout Canvas, _ s: TUIState, scroll: Int) {
        c.fill(" ", row: 0, x: 0, count: c.width, role: .header)
        c.put(" \(s.title) \(Glyphs.forState(s.ascii).dash) keys", row: 0, x: 0, role: .header)
        let lines = HelpText.lines(width: c.width, ascii: s.ascii, hybridBase: s.info.hybridBase)
        let height = max(1, c.height - 2)
        let top = min(max(0, scroll), max(0, lines.count - height))
        let titles = Set(HelpText.sections(hybridBase: s.info.hybridBase).map(\.title))
        for r in 0..<height {
            let i = top + r
            guard i < lines.count else { break }
            c.put(lines[i], row: 1 + r, x: 0, role: titles.contains(lines[i]) ? .emphasis : nil)
        }
        c.fill(" ", row: c.height - 1, x: 0, count: c.width, role: .status)
        let more = lines.count > height ? "j/k scroll  " : ""
        c.put(" \(more)any other key: back", row: c.height - 1, x: 0)
    }
}
