/// Claude Code's session files, `~/.claude/projects/<project>/<session-id>.jsonl`: one JSON record per
/// line, `{type, uuid, parentUuid, sessionId, cwd, timestamp, isSidechain, isMeta, message: {id, role,
/// content}}`, with `message.content` a string or a list of blocks (`text`, `thinking`, `tool_use`,
/// `tool_result`, `image`).
///
/// A turn is the `text` of a `user` or `assistant` record. Not turns: thinking blocks, tool use and tool
/// results (turns of speaker `tool` with `--include-tools`), `isMeta` records, `summary`, `system` and other
/// record types, and the text Claude Code injects into user messages (`<system-reminder>…`,
/// `<command-name>…` and the other command and hook tags, "[Request interrupted by user]"). The records of
/// one assistant message (same `message.id`, written one content block per record) are one turn; a record
/// written twice (same `uuid`, as when a session is resumed) counts once.
///
/// Records with `isSidechain` (a sub-agent's, in `agent-*.jsonl` or `<session>/subagents/`) are their own
/// conversation (id `<session>/agent-<agentId>`), titled after their parent session when that file is
/// part of the same load. Conversation id = `sessionId`; title = `project · first user line`, the project
/// being the last folder of `cwd`. Turn id = the first record's `uuid`, time = its `timestamp`.
enum ClaudeCodeFormat {
    /// Record types Claude Code writes; any of them identifies a session file.
    static let recordTypes: Set<String> = ["user", "assistant", "summary", "system", "file-history-snapshot", "queue-operation"]

    /// Tags whose whole span Claude Code adds to user messages; they are not what the person wrote.
    static let injectedTags = [
        "system-reminder", "command-name", "command-message", "command-args", "command-contents",
        "local-command-stdout", "local-command-stderr", "local-command-caveat", "user-prompt-submit-hook",
        "bash-stdout", "bash-stderr",
    ]

    /// Whole user texts that are notices, not messages.
    static let notices: Set<String> = ["[Request interrupted by user]", "[Request interrupted by user for tool use]"]

    /// A record of a Claude Code session (used by detection).
    static func isRecord(_ object: JSONObject) -> Bool {
        guard let type = object["type"]?.string, recordTypes.contains(type) else { return false }
        if type == "summary" { return object["leafUuid"] != nil }
        return object["sessionId"] != nil || object["uuid"] != nil && object["message"] != nil
    }

    private struct Builder {
        var key: String
        var sessionID: String?
        var agentID: String?
        var sidechain: Bool
        var cwd: String?
        var turns: [Turn] = []
        var turnOfMessage: [String: Int] = [:]
    }

    static func parse(_ input: FormatInput) -> FormatOutput {
        var output = FormatOutput()
        let records = AgentSession.records(input, problems: &output.problems)
        var builders: [Builder] = []
        var index: [String: Int] = [:]
        var seen: Set<String> = []
        for (line, record) in records {
            guard let type = record["type"]?.string, type == "user" || type == "assistant" else { continue }
            if let uuid = record["uuid"]?.string, !seen.insert(uuid).inserted { continue }
            if case .bool(true)? = record["isMeta"] { continue }
            guard let message = record["message"]?.object else {
                output.problems.append(input.problem(line, "\(type) record without a \"message\" object; skipped"))
                continue
            }
            let sidechain: Bool = { if case .bool(true)? = record["isSidechain"] { return true }; return false }()
            let session = record["sessionId"]?.string
            let agent = record["agentId"]?.string
            let key = sidechain ? "agent:" + (agent ?? "") : "main"
            if index[key] == nil {
                index[key] = builders.count
                builders.append(Builder(key: key, sessionID: session, agentID: agent, sidechain: sidechain))
            }
            let b = index[key]!
            if builders[b].cwd == nil { builders[b].cwd = record["cwd"]?.string }
            let uuid = record["uuid"]?.scalarText ?? String(line)
            let time = record["timestamp"]?.scalarText
            let speaker = type == "assistant" ? "assistant" : "user"
            var texts: [String] = []
            var tools: [String] = []
            switch message["content"] {
            case .string(let s)?:
                texts.append(s)
            case .array(let blocks, _)?:
                for block in blocks.compactMap(\.object) {
                    switch block["type"]?.string {
                    case "text": if let t = block["text"]?.string { texts.append(t) }
                    case "tool_use":
                        tools.append(AgentSession.toolCallText(name: block["name"]?.string, arguments: block["input"]))
                    case "tool_result":
                        if let t = AgentSession.outputText(block["content"]) { tools.append(t) }
                    default: break  // thinking, redacted_thinking, image, document
                    }
                }
            case nil:
                break
            case let other?:
                output.problems.append(input.problem(line, "message content is \(other.kindName), not a string or a list of blocks; skipped"))
                continue
            }
            let text = texts.map { speaker == "user" ? withoutInjections($0) : $0 }.filter(\.hasContent).joined(separator: "\n\n")
            if text.hasContent {
                if speaker == "assistant", let id = message["id"]?.string {
                    if let at = builders[b].turnOfMessage[id] {
                        if !builders[b].turns[at].text.contains(text) { builders[b].turns[at].text += "\n\n" + text }
                    } else {
                        builders[b].turnOfMessage[id] = builders[b].turns.count
                        builders[b].turns.append(Turn(id: uuid, speaker: speaker, time: time, text: text))
                    }
                } else {
                    builders[b].turns.append(Turn(id: uuid, speaker: speaker, time: time, text: text))
                }
            }
            if input.includeTools {
                for (k, tool) in tools.enumerated() where tool.hasContent {
                    builders[b].turns.append(Turn(id: "\(uuid)#tool\(k + 1)", speaker: AgentSession.toolSpeaker, time: time, text: tool))
                }
            }
        }
        let main = builders.first { !$0.sidechain }
        let mainLine = main.flatMap { AgentSession.title(project: nil, turns: $0.turns) }
        for builder in builders {
            let project = AgentSession.project(builder.cwd ?? main?.cwd)
            let session = builder.sessionID ?? input.baseName
            if !builder.sidechain {
                output.conversations.append(Conversation(
                    id: session, title: AgentSession.title(project: project, turns: builder.turns), turns: builder.turns, source: input.path))
                continue
            }
            let agent = builder.agentID ?? (input.baseName.hasPrefix("agent-") ? String(input.baseName.dropFirst(6)) : input.baseName)
            let parent = mainLine ?? parentLine(input, session: builder.sessionID) ?? "session \(session.prefix(8))"
            let own = AgentSession.title(project: nil, turns: builder.turns) ?? "agent \(agent)"
            output.conversations.append(Conversation(
                id: "\(session)/agent-\(agent)", title: AgentSession.title(project: project, line: "\(parent) › sub-agent: \(own)"),
                turns: builder.turns, source: input.path))
        }
        return output
    }

    /// A user text without what Claude Code injected; empty when nothing the person wrote is left.
    static func withoutInjections(_ text: String) -> String {
        var s = text
        for tag in injectedTags {
            while let open = s.range(of: "<\(tag)>") {
                guard let close = s.range(of: "</\(tag)>", range: open.upperBound..<s.endIndex) else {
                    s.removeSubrange(open.lowerBound..<s.endIndex)
                    break
                }
                s.removeSubrange(open.lowerBound..<close.upperBound)
            }
        }
        let trimmed = String(s.trimmed)
        if notices.contains(trimmed) || trimmed.hasPrefix("Caveat: The messages below were generated by the user while running local commands") {
            return ""
        }
        return trimmed
    }

    /// The first user line of the parent session of a sub-agent file, when the parent is one of the
    /// files of this load (`<folder>/<session>.jsonl` or, for `<session>/subagents/agent-*.jsonl`, the
    /// file beside the session folder). Nothing outside the load is read.
    private static func parentLine(_ input: FormatInput, session: String?) -> String? {
        guard let session else { return nil }
        let folder = SourceFile.folder(input.path)
        var candidates = [folder.isEmpty ? "\(session).jsonl" : "\(folder)/\(session).jsonl"]
        let up = SourceFile.folder(SourceFile.folder(folder))
        if SourceFile.fileName(folder) == "subagents" { candidates.append(up.isEmpty ? "\(session).jsonl" : "\(up)/\(session).jsonl") }
        for path in candidates {
            guard path != input.path, let text = input.companions.loadedText(at: path) else { continue }
            let main = parse(FormatInput(path: path, text: text)).conversations.first { !$0.id.contains("/agent-") }
            if let line = main.flatMap({ AgentSession.title(project: nil, turns: $0.turns) }) { return line }
        }
        return nil
    }
}
