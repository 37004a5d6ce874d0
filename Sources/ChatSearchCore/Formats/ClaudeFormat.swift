/// Claude.ai's data export, `conversations.json`: an array of conversations
/// `{uuid, name, created_at, chat_messages: [{uuid, sender, text, content: [{type, text}], created_at}]}`.
///
/// One conversation per item (id = `uuid`, title = `name`). A message's text is its `content` blocks of
/// type `text`, joined by blank lines (falling back to `text` when there are no such blocks); tool use,
/// tool results, thinking and attachments are skipped. Speakers follow the one naming of assistant chats:
/// `human` is `user`, `assistant` stays `assistant`. Turn id = message `uuid`, time = `created_at` as
/// written (ISO-8601).
enum ClaudeFormat {
    static func parse(_ input: FormatInput) throws(LoadProblem) -> FormatOutput {
        var output = FormatOutput()
        // One conversation's parsed JSON at a time.
        try input.forEachJSONItem(of: "Claude conversations", key: "chat_messages") { i, item in
            guard let object = item.object, let messages = object["chat_messages"]?.array else {
                output.problems.append(input.problem(item.line, "item \(i + 1) is not a Claude conversation (no \"chat_messages\" array); skipped"))
                return
            }
            let id = object["uuid"]?.scalarText ?? "\(input.baseName)#\(i + 1)"
            var turns: [Turn] = []
            for (j, value) in messages.enumerated() {
                guard let message = value.object else {
                    output.problems.append(input.problem(value.line ?? object.line, "conversation \(id) message \(j + 1) is \(value.kindName), not an object; skipped"))
                    continue
                }
                let speaker = AssistantChat.speaker(message["sender"]?.string)
                guard let text = text(message), text.hasContent else { continue }
                turns.append(Turn(id: message["uuid"]?.scalarText ?? String(j + 1), speaker: speaker,
                                  time: message["created_at"]?.scalarText, text: text))
            }
            output.conversations.append(Conversation(id: id, title: object["name"]?.string.flatMap { $0.hasContent ? $0 : nil }, turns: turns, source: input.path))
        }
        return output
    }

    private static func text(_ message: JSONObject) -> String? {
        let blocks = (message["content"]?.array ?? []).compactMap(\.object)
            .filter { $0["type"]?.string == "text" }.compactMap { $0["text"]?.string }.filter(\.hasContent)
        if !blocks.isEmpty { return blocks.joined(separator: "\n\n") }
        return message["text"]?.string
    }
}

/// The one speaker naming of assistant chats (ChatGPT, Claude): the person is `user`, the model `assistant`.
enum AssistantChat {
    static func speaker(_ role: String?) -> String? {
        switch role {
        case "human", "user": return "user"
        case "assistant": return "assistant"
        default: return role
        }
    }
}
