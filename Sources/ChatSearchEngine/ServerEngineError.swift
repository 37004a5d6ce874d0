import ChatSearchCore

/// Why an engine server is refused, or why a run through servers stopped. The messages name the server
/// (host:port), never the token.
public enum ServerEngineError: Error, CustomStringConvertible, Equatable {
    case badURL(String)
    case unreachable(String, String)
    case notEmbedding(String, String)
    case otherModel(String, String)
    case tokenizerDiffers(String)
    case probeDiffers(String, Float)
    case contextTooSmall(String, slot: Int, needed: Int)
    case pooled(String, rows: Int, tokens: Int)
    case dimensions(String, got: Int, expected: Int)
    case allGone([String])

    public var description: String {
        switch self {
        case .badURL(let u):
            return "engine server \(u) is not an http:// or https:// URL"
        case .unreachable(let s, let why):
            return "engine server \(s) cannot be reached: \(why)"
        case .notEmbedding(let s, let why):
            return "engine server \(s) does not return token embeddings (\(why)); start it with `chatsearch serve-engine` or llama-server --embeddings --pooling none"
        case .otherModel(let s, let why):
            return "engine server \(s) runs another model than this index's (\(why)); refused, nothing of it is stored"
        case .tokenizerDiffers(let s):
            return "engine server \(s) tokenizes differently from the local model; refused, nothing of it is stored"
        case .probeDiffers(let s, let c):
            return "engine server \(s) encodes a probe differently from the local model (cosine \(String(format: "%.5f", c))); refused, nothing of it is stored"
        case .contextTooSmall(let s, let slot, let needed):
            return "engine server \(s) has \(slot) tokens of context per sequence, ChatSearch packs up to \(needed); start it with `chatsearch serve-engine` (or a larger -c / fewer --parallel)"
        case .pooled(let s, let rows, let tokens):
            return "engine server \(s) answered \(rows) vectors for \(tokens) tokens: it pools; start it with --pooling none"
        case .dimensions(let s, let got, let expected):
            return "engine server \(s) answered vectors of \(got) dimensions, the model has \(expected)"
        case .allGone(let servers):
            return "every engine server stopped answering (\(servers.joined(separator: ", "))); the vectors stored so far are kept, run again to continue"
        }
    }
}

extension ServerEngineError: UserFacingError {
    public var message: String { description }
    public var exitStatus: Int32 {
        if case .badURL = self { return ExitStatus.usage }
        return ExitStatus.failure
    }
}
