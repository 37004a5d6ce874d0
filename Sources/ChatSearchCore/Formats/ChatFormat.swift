/// The chat file formats ChatSearch reads. See docs-formats.md for what each one looks like.
public enum ChatFormat: String, CaseIterable, Sendable {
    /// A JSON array of strings: one conversation, one turn per string.
    case strings
    /// ChatSearch's own JSON: `{"id", "title", "turns": [{"id", "speaker", "time", "text", "session"}]}` or an array of those.
    case canonical
    /// JSON Lines, one turn per line, grouped by its `conversation` field.
    case jsonl
    /// ChatGPT's data export (`conversations.json`).
    case chatgpt
    /// Plain text, `Speaker: text` lines.
    case transcript
    /// A WhatsApp "Export chat" text file (iOS or Android style).
    case whatsapp
    /// The LoCoMo benchmark's JSON (an array of samples with numbered sessions).
    case locomo
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
