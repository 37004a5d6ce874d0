/// `["first turn", "second turn", ...]`: one conversation named after the file, turn ids "1", "2", ...
/// by position in the array.
enum StringsFormat {
    static func parse(_ input: FormatInput) throws(LoadProblem) -> FormatOutput {
        let json = try input.parseJSON()
        guard case .array(let items, _) = json else {
            throw input.problem(json.line ?? 1, "expected a JSON array of strings, found \(json.kindName)")
        }
        var output = FormatOutput()
        var turns: [Turn] = []
        for (i, item) in items.enumerated() {
            guard let text = item.string else {
                output.problems.append(input.problem(item.line, "item \(i + 1) is \(item.kindName), expected a string; skipped"))
                continue
            }
            if text.hasContent { turns.append(Turn(id: String(i + 1), text: text)) }
        }
        output.conversations.append(Conversation(id: input.baseName, turns: turns, source: input.path))
        return output
    }
}
