/// Codex CLI's rollout files, `~/.codex/sessions/YYYY/MM/DD/rollout-<time>-<id>.jsonl`: one record per
/// line, `{timestamp, type, payload}`, of type `session_meta` (`payload.id`, `payload.cwd`),
/// `turn_context`, `response_item` and `event_msg`. (Older rollouts wrote the payloads bare, one per line,
/// after a first line `{id, timestamp, instructions}`; they load too.)
///
/// A turn is a `response_item` of type `message` with role `user` or `assistant`: its `input_text` /
/// `output_text` parts, joined. The `event_msg` records `user_message` and `agent_message` repeat those
/// messages: a message written both ways counts once (a repeat only in `event_msg` is a turn). Not turns:
/// `reasoning`, `function_call`, `function_call_output`, `custom_tool_call(_output)`, `local_shell_call`,
/// `web_search_call` (tool turns with `--include-tools`, except reasoning), developer and system
/// messages, and the context Codex injects as user messages (`<environment_context>`,
/// `<user_instructions>`, `# AGENTS.md instructions`). Conversation id = `session_meta.payload.id`, title
/// = `project · first user line` (project = the last folder of `cwd`), time = the record's `timestamp`.
enum CodexFormat {
    static let recordTypes: Set<String> = ["session_meta", "response_item", "event_msg", "turn_context", "compacted"]

    /// Starts of user messages that Codex writes itself.
    static let injectedPrefixes = ["<environment_context>", "<user_instructions>", "# AGENTS.md instructions", "<user_shell_command>"]

    /// A record of a Codex rollout (used by detection).
    static func isRecord(_ object: JSONObject) -> Bool {
        if let type = object["type"]?.string, recordTypes.contains(type), object["payload"]?.object != nil { return true }
        // The first line of an older rollout.
        return object["id"] != nil && object["timestamp"] != nil && object.keys.contains("instructions") && object["type"] == nil
    }

    private enum Origin { case item, event }

    static func parse(_ input: FormatInput) -> FormatOutput {
        var output = FormatOutput()
        let records = AgentSession.records(input, problems: &output.problems)
        var id: String?
        var cwd: String?
        var turns: [Turn] = []
        var origins: [(origin: Origin, paired: Bool)] = []

        func add(_ speaker: String, _ text: String, _ origin: Origin, line: Int, time: String?) {
            let text = String(text.trimmed)
            guard text.hasContent else { return }
            if speaker == "user", injectedPrefixes.contains(where: text.hasPrefix) { return }
            // The same message written the other way, not yet paired, among the last few turns.
            for k in turns.indices.reversed().prefix(6) where turns[k].speaker == speaker && !origins[k].paired
                && origins[k].origin != origin && turns[k].text == text {
                origins[k].paired = true
                return
            }
            turns.append(Turn(id: String(line), speaker: speaker, time: time, text: text))
            origins.append((origin, false))
        }
        func addTool(_ text: String?, line: Int, time: String?) {
            guard input.includeTools, let text, text.hasContent else { return }
            turns.append(Turn(id: String(line), speaker: AgentSession.toolSpeaker, time: time, text: text))
            origins.append((.item, true))
        }

        func item(_ p: JSONObject, line: Int, time: String?) {
            switch p["type"]?.string {
            case "message":
                let role = p["role"]?.string
                guard role == "user" || role == "assistant" else { return }
                let parts: [String]
                switch p["content"] {
                case .string(let s)?: parts = [s]
                case .array(let items, _)?:
                    parts = items.compactMap(\.object).filter { ["input_text", "output_text", "text"].contains($0["type"]?.string ?? "") }
                        .compactMap { $0["text"]?.string }
                default: parts = []
                }
                add(role!, parts.joined(separator: "\n\n"), .item, line: line, time: time)
            case "function_call", "custom_tool_call":
                addTool(AgentSession.toolCallText(name: p["name"]?.string, arguments: arguments(p["arguments"] ?? p["input"])), line: line, time: time)
            case "local_shell_call":
                addTool(AgentSession.toolCallText(name: "shell", arguments: p["action"]), line: line, time: time)
            case "function_call_output", "custom_tool_call_output":
                addTool(toolOutput(p["output"]), line: line, time: time)
            default:
                break  // reasoning, web_search_call, ghost snapshots
            }
        }
        for (line, record) in records {
            let time = record["timestamp"]?.scalarText
            let type = record["type"]?.string
            let payload = record["payload"]?.object
            switch (type, payload) {
            case ("session_meta", let p?):
                id = id ?? p["id"]?.scalarText
                cwd = cwd ?? p["cwd"]?.string
            case ("turn_context", let p?):
                cwd = cwd ?? p["cwd"]?.string
            case ("event_msg", let p?):
                switch p["type"]?.string {
                case "user_message": if let m = p["message"]?.string { add("user", m, .event, line: line, time: time) }
                case "agent_message": if let m = p["message"]?.string { add("assistant", m, .event, line: line, time: time) }
                default: break
                }
            case ("response_item", let p?):
                item(p, line: line, time: time)
            case (nil, nil) where record["instructions"] != nil || record["id"] != nil && record["timestamp"] != nil:
                id = id ?? record["id"]?.scalarText
            case (_?, nil):
                item(record, line: line, time: record["timestamp"]?.scalarText)
            default:
                break
            }
        }

        let conversation = Conversation(id: id ?? input.baseName, title: AgentSession.title(project: AgentSession.project(cwd), turns: turns),
                                        turns: turns, source: input.path)
        output.conversations.append(conversation)
        return output
    }

    /// Arguments are written as a JSON string; shown parsed when they parse.
    private static func arguments(_ value: JSONValue?) -> JSONValue? {
        guard let s = value?.string else { return value }
        if let parsed = try? JSONParser.parse(s), parsed.object != nil { return parsed }
        return value
    }

    /// A function's output: a string, often JSON `{"output": "...", "metadata": {...}}`.
    private static func toolOutput(_ value: JSONValue?) -> String? {
        if let s = value?.string, let parsed = try? JSONParser.parse(s), let o = parsed.object, let inner = o["output"]?.string {
            return inner
        }
        return AgentSession.outputText(value)
    }
}
