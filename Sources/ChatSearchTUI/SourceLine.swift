import ChatSearchCore
import Foundation

/// The line of a turn in its source file, for `e` (`$EDITOR +N file`). Formats keep no line numbers, so
/// the turns are found in order: each turn's first non-blank line of text is looked for from the line
/// after the previous turn's. Nil when the file cannot be read as text or the turn's text is not found
/// there as written (escaped in JSON, for example).
enum SourceLine {
    /// The longest part of a turn's first line that is looked for.
    static let probeLength = 60

    static func line(of turnIndex: Int, in conversation: Conversation, fileText: String) -> Int? {
        guard conversation.turns.indices.contains(turnIndex) else { return nil }
        let lines = fileText.split(separator: "\n", omittingEmptySubsequences: false)
        var from = 0
        var found: Int? = nil
        for i in 0...turnIndex {
            guard let probe = probe(conversation.turns[i].text) else {
                found = nil
                continue
            }
            found = nil
            var j = from
            while j < lines.count {
                if lines[j].contains(probe) {
                    found = j
                    from = j + 1
                    break
                }
                j += 1
            }
        }
        return found.map { $0 + 1 }
    }

    private static func probe(_ text: String) -> String? {
        guard let first = text.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }).first(where: { !$0.isEmpty })
        else { return nil }
        return String(first.prefix(probeLength))
    }
}
