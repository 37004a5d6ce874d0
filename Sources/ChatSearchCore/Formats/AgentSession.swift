/// What the coding-agent readers (Claude Code, Codex CLI, Gemini CLI, Aider, messages arrays) share: the
/// records of a JSON Lines session file, the project named by a working folder, the title
/// `project · first user line`, and how a tool call or output reads as a turn (`--include-tools`).
enum AgentSession {
    /// Speaker of tool calls and their outputs, loaded only with `--include-tools`.
    static let toolSpeaker = "tool"

    /// Longest first user line kept in a title, in characters.
    static let titleLineLimit = 80

    /// The objects of a JSON Lines file with their 1-based line numbers. A line that is not valid JSON or
    /// not an object is reported with its line number and skipped; the other records still load.
    static func records(_ input: FormatInput, problems: inout [LoadProblem]) -> [(line: Int, object: JSONObject)] {
        var out: [(line: Int, object: JSONObject)] = []
        for (i, line) in input.lines.enumerated() where line.trimmed.count > 0 {
            do {
                let value = try JSONParser.parse(String(line))
                if let object = value.object {
                    out.append((i + 1, object))
                } else {
                    problems.append(input.problem(i + 1, "expected a JSON object, found \(value.kindName); line skipped"))
                }
            } catch {
                problems.append(input.problem(i + 1, error.reason + "; line skipped"))
            }
        }
        return out
    }

    /// The project a working folder names: its last component (`/home/u/myapp` -> `myapp`).
    static func project(_ cwd: String?) -> String? {
        guard let cwd, let last = cwd.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last, !last.isEmpty else { return nil }
        return String(last)
    }

    /// The first line with text, at most `titleLineLimit` characters (cut at a word, with "…").
    static func firstLine(_ text: String) -> String? {
        guard let line = text.split(whereSeparator: \.isNewline).lazy.map({ $0.trimmed }).first(where: { !$0.isEmpty }) else { return nil }
        guard line.count > titleLineLimit else { return String(line) }
        let cut = line.prefix(titleLineLimit)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(atWord.trimmed) + "…"
    }

    /// `myapp · fix the login test`; either part alone when the other is missing.
    static func title(project: String?, line: String?) -> String? {
        switch (project, line) {
        case let (p?, l?): return "\(p) · \(l)"
        case let (p?, nil): return p
        case let (nil, l?): return l
        default: return nil
        }
    }

    /// The title of a conversation from its project and its first user turn.
    static func title(project: String?, turns: [Turn]) -> String? {
        title(project: project, line: turns.first { $0.speaker == "user" }.flatMap { firstLine($0.text) })
    }

    /// A tool call as a turn's text: `Bash: npm test`, or the name and its arguments as compact JSON.
    static func toolCallText(name: String?, arguments: JSONValue?) -> String {
        let name = name ?? "tool"
        guard let arguments else { return name }
        if let object = arguments.object, object.keys.count == 1, let only = object[object.keys[0]]?.string {
            return "\(name): \(only)"
        }
        if let object = arguments.object, let command = object["command"] {
            if let s = command.string { return "\(name): \(s)" }
            if let parts = command.array?.compactMap(\.string), !parts.isEmpty { return "\(name): " + parts.joined(separator: " ") }
        }
        if let s = arguments.string { return "\(name): \(s)" }
        return "\(name): " + compactJSON(arguments)
    }

    /// The text of a tool's output: a string, or the text parts of a list of content blocks.
    static func outputText(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?: return s
        case .array(let parts, _)?:
            let texts = parts.compactMap { $0.string ?? $0.object?["text"]?.string }
            return texts.isEmpty ? nil : texts.joined(separator: "\n")
        case .object(let o)?:
            return o["output"]?.string ?? o["text"]?.string ?? o["content"].flatMap { outputText($0) }
        default: return nil
        }
    }

    /// JSON written back compactly (keys in the order written), for tool arguments shown as text.
    static func compactJSON(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n
        case .string(let s): return JSONLine.quote(s)
        case .array(let items, _): return "[" + items.map(compactJSON).joined(separator: ",") + "]"
        case .object(let o): return "{" + o.keys.map { JSONLine.quote($0) + ":" + compactJSON(o[$0] ?? .null) }.joined(separator: ",") + "}"
        }
    }
}
