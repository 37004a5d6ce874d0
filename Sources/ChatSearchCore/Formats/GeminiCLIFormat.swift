/// Gemini CLI's recorded chats, `~/.gemini/tmp/<project-hash>/chats/session-*.json`: one object
/// `{sessionId, projectHash, startTime, lastUpdated, messages: [{id, timestamp, type, content, thoughts,
/// toolCalls}]}`.
///
/// A turn is a message of type `user` (speaker `user`) or `gemini` (speaker `assistant`) with text;
/// `content` is a string or Gemini parts (`{text}` objects, or a list of them). Not turns: `thoughts`,
/// `info`, `error` and `warning` messages, and `toolCalls` (turns of speaker `tool`, the call and its
/// `resultDisplay`, with `--include-tools`). Conversation id = `sessionId`, title = the first user line
/// (the file names its project only by a hash), turn id = message `id`, time = `timestamp`.
enum GeminiCLIFormat {
    /// A Gemini CLI chat object (used by detection).
    static func isChat(_ object: JSONObject) -> Bool {
        guard object["messages"]?.array != nil else { return false }
        if object["projectHash"] != nil { return true }
        let first = object["messages"]?.array?.first?.object
        return object["sessionId"] != nil && (first?["type"]?.string).map { ["user", "gemini", "info", "error"].contains($0) } ?? false
    }

    static func parse(_ input: FormatInput) throws(LoadProblem) -> FormatOutput {
        let root = try input.parseJSON()
        guard let object = root.object, let messages = object["messages"]?.array else {
            throw input.problem(root.line ?? 1, "expected a Gemini CLI chat object with a \"messages\" array")
        }
        var output = FormatOutput()
        var turns: [Turn] = []
        for (j, item) in messages.enumerated() {
            guard let message = item.object else {
                output.problems.append(input.problem(item.line ?? object.line, "message \(j + 1) is \(item.kindName), not an object; skipped"))
                continue
            }
            let id = message["id"]?.scalarText ?? String(j + 1)
            let time = message["timestamp"]?.scalarText
            let speaker: String
            switch message["type"]?.string {
            case "user": speaker = "user"
            case "gemini", "model": speaker = "assistant"
            default: continue
            }
            if let text = partsText(message["content"]), text.hasContent {
                turns.append(Turn(id: id, speaker: speaker, time: time, text: text))
            }
            guard input.includeTools else { continue }
            for (k, call) in (message["toolCalls"]?.array ?? []).compactMap(\.object).enumerated() {
                let callTime = call["timestamp"]?.scalarText ?? time
                turns.append(Turn(id: "\(id)#tool\(k + 1)", speaker: AgentSession.toolSpeaker, time: callTime,
                                  text: AgentSession.toolCallText(name: call["name"]?.string, arguments: call["args"])))
                if let result = call["resultDisplay"]?.string, result.hasContent {
                    turns.append(Turn(id: "\(id)#tool\(k + 1)-output", speaker: AgentSession.toolSpeaker, time: callTime, text: result))
                }
            }
        }
        output.conversations.append(Conversation(id: object["sessionId"]?.scalarText ?? input.baseName,
                                                 title: AgentSession.title(project: nil, turns: turns), turns: turns, source: input.path))
        return output
    }

    /// The text of Gemini content: a string, a `{text}` part, or a list of strings and parts.
    static func partsText(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?: return s
        case .object(let o)?: return o["text"]?.string
        case .array(let parts, _)?:
            let texts = parts.compactMap { $0.string ?? $0.object?["text"]?.string }
            return texts.isEmpty ? nil : texts.joined(separator: "\n")
        default: return nil
        }
    }
}
