/// What context a turn's late-chunked vector is pooled from.
public enum LateContext: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The whole conversation as one sequence (macro windows when longer than the model's context).
    case conversation
    /// Each session (sitting) of the conversation as one sequence; the whole conversation when it has no sessions.
    case session
    /// For each turn: [CLS] + the K turns before it + the turn + the K turns after it (same session) + [SEP].
    case window(Int)

    public init?(parsing s: String) {
        switch s.lowercased() {
        case "conversation": self = .conversation
        case "session": self = .session
        default:
            let parts = s.lowercased().split(separator: ":")
            guard parts.count == 2, parts[0] == "window", let k = Int(parts[1]), k >= 0, k <= 64 else { return nil }
            self = .window(k)
        }
    }

    public var description: String {
        switch self {
        case .conversation: return "conversation"
        case .session: return "session"
        case .window(let k): return "window:\(k)"
        }
    }
}

/// What text stands for a turn when it is embedded.
public enum TurnTextStyle: String, Sendable, CaseIterable {
    /// The turn's text exactly.
    case plain
    /// "Speaker: text" when the turn has a speaker, else the text.
    case speaker
    /// "[time] Speaker: text" with whichever of time and speaker the turn has.
    case timeSpeaker = "time-speaker"

    public func text(of turn: Turn) -> String {
        switch self {
        case .plain: return turn.text
        case .speaker:
            if let s = turn.speaker, !s.isEmpty { return "\(s): \(turn.text)" }
            return turn.text
        case .timeSpeaker:
            var out = ""
            if let t = turn.time, !t.isEmpty { out += "[\(t)] " }
            if let s = turn.speaker, !s.isEmpty { out += "\(s): " }
            return out + turn.text
        }
    }
}

/// Everything that decides the vectors of a turn besides the model. Its keys name the index entries,
/// so changing any part re-embeds.
public struct EmbeddingRecipe: Equatable, Sendable {
    public static let version = 1
    public var turnText: TurnTextStyle
    public var lateContext: LateContext
    /// Overlap of macro windows in tokens; nil means `LateChunking.defaultOverlap`.
    public var overlap: Int?

    public init(turnText: TurnTextStyle = .speaker, lateContext: LateContext = .session, overlap: Int? = nil) {
        self.turnText = turnText
        self.lateContext = lateContext
        self.overlap = overlap
    }

    public func overlap(contextLength: Int) -> Int { overlap ?? LateChunking.defaultOverlap(contextLength: contextLength) }

    public func naiveKey(contextLength: Int) -> String {
        "naive;v\(Self.version);text=\(turnText.rawValue);window=\(contextLength);overlap=\(overlap(contextLength: contextLength))"
    }

    public func lateKey(contextLength: Int) -> String {
        "late;v\(Self.version);text=\(turnText.rawValue);context=\(lateContext);window=\(contextLength);overlap=\(overlap(contextLength: contextLength))"
    }
}
