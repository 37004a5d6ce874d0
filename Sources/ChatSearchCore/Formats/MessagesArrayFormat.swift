/// A bare chat-completions messages array, as many tools save a chat: `[{"role", "content"}]`, or
/// `{"messages": [...]}`. `content` is a string or a list of content parts (`{type: "text" | "input_text"
/// | "output_text", text}`); Gemini's `[{role, parts: [{text}]}]` (role `model`) reads the same way.
///
/// Turns: roles `user` and `assistant` (`model` is `assistant`) with text. Not turns: `system` and
/// `developer` messages; `tool`/`function` messages and an assistant's `tool_calls` (turns of speaker
/// `tool` with `--include-tools`). One conversation per file (id = the file name), title = the first user
/// line, turn ids 1, 2, ... by position in the array.
enum MessagesArrayFormat {
    /// A message of such an array (used by detection).
    static func isMessage(_ object: JSONObject) -> Bool {
        guard let role = object["role"]?.string else { return false }
        return ["user", "assistant", "system", "developer", "tool", "function", "model"].contains(role)
            && (object["content"] != nil || object["parts"] != nil || object["tool_calls"] != nil)
    }

    static func parse(_ input: FormatInput) throws(LoadProblem) -> FormatOutput {
        let root = try input.parseJSON()
        guard let messages = root.array ?? root.object?["messages"]?.array else {
            throw input.problem(root.line ?? 1, "expected an array of {\"role\", \"content\"} messages, found \(root.kindName)")
        }
        var output = FormatOutput()
        var turns: [Turn] = []
        for (j, item) in messages.enumerated() {
            let id = String(j + 1)
            guard let message = item.object, let role = message["role"]?.string else {
                output.problems.append(input.problem(item.line ?? root.line, "message \(j + 1) has no \"role\"; skipped"))
                continue
            }
            let text = contentText(message["content"]) ?? GeminiCLIFormat.partsText(message["parts"])
            switch role {
            case "user", "assistant", "model":
                if let text, text.hasContent { turns.append(Turn(id: id, speaker: AssistantChat.speaker(role == "model" ? "assistant" : role), text: text)) }
                guard input.includeTools else { continue }
                for (k, call) in (message["tool_calls"]?.array ?? []).compactMap(\.object).enumerated() {
                    let function = call["function"]?.object
                    var arguments = function?["arguments"]
                    if let s = arguments?.string, let parsed = try? JSONParser.parse(s) { arguments = parsed }
                    turns.append(Turn(id: "\(id)#tool\(k + 1)", speaker: AgentSession.toolSpeaker,
                                      text: AgentSession.toolCallText(name: function?["name"]?.string, arguments: arguments)))
                }
            case "tool", "function":
                if input.includeTools, let text, text.hasContent { turns.append(Turn(id: id, speaker: AgentSession.toolSpeaker, text: text)) }
            default:
                continue  // system, developer
            }
        }
        output.conversations.append(Conversation(id: input.baseName, title: AgentSession.title(project: nil, turns: turns),
                                                 turns: turns, source: input.path))
        return output
    }

    /// A string, or the text of OpenAI content parts (images and audio skipped).
    private static func contentText(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?: return s
        case .array(let parts, _)?:
            let texts = parts.compactMap { part -> String? in
                if let s = part.string { return s }
                guard let o = part.object, ["text", "input_text", "output_text"].contains(o["type"]?.string ?? "text") else { return nil }
                return o["text"]?.string
            }
            return texts.isEmpty ? nil : texts.joined(separator: "\n")
        default: return nil
        }
    }
}
