/// One decoded input file, as handed to a format's parser.
struct FormatInput {
    var path: String
    var text: String
    /// The other files of the same load, for readers that look beside the file (Slack's `users.json`).
    var companions = Companions([])
    /// Load tool calls and their outputs as turns of speaker `tool` (coding-agent sessions).
    var includeTools = false

    /// Last path component, e.g. `chat.txt`.
    var fileName: String { SourceFile.fileName(path) }

    /// File name without its extension, e.g. `chat`; the default conversation id.
    var baseName: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    func problem(_ line: Int?, _ reason: String) -> LoadProblem {
        LoadProblem(path: path, line: line, reason: reason)
    }

    func parseJSON() throws(LoadProblem) -> JSONValue {
        do {
            return try JSONParser.parse(text)
        } catch {
            throw problem(error.line, error.reason)
        }
    }

    /// The items of an export that is an array of `what` (e.g. "Claude conversations"), or a single
    /// one of them: an object holding `key`. Anything else stops the file.
    func parseJSONItems(of what: String, key: String) throws(LoadProblem) -> [JSONValue] {
        switch try parseJSON() {
        case .array(let array, _): return array
        case .object(let object) where object[key] != nil: return [.object(object)]
        case let other: throw problem(1, "expected an array of \(what), found \(other.kindName)")
        }
    }

    /// Lines without their terminators ("\n" or "\r\n"); index 0 is line 1. Split on the UTF-8 bytes: a
    /// line feed never joins a grapheme, so this equals splitting on the Characters "\n" and "\r\n".
    var lines: [Substring] {
        let cr = UInt8(ascii: "\r")
        let parts = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        // A carriage return ends a line only before a line feed, so the last part keeps its own.
        return parts.indices.map { i in
            let bytes = parts[i]
            return Substring(i < parts.count - 1 && bytes.last == cr ? bytes.dropLast() : bytes)
        }
    }
}

/// What a format parser produced from one file: conversations, and problems it could step over.
/// Problems that stop the whole file are thrown instead.
struct FormatOutput {
    var conversations: [Conversation] = []
    var problems: [LoadProblem] = []
    /// Set when the file is one part of a conversation stored across files.
    var thread: ThreadPart?
}

/// Files that each hold part of one conversation (Messenger's `message_1.json`, `message_2.json`, ...;
/// the day files of one Slack channel): the loader joins their turns, in `order`, into the conversation
/// of the first part.
struct ThreadPart: Hashable {
    /// Parts with the same key are one conversation.
    var key: String
    /// Parts are joined in ascending order of this.
    var order: String
    /// Turn ids become positions (1, 2, ...) in the joined conversation.
    var renumber: Bool
}

/// Joins the lines of one turn: each line trimmed, leading and trailing blank lines dropped, and any run
/// of blank lines inside the turn kept as one empty line (a paragraph break).
func joinTurnLines(_ lines: [Substring]) -> String {
    var out: [Substring] = []
    var pendingBlank = false
    for line in lines {
        let t = line.trimmed
        if t.isEmpty {
            pendingBlank = !out.isEmpty
            continue
        }
        if pendingBlank { out.append("") }
        pendingBlank = false
        out.append(t)
    }
    return out.joined(separator: "\n")
}
