/// Aider's chat history, `.aider.chat.history.md` in the project folder: Markdown that Aider appends to.
///
///     # aider chat started at 2024-05-01 10:00:00
///     > Aider v0.50.1
///     #### fix the login test
///     The test fails because ...
///
/// Each `# aider chat started at` line starts a session (session = that time, which is also the time of
/// its turns: Aider writes no other). A run of `#### ` lines is one user turn; the text between user
/// turns is the assistant's turn. Lines starting with `>` are Aider's own output (commands run, edits
/// applied, commits; turns of speaker `tool` with `--include-tools`), not turns; so are user lines that are
/// Aider commands (`/add`, `/run`, ...), except `/ask`, `/code` and `/architect`, whose text is the
/// message. Lines inside a fenced code block belong to the assistant's text whatever they start with.
/// One conversation per file (id = the file's path), title = `project · first user line`, the project
/// being the folder that holds the file. Turn ids 1, 2, ... in order.
enum AiderFormat {
    static let fileName = ".aider.chat.history.md"
    static let sessionHeader = "# aider chat started at "
    static let userPrefix = "#### "
    /// Commands whose text is a message to the model.
    static let messageCommands = ["/ask", "/code", "/architect", "/chat"]

    static func isHistory(path: String, firstLine: Substring?) -> Bool {
        SourceFile.fileName(path) == fileName || firstLine?.hasPrefix(sessionHeader) == true
    }

    static func parse(_ input: FormatInput) -> FormatOutput {
        var output = FormatOutput()
        var turns: [Turn] = []
        var session: String?
        var time: String?
        var speaker: String?
        var buffer: [Substring] = []
        var inFence = false

        func flush() {
            defer { buffer = []; speaker = nil }
            guard let who = speaker else { return }
            let text = joinTurnLines(buffer)
            guard text.hasContent else { return }
            if who == AgentSession.toolSpeaker && !input.includeTools { return }
            turns.append(Turn(id: String(turns.count + 1), speaker: who, time: time, text: text, session: session))
        }
        func start(_ who: String) {
            if speaker != who { flush(); speaker = who }
        }

        for line in input.lines {
            if !inFence, line.hasPrefix(sessionHeader) {
                flush()
                let stamp = String(line.dropFirst(sessionHeader.count).trimmed)
                session = stamp
                time = stamp.replacingOccurrences(of: " ", with: "T")
                continue
            }
            if !inFence, line.hasPrefix(userPrefix) || line == "####" {
                var text = line.dropFirst(min(line.count, userPrefix.count))
                if text.hasPrefix("/") {
                    let command = text.prefix { !$0.isWhitespace }
                    guard messageCommands.contains(String(command)) else { flush(); continue }
                    text = text.dropFirst(command.count)
                }
                start("user")
                buffer.append(text)
                continue
            }
            if !inFence, line.hasPrefix(">") {
                start(AgentSession.toolSpeaker)
                buffer.append(line.dropFirst().drop { $0 == " " })
                continue
            }
            if line.trimmed.hasPrefix("```") { inFence.toggle() }
            if speaker == "user" || speaker == AgentSession.toolSpeaker {
                if line.trimmed.isEmpty { buffer.append(line); continue }
                start("assistant")
            } else if speaker == nil {
                if line.trimmed.isEmpty { continue }
                speaker = "assistant"
            }
            buffer.append(line)
        }
        flush()
        let folder = SourceFile.folder(input.path)
        let project = folder.isEmpty ? nil : SourceFile.fileName(folder)
        output.conversations.append(Conversation(id: input.path, title: AgentSession.title(project: project, turns: turns),
                                                 turns: turns, source: input.path))
        return output
    }
}
