import ChatSearchCore

/// The key table shown by `?` / F1 (and reproduced in the README's Keys section).
enum HelpText {
    struct Entry {
        var keys: String
        var action: String
    }
    struct Section {
        var title: String
        var entries: [Entry]
    }

    static func sections(hybridBase: HybridBase) -> [Section] { [
        Section(title: "Query line (focus starts here)", entries: [
            Entry(keys: "typing", action: "edits the query; searches after a 200 ms pause"),
            Entry(keys: "Enter", action: "search now"),
            Entry(keys: "Left Right Home End Ctrl-A Ctrl-E", action: "move the cursor"),
            Entry(keys: "Backspace Delete Ctrl-W Ctrl-K", action: "delete a character, the word before the cursor, to the end"),
            Entry(keys: "Up Down PgUp PgDn", action: "move the selection in the active pane"),
            Entry(keys: "Tab Shift-Tab", action: "switch the active pane"),
            Entry(keys: "Esc", action: "go to the result list; without results: clear the query, or quit when it is empty"),
            Entry(keys: "F1", action: "this help (? and q are text here)"),
        ]),
        Section(title: "Result list", entries: [
            Entry(keys: "j k Up Down", action: "move the selection"),
            Entry(keys: "PgUp PgDn Space", action: "move by a page"),
            Entry(keys: "g G Home End", action: "first / last result"),
            Entry(keys: "Tab Shift-Tab l Left Right", action: "switch the active pane"),
            Entry(keys: "Enter", action: "open the whole conversation at the selected turn"),
            Entry(keys: "y Y", action: "copy the turn's text / the turn with two turns each side (OSC 52; wl-copy or xclip where the terminal cannot)"),
            Entry(keys: "o", action: "the whole conversation in $PAGER (less) at the turn"),
            Entry(keys: "e", action: "the source file in $EDITOR at the turn's line"),
            Entry(keys: "/ i", action: "edit the query"),
            Entry(keys: "h", action: "right pane: Late chunking OFF <-> \(RankingMode.hybrid.title(hybridBase: hybridBase))"),
            Entry(keys: "b", action: "show/hide the Blend ranking: a third pane from 100 columns, else in place of the right pane"),
            Entry(keys: "c", action: "show/hide the context panel"),
            Entry(keys: "t", action: "the same hits in time order (oldest first) / by relevance"),
            Entry(keys: "? F1", action: "this help"),
            Entry(keys: "q Esc", action: "quit"),
        ]),
        Section(title: "Conversation view", entries: [
            Entry(keys: "j k Up Down Enter", action: "scroll a line"),
            Entry(keys: "PgUp PgDn Space", action: "scroll a page"),
            Entry(keys: "g G Home End", action: "top / bottom"),
            Entry(keys: "y Y o e", action: "copy, pager, editor, as in the result list"),
            Entry(keys: "Esc q Backspace Left", action: "back to the results"),
        ]),
        Section(title: "Anywhere", entries: [
            Entry(keys: "Ctrl-U", action: "clear the query (and edit it)"),
            Entry(keys: "Ctrl-L", action: "redraw the screen"),
            Entry(keys: "Ctrl-C", action: "quit; while indexing: cancel (exit status 130)"),
        ]),
        Section(title: "Rank shift column", entries: [
            Entry(keys: "\u{2191}3 / \u{2193}2", action: "ranked 3 places higher / 2 lower than in the compared pane (left pane vs. the second pane; other panes vs. the left pane); ASCII: ^3 / v2"),
            Entry(keys: "=", action: "same rank"),
            Entry(keys: "new", action: "not ranked by the compared mode"),
        ]),
    ] }

    static let keyColumn = 22

    /// The help as display lines for a screen `width` columns wide.
    static func lines(width: Int, ascii: Bool, hybridBase: HybridBase) -> [String] {
        var out: [String] = []
        let keyWidth = min(keyColumn, max(8, width / 3))
        let actionWidth = max(10, width - keyWidth - 4)
        for (i, section) in sections(hybridBase: hybridBase).enumerated() {
            if i > 0 { out.append("") }
            out.append(section.title)
            for e in section.entries {
                let keyLines = DisplayText.wrap(e.keys, width: keyWidth, ascii: ascii, keepNewlines: false)
                let actionLines = DisplayText.wrap(e.action, width: actionWidth, ascii: ascii, keepNewlines: false)
                for j in 0..<max(keyLines.count, actionLines.count) {
                    let k = j < keyLines.count ? keyLines[j] : ""
                    let a = j < actionLines.count ? actionLines[j] : ""
                    let kw = DisplayText.width(k, ascii: ascii)
                    out.append("  " + k + String(repeating: " ", count: max(0, keyWidth - kw)) + "  " + a)
                }
            }
        }
        return out
    }
}
