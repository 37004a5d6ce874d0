import ChatSearchCore

/// A whole conversation as plain text for `$PAGER` (`o`): a title line, then each turn under a header
/// line (`#3 Lena · 14/03/2023, 19:02`) with its text indented, and the line where the selected turn's
/// header is. Control characters are escaped, so the pager shows no chat text as terminal sequences.
struct PagerDocument: Equatable {
    var text: String
    /// 1-based line of the selected turn's header.
    var line: Int

    init(conversation: Conversation, selectedTurn: Int) {
        var lines: [String] = []
        lines.append(TerminalText.safe(conversation.title ?? conversation.id))
        if let source = conversation.source { lines.append(TerminalText.safe(source)) }
        var anchor = 1
        var lastSession: String? = nil
        for (i, turn) in conversation.turns.enumerated() {
            lines.append("")
            if let session = turn.session, session != lastSession {
                lines.append("-- session \(TerminalText.safe(session)) --")
                lines.append("")
                lastSession = session
            }
            if i == selectedTurn { anchor = lines.count + 1 }
            var header = "#\(i + 1) \(TerminalText.safe(turn.speaker ?? "?"))"
            if let time = turn.time { header += " · \(TerminalText.safe(time))" }
            lines.append(header)
            for l in turn.text.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append("    " + TerminalText.safe(String(l).replacingOccurrences(of: "\t", with: "    ")))
            }
        }
        text = lines.joined(separator: "\n") + "\n"
        line = anchor
    }

    /// The argument that opens a pager at `line`: `+Ng` for less (go to line N), `+N` for the others
    /// (more, most, vi-like viewers).
    static func positionArgument(pager: String, line: Int) -> String {
        let program = pager.split(separator: " ").first.map { String($0.split(separator: "/").last ?? $0) } ?? ""
        return program == "less" ? "+\(line)g" : "+\(line)"
    }
}
