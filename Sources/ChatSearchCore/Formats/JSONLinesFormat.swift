/// JSON Lines, one turn per line:
///
///     {"conversation": "c1", "title": "Dinner", "id": "1", "speaker": "Sita", "time": "...", "text": "...", "session": "..."}
///
/// Only `text` is required. `turn` is accepted for `id`; a missing id is the turn's 1-based position in its
/// conversation; a missing `conversation` is the file name. Turns are grouped by conversation in order of
/// first appearance; the first `title` seen names the conversation. Blank lines are ignored. A line that is
/// not valid JSON, not an object, or has no `text` is reported with its line number and skipped; the rest
/// of the file still loads.
enum JSONLinesFormat {
    static func parse(_ input: FormatInput) -> FormatOutput {
        var output = FormatOutput()
        var order: [String] = []
        var conversations: [String: Conversation] = [:]
        var counts: [String: Int] = [:]

        for (i, line) in input.lines.enumerated() {
            let number = i + 1
            guard line.trimmed.count > 0 else { continue }
            let value: JSONValue
            do {
                value = try JSONParser.parse(String(line))
            } catch {
                output.problems.append(input.problem(number, error.reason + "; line skipped"))
                continue
            }
            guard let object = value.object else {
                output.problems.append(input.problem(number, "expected a JSON object, found \(value.kindName); line skipped"))
                continue
            }
            guard let text = object["text"]?.string else {
                output.problems.append(input.problem(number, "no \"text\" string; line skipped"))
                continue
            }
            let conversationID = object["conversation"]?.scalarText ?? input.baseName
            if conversations[conversationID] == nil {
                order.append(conversationID)
                conversations[conversationID] = Conversation(id: conversationID, turns: [], source: input.path)
            }
            if conversations[conversationID]?.title == nil, let title = object["title"]?.string {
                conversations[conversationID]?.title = title
            }
            let position = (counts[conversationID] ?? 0) + 1
            counts[conversationID] = position
            guard text.hasContent else { continue }
            let id = object["id"]?.scalarText ?? object["turn"]?.scalarText ?? String(position)
            conversations[conversationID]?.turns.append(
                Turn(id: id, speaker: object["speaker"]?.scalarText, time: object["time"]?.scalarText,
                     text: text, session: object["session"]?.scalarText))
        }
        output.conversations = order.compactMap { conversations[$0] }
        return output
    }
}
