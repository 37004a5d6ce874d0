/// ChatSearch's own JSON: one conversation object, or an array of them.
///
///     {"id": "c1", "title": "Dinner", "turns": [{"id": "1", "speaker": "Sita", "time": "...", "text": "...", "session": "..."}]}
///
/// Only `turns` and each turn's `text` are required. A missing turn id is its 1-based position; a missing
/// conversation id is the file name (plus `#N` for the Nth object of an array). A turn may also be a bare string.
enum CanonicalFormat {
    static func parse(_ input: FormatInput) throws(LoadProblem) -> FormatOutput {
        var output = FormatOutput()
        switch try input.parseJSON() {
        case .object(let object):
            guard object["turns"]?.array != nil else {
                throw input.problem(object.line, "expected a conversation object with a \"turns\" array")
            }
            output.conversations.append(conversation(object, defaultID: input.baseName, input, &output.problems))
        case .array(let items, _):
            for (i, item) in items.enumerated() {
                let defaultID = "\(input.baseName)#\(i + 1)"
                guard let object = item.object, object["turns"]?.array != nil else {
                    output.problems.append(input.problem(item.line, "item \(i + 1) is not a conversation object with a \"turns\" array; skipped"))
                    continue
                }
                output.conversations.append(conversation(object, defaultID: defaultID, input, &output.problems))
            }
        case let other:
            throw input.problem(1, "expected a conversation object or an array of them, found \(other.kindName)")
        }
        return output
    }

    private static func conversation(_ object: JSONObject, defaultID: String, _ input: FormatInput,
                                     _ problems: inout [LoadProblem]) -> Conversation {
        let id = object["id"]?.scalarText ?? defaultID
        var turns: [Turn] = []
        for (i, item) in (object["turns"]?.array ?? []).enumerated() {
            let position = String(i + 1)
            if let text = item.string {
                if text.hasContent { turns.append(Turn(id: position, text: text)) }
                continue
            }
            guard let t = item.object, let text = t["text"]?.string else {
                problems.append(input.problem(item.line, "turn \(i + 1) of \"\(id)\" has no \"text\" string; skipped"))
                continue
            }
            guard text.hasContent else { continue }
            turns.append(Turn(id: t["id"]?.scalarText ?? position,
                              speaker: t["speaker"]?.scalarText,
                              time: t["time"]?.scalarText,
                              text: text,
                              session: t["session"]?.scalarText))
        }
        return Conversation(id: id, title: object["title"]?.string, turns: turns, source: input.path)
    }
}
