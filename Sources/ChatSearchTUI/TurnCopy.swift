import ChatSearchCore

/// What `y` and `Y` put on the clipboard: the selected turn's text exactly as the source holds it, or
/// the turn with up to `contextTurns` turns on each side, each under its speaker and time.
enum TurnCopy {
    static let contextTurns = 2

    static func text(_ conversation: Conversation, turn index: Int, withContext: Bool) -> String {
        guard conversation.turns.indices.contains(index) else { return "" }
        guard withContext else { return conversation.turns[index].text }
        let lo = max(0, index - contextTurns), hi = min(conversation.turns.count - 1, index + contextTurns)
        return (lo...hi).map { i in
            let t = conversation.turns[i]
            var head = t.speaker ?? "?"
            if let time = t.time { head += " (\(time))" }
            return head + ":\n" + t.text
        }.joined(separator: "\n\n")
    }

    /// The status-line confirmation, e.g. "Copied the turn (42 characters)".
    static func confirmation(_ text: String, withContext: Bool, via method: String) -> String {
        let what = withContext ? "the turn with context" : "the turn"
        return "Copied \(what) (\(text.count) characters) \(method)"
    }
}
