/// The chat file formats ChatSearch reads. README.md (Formats) shows what each one looks like.
public enum ChatFormat: String, CaseIterable, Sendable {
    /// A JSON array of strings: one conversation, one turn per string.
    case strings
    /// ChatSearch's own JSON: `{"id", "title", "turns": [{"id", "speaker", "time", "text", "session"}]}` or an array of those.
    case canonical
    /// JSON Lines, one turn per line, grouped by its `conversation` field.
    case jsonl
    /// ChatGPT's data export (`conversations.json`).
    case chatgpt
    /// Claude.ai's data export (`conversations.json` with `chat_messages`).
    case claude
    /// Telegram Desktop's "Export chat history" JSON (`result.json`), one chat or the whole account.
    case telegram
    /// DiscordChatExporter's JSON, one channel per file.
    case discord
    /// Facebook Messenger's or Instagram's "Download your information" JSON (`message_1.json`, ...).
    case messenger
    /// A Slack workspace export's day file (`channel/2024-03-01.json`).
    case slack
    /// Plain text, `Speaker: text` lines.
    case transcript
    /// WebVTT subtitles or captions (Zoom's `Name: text` cues, Teams' `<v Name>` voice tags).
    case webvtt
    /// SubRip subtitles (`.srt`).
    case srt
    /// Otter.ai's text export: a `Name  0:01` line, then what they said.
    case otter
    /// Diarized speech-to-text JSON, WhisperX style: `{"segments": [{"start", "end", "text", "speaker"}]}`.
    case segments
    /// A WhatsApp "Export chat" text file (iOS or Android style).
    case whatsapp
    /// The LoCoMo benchmark's JSON (an array of samples with numbered sessions).
    case locomo
    /// Claude Code's session files (`~/.claude/projects/<project>/<session>.jsonl`).
    case claudeCode = "claude-code"
    /// Codex CLI's rollout files (`~/.codex/sessions/YYYY/MM/DD/rollout-*.jsonl`).
    case codex
    /// Gemini CLI's recorded chats (`~/.gemini/tmp/<hash>/chats/*.json`).
    case gemini
    /// Aider's chat history (`.aider.chat.history.md`).
    case aider
    /// A bare chat-completions messages array, `[{"role", "content"}]`.
    case messages
}

/// Something wrong with an input file: where, and why.
public struct LoadProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// 1-based line number, when the problem has one.
    public var line: Int?
    public var reason: String

    public init(path: String, line: Int? = nil, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}

/// What `ConversationLoader.load(paths:format:)` found: the conversations, the problems met on the way,
/// and every file that was read (in the order read).
public struct LoadResult: Sendable {
    public var conversations: [Conversation]
    public var problems: [LoadProblem]
    public var files: [String]

    public init(conversations: [Conversation] = [], problems: [LoadProblem] = [], files: [String] = []) {
        self.conversations = conversations
        self.problems = problems
        self.files = files
    }
}
