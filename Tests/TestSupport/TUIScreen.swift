import Foundation

/// Reads the results view of the TUI from captured screen text (see docs/tui.md, "Screen").
public enum TUIScreen {
    /// One hit of a ranked pane: ` 1 0.812 ↑2   alice 1 May Trip to Kyoto` and, below, `   Yes! Kinkaku-ji…`.
    public struct Row: Equatable, CustomStringConvertible {
        public var rank: Int
        /// The score as shown (3 decimals); nil when the pane is too narrow for it.
        public var score: String?
        public var shift: String
        /// Speaker, date, source label and turn text, as shown (cut with `…`).
        public var rest: String
        public var description: String { "\(rank) \(score ?? "-") \(shift) \(rest)" }
    }

    public static let separator: Character = "│"

    /// The rows of the left and right panes, in screen order. A hit takes two lines: its facts (rank,
    /// score, shift, speaker, date, source), then its text, which is appended to `rest`. Lines without
    /// exactly one separator, or whose cells are not ranked rows, are skipped (query line, titles, context, status).
    public static func paneRows(_ screen: [String]) -> (left: [Row], right: [Row]) {
        var panes: [[Row]] = [[], []]
        var afterFacts = [false, false]
        for line in screen {
            let cells = line.split(separator: separator, omittingEmptySubsequences: false)
            guard cells.count == 2 else { continue }
            for k in 0..<2 {
                let cell = String(cells[k])
                if let r = row(cell) {
                    panes[k].append(r)
                    afterFacts[k] = true
                } else {
                    let text = cell.trimmingCharacters(in: .whitespaces)
                    if afterFacts[k], !text.isEmpty { panes[k][panes[k].count - 1].rest += " " + text }
                    afterFacts[k] = false
                }
            }
        }
        return (panes[0], panes[1])
    }

    /// Parses a pane cell: rank, score (3 decimals), rank shift, then the rest.
    public static func row(_ cell: String) -> Row? {
        var s = Substring(cell)
        func token() -> Substring? {
            s = s.drop(while: { $0 == " " })
            guard let end = s.firstIndex(of: " ") else { return nil }
            let t = s[..<end]
            s = s[end...]
            return t
        }
        guard let rankText = token(), let rank = Int(rankText), let second = token() else { return nil }
        // Narrow panes (under 40 columns) have no score column; shifts never contain a dot.
        var score: Substring? = nil
        var shift = second
        if second.contains(".") {
            guard Double(second) != nil, let t = token() else { return nil }
            score = second
            shift = t
        }
        guard shift == "=" || shift == "new" || shift.first == "↑" || shift.first == "↓" else { return nil }
        let rest = s.drop(while: { $0 == " " })
        return Row(rank: rank, score: score.map(String.init), shift: String(shift), rest: String(rest))
    }

    /// The context panel's header line (`─ title — turn N of M, … ───`), without the rule.
    public static func contextHeader(_ screen: [String]) -> String? {
        for line in screen where line.hasPrefix("─ ") && line.contains(" — turn ") {
            return line.dropFirst(2).trimmingCharacters(in: CharacterSet(charactersIn: "─ "))
        }
        return nil
    }

    /// The context panel's selected-turn line (`▶ #12 alice: text`).
    public static func selectedContextLine(_ screen: [String]) -> String? {
        screen.first { $0.hasPrefix("▶ #") }
    }

    /// Whitespace runs collapsed to one space and trimmed, as the TUI shows turn text on one line.
    public static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether the rest of a row begins with `speaker` (whole, or cut with `…`).
    public static func speakerMatches(_ rest: String, _ speaker: String) -> Bool {
        let sp = oneLine(speaker)
        if rest.hasPrefix(sp + " ") || rest == sp { return true }
        if let i = rest.firstIndex(of: "…"), rest.distance(from: rest.startIndex, to: i) <= 12 {
            let head = rest[..<i]
            return !head.isEmpty && sp.hasPrefix(head)
        }
        return false
    }

    /// Whether the row ends with the start of `text` (whole, or cut with `…`): the longest prefix of the
    /// text that the row ends with must have at least `minimum` characters (or be the whole text).
    public static func textMatches(_ rest: String, _ text: String, minimum: Int = 10) -> Bool {
        // The screen leaves out emoji presentation selectors (U+FE0F).
        let expected = Array(oneLine(text).unicodeScalars.filter { $0 != "\u{FE0F}" }.map(Character.init))
        var visible = rest
        while visible.last == " " { visible.removeLast() }
        if visible.hasSuffix("…") { visible.removeLast() }
        let need = min(minimum, expected.count)
        guard need > 0 else { return true }
        var k = min(expected.count, visible.count)
        while k >= need {
            if visible.hasSuffix(String(expected[..<k])) { return true }
            k -= 1
        }
        return false
    }
}
