/// Telegram Desktop's "Export chat history" JSON (`result.json`): one chat `{name, type, id, messages}`,
/// or the whole account `{chats: {list: [chat, ...]}, left_chats: {list: [...]}}` (one conversation per chat).
///
/// Conversation id = the chat's `id`, title = `name`. Only messages of `type: "message"` are turns
/// (service messages such as joins, pins and calls are not). `text` is a string or an array of strings and
/// entity objects `{type, text}`, concatenated. A photo, sticker, file or voice message without a caption
/// has empty text and is not a turn; a caption is. Speaker = `from` (else `from_id`), time = `date` as
/// written (local time, `2024-01-15T10:30:00`), turn id = message `id`.
enum TelegramFormat {
    static func parse(_ input: FormatInput) throws(LoadProblem) -> FormatOutput {
        var output = FormatOutput()
        let root = try input.parseJSON()
        guard let object = root.object else {
            throw input.problem(1, "expected a Telegram export object, found \(root.kindName)")
        }
        var chats: [JSONValue] = []
        if object["messages"] != nil {
            chats = [root]
        } else if let list = object["chats"]?.object?["list"]?.array {
            chats = list + (object["left_chats"]?.object?["list"]?.array ?? [])
        } else {
            throw input.problem(object.line, "expected a Telegram chat (\"messages\") or account export (\"chats\": {\"list\"})")
        }
        for (i, value) in chats.enumerated() {
            guard let chat = value.object, let messages = chat["messages"]?.array else {
                output.problems.append(input.problem(value.line ?? 1, "chat \(i + 1) has no \"messages\" array; skipped"))
                continue
            }
            let id = chat["id"]?.scalarText ?? (chats.count == 1 ? input.baseName : "\(input.baseName)#\(i + 1)")
            var turns: [Turn] = []
            for (j, item) in messages.enumerated() {
                guard let message = item.object else {
                    output.problems.append(input.problem(item.line ?? chat.line, "chat \(id) message \(j + 1) is \(item.kindName), not an object; skipped"))
                    continue
                }
                guard message["type"]?.string == "message", let text = text(message["text"]), text.hasContent else { continue }
                turns.append(Turn(id: message["id"]?.scalarText ?? String(j + 1),
                                  speaker: message["from"]?.string ?? message["from_id"]?.scalarText,
                                  time: message["date"]?.scalarText, text: text))
            }
            output.conversations.append(Conversation(id: id, title: chat["name"]?.string, turns: turns, source: input.path))
        }
        return output
    }

    private static func text(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?: return s
        case .array(let parts, _)?:
            return parts.map { $0.string ?? $0.object?["text"]?.string ?? "" }.joined()
        default: return nil
        }
    }
}
