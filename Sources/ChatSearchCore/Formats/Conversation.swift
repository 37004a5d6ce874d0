/// One turn of a chat: who said what, when. `text` is exactly what the source file holds.
public struct Turn: Sendable, Hashable, Codable {
    public var id: String
    public var speaker: String?
    public var time: String?
    public var text: String
    /// Label of the session (sitting) this turn belongs to, when the source has sessions.
    public var session: String?
    /// `time` as an ISO-8601 timestamp (`DateParsing`) when the format carries a date: ending in `Z` for
    /// UTC, without an offset for local wall-clock time (Telegram, WhatsApp, LoCoMo). Nil otherwise.
    public var timestamp: String?

    public init(id: String, speaker: String? = nil, time: String? = nil, text: String, session: String? = nil,
                timestamp: String? = nil) {
        self.id = id
        self.speaker = speaker
        self.time = time
        self.text = text
        self.session = session
        self.timestamp = timestamp
    }
}

/// A conversation as loaded from a file, in the order its turns were written.
public struct Conversation: Sendable, Hashable, Codable {
    public var id: String
    public var title: String?
    public var turns: [Turn]
    /// Path of the file it came from (for messages and display).
    public var source: String?
    /// The format it was read as (`ChatFormat.rawValue`: `whatsapp`, `chatgpt`, ...), when loaded from a file.
    public var app: String?

    public init(id: String, title: String? = nil, turns: [Turn], source: String? = nil, app: String? = nil) {
        self.id = id
        self.title = title
        self.turns = turns
        self.source = source
        self.app = app
    }
}

/// Address of a turn in a loaded corpus: conversation index and turn index.
public struct TurnRef: Sendable, Hashable, Comparable, Codable {
    public var conversation: Int
    public var turn: Int
    public init(conversation: Int, turn: Int) {
        self.conversation = conversation
        self.turn = turn
    }
    public static func < (a: TurnRef, b: TurnRef) -> Bool {
        (a.conversation, a.turn) < (b.conversation, b.turn)
    }
}
