/// What context a turn's late-chunked vector is pooled from.
public enum LateContext: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The whole conversation as one sequence (macro windows when longer than the model's context).
    case conversation
    /// Each session (sitting) of the conversation as one sequence; the whole conversation when it has no sessions.
    case session
    /// For each turn: [CLS] + the K turns before it + the turn + the K turns after it (same session) + [SEP].
    case window(Int)
    /// Blocks of `size` consecutive turns of a session, each encoded once with the `context` turns on
    /// either side (same session, at most `contextTokens` tokens per side) and all `size` turns pooled
    /// from that one encoding: about (size + 2·context) / size of naive's cost instead of 2·context + 1.
    /// `LateChunking.blocks` has the exact rule.
    case block(size: Int, context: Int, contextTokens: Int)
    /// Blocks sized in tokens: consecutive turns of a session gathered while they hold at most `block`
    /// tokens (a longer turn is a block alone), each block encoded once with `context` tokens of the
    /// neighbouring turns on either side (same session, the tokens nearest the block) and all its turns
    /// pooled from that encoding: about (block + 2·context) / block of naive's cost, whatever the turns'
    /// lengths. `tokens:B:C`.
    case tokens(block: Int, context: Int)

    /// The context cap of `block:S:K` when it is not written.
    public static let defaultBlockContextTokens = 128

    /// `conversation`, `session`, `window:K`, `block:S:K[:T]` or `tokens:B:C`.
    public init?(parsing s: String) {
        let parts = s.lowercased().split(separator: ":", omittingEmptySubsequences: false)
        let numbers = parts.dropFirst().map { Int($0) }
        guard !numbers.contains(nil) else { return nil }
        let n = numbers.map { $0! }
        switch (parts[0], n.count) {
        case ("conversation", 0): self = .conversation
        case ("session", 0): self = .session
        case ("window", 1) where (0...64).contains(n[0]): self = .window(n[0])
        case ("block", 2), ("block", 3):
            let tokens = n.count == 3 ? n[2] : Self.defaultBlockContextTokens
            guard (1...256).contains(n[0]), (0...64).contains(n[1]), (0...100_000).contains(tokens) else { return nil }
            self = .block(size: n[0], context: n[1], contextTokens: tokens)
        case ("tokens", 2):
            guard (1...100_000).contains(n[0]), (0...100_000).contains(n[1]) else { return nil }
            self = .tokens(block: n[0], context: n[1])
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .conversation: return "conversation"
        case .session: return "session"
        case .window(let k): return "window:\(k)"
        case .block(let size, let context, let tokens): return "block:\(size):\(context):\(tokens)"
        case .tokens(let block, let context): return "tokens:\(block):\(context)"
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

    /// At most this much of a speaker name (and of a time) is embedded with every turn: a name is
    /// repeated on each of its turns, so an uncapped one multiplies the cost (a 1 MB name on 3 turns).
    public static let maxEmbeddedLabelCharacters = 64

    public func text(of turn: Turn) -> String {
        let cap = { (label: String) in String(label.prefix(Self.maxEmbeddedLabelCharacters)) }
        switch self {
        case .plain: return turn.text
        case .speaker:
            if let s = turn.speaker, !s.isEmpty { return "\(cap(s)): \(turn.text)" }
            return turn.text
        case .timeSpeaker:
            var out = ""
            if let t = turn.time, !t.isEmpty { out += "[\(cap(t))] " }
            if let s = turn.speaker, !s.isEmpty { out += "\(cap(s)): " }
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

    /// The key of naive vectors made with a model whose context is `contextLength` tokens and whose
    /// document prefix (the one in force: the model's own or the user's) is `documentPrefix`.
    public func naiveKey(contextLength: Int, documentPrefix: String = "") -> String {
        "naive;v\(Self.version);text=\(turnText.rawValue);window=\(contextLength);overlap=\(overlap(contextLength: contextLength))"
            + Self.prefixPart(documentPrefix)
    }

    public func lateKey(contextLength: Int, documentPrefix: String = "") -> String {
        "late;v\(Self.version);text=\(turnText.rawValue);context=\(lateContext);window=\(contextLength);overlap=\(overlap(contextLength: contextLength))"
            + Self.prefixPart(documentPrefix)
    }

    /// The document prefix goes into every vector, so into the key: quoted, last, and only when there is
    /// one (keys of models without a prefix are those of earlier versions).
    static func prefixPart(_ prefix: String) -> String {
        prefix.isEmpty ? "" : ";prefix=\"" + prefix.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
