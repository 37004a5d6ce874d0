import Foundation

/// One decoded input file, as handed to a format's parser.
struct FormatInput {
    var path: String
    /// The file's text (made from its bytes on first use: readers of big JSON exports never need it whole).
    var text: String { body.text }
    let body: FormatBody
    /// The other files of the same load, for readers that look beside the file (Slack's `users.json`).
    var companions = Companions([])
    /// Load tool calls and their outputs as turns of speaker `tool` (coding-agent sessions).
    var includeTools = false

    init(path: String, text: String, companions: Companions = Companions([]), includeTools: Bool = false) {
        self.init(path: path, body: FormatBody(text: text), companions: companions, includeTools: includeTools)
    }

    init(path: String, body: FormatBody, companions: Companions = Companions([]), includeTools: Bool = false) {
        self.path = path
        self.body = body
        self.companions = companions
        self.includeTools = includeTools
    }

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
        let result = body.withUTF8 { bytes in Result { () throws(JSONSyntaxError) in try JSONParser.parse(bytes: bytes) } }
        do {
            return try result.get()
        } catch {
            throw problem(error.line, error.reason)
        }
    }

    /// The items of an export that is an array of `what` (e.g. "Claude conversations"), or a single
    /// one of them: an object holding `key`, handed to `item` one at a time with their positions (0-based),
    /// so that only one item's parsed JSON is held at once. Anything else stops the file.
    func forEachJSONItem(of what: String, key: String, _ item: (Int, JSONValue) -> Void) throws(LoadProblem) {
        let result = body.withUTF8 { bytes in
            Result { () throws(JSONSyntaxError) -> JSONValue? in
                var position = 0
                return try JSONParser.parseItems(bytes: bytes) { value in
                    item(position, value)
                    position += 1
                }
            }
        }
        let whole: JSONValue?
        do {
            whole = try result.get()
        } catch {
            throw problem(error.line, error.reason)
        }
        switch whole {
        case nil: return
        case .object(let object)? where object[key] != nil: item(0, .object(object))
        case let other?: throw problem(1, "expected an array of \(what), found \(other.kindName)")
        }
    }

    /// The items of an export that is an array of `what` (e.g. "Claude conversations"), or a single
    /// one of them: an object holding `key`. Anything else stops the file.
    func parseJSONItems(of what: String, key: String) throws(LoadProblem) -> [JSONValue] {
        var items: [JSONValue] = []
        try forEachJSONItem(of: what, key: key) { items.append($1) }
        return items
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

/// A file's text for the readers: a string, or the file's own bytes when they are valid UTF-8 (then the
/// string is made only if a reader asks for it, and JSON is parsed from the bytes in place).
final class FormatBody {
    private let data: Data?
    /// Where the text starts in `data` (after a UTF-8 byte-order mark).
    private let offset: Int
    private var decoded: String?

    init(text: String) {
        data = nil
        offset = 0
        decoded = text
    }

    /// `data` must be valid UTF-8 from `offset` on.
    init(validUTF8 data: Data, from offset: Int) {
        self.data = data
        self.offset = offset
    }

    var text: String {
        if let decoded { return decoded }
        let made = withUTF8 { String(decoding: $0, as: UTF8.self) }
        decoded = made
        return made
    }

    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let data {
            return data.withUnsafeBytes { raw in
                let all = raw.bindMemory(to: UInt8.self)
                return body(UnsafeBufferPointer(rebasing: all[offset...]))
            }
        }
        var text = decoded ?? ""
        return text.withUTF8(body)
    }

    /// The first byte that is not ASCII white space (nil when there is none).
    var firstNonSpaceByte: (byte: UInt8, at: Int)? {
        withUTF8 { bytes in
            bytes.firstIndex { !(9...13).contains($0) && $0 != 32 }.map { (bytes[$0], $0) }
        }
    }

    /// Whether the text is all white space (as `Character.isWhitespace` says), without making the string
    /// when the bytes settle it.
    var isAllWhitespace: Bool {
        guard let first = firstNonSpaceByte else { return true }
        if first.byte < 0x80 { return false }
        return text.allSatisfy(\.isWhitespace)
    }
}
