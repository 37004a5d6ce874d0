/// DiscordChatExporter's JSON: `{guild: {name}, channel: {id, name, category}, messages: [{id, type,
/// timestamp, content, author: {name, nickname}}]}`, one channel per file.
///
/// One conversation per channel (id = channel `id`, title = "guild / #channel"). Turns are messages of
/// type `Default` or `Reply` with content; calls, pins, joins, channel renames and messages with only
/// attachments or embeds are not. Speaker = the author's `nickname`, else `name`; time = `timestamp` as
/// written; turn id = message `id`.
enum DiscordFormat {
    static func parse(_ input: FormatInput) throws(LoadProblem) -> FormatOutput {
        let root = try input.parseJSON()
        guard let object = root.object, let messages = object["messages"]?.array else {
            throw input.problem(root.line ?? 1, "expected a DiscordChatExporter object with a \"messages\" array")
        }
        var output = FormatOutput()
        let channel = object["channel"]?.object
        let guild = object["guild"]?.object?["name"]?.string
        let channelName = channel?["name"]?.string
        let title = [guild, channelName.map { "#" + $0 }].compactMap { $0 }.joined(separator: " / ")
        var turns: [Turn] = []
        for (j, item) in messages.enumerated() {
            guard let message = item.object else {
                output.problems.append(input.problem(item.line ?? object.line, "message \(j + 1) is \(item.kindName), not an object; skipped"))
                continue
            }
            let type = message["type"]?.string ?? "Default"
            guard type == "Default" || type == "Reply", let text = message["content"]?.string, text.hasContent else { continue }
            let author = message["author"]?.object
            let nickname = author?["nickname"]?.string.flatMap { $0.hasContent ? $0 : nil }
            turns.append(Turn(id: message["id"]?.scalarText ?? String(j + 1), speaker: nickname ?? author?["name"]?.string,
                              time: message["timestamp"]?.scalarText, text: text))
        }
        output.conversations.append(Conversation(
            id: channel?["id"]?.scalarText ?? input.baseName, title: title.isEmpty ? nil : title, turns: turns, source: input.path))
        return output
    }
}
