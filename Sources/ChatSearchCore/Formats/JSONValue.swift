/// A parsed JSON document. ChatSearch parses JSON itself so that every error and every object carries
/// the line it sits on, which Foundation's parsers do not report.
indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// The number as written (so ids like `12` stay `"12"`) and its value.
    case number(String)
    case string(String)
    case array([JSONValue], line: Int)
    case object(JSONObject)

    var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// A string, or a number as written; used for ids and times that exports write either way.
    var scalarText: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n
        default: return nil
        }
    }

    var double: Double? {
        if case .number(let n) = self { return Double(n) }
        return nil
    }

    var object: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    var array: [JSONValue]? {
        if case .array(let a, _) = self { return a }
        return nil
    }

    /// Line where the value starts, for arrays and objects.
    var line: Int? {
        switch self {
        case .array(_, let line): return line
        case .object(let o): return o.line
        default: return nil
        }
    }

    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

struct JSONObject: Sendable {
    var fields: [String: JSONValue]
    /// Keys in the order written.
    var keys: [String]
    var line: Int

    subscript(key: String) -> JSONValue? { fields[key] }
}

struct JSONSyntaxError: Error, Sendable {
    var line: Int
    var reason: String
}

/// A strict RFC 8259 parser over UTF-8 bytes, read in place (a file's mapped bytes or a string's storage).
struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var line = 1
    private var depth = 0
    private static let maxDepth = 512

    static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        var text = text
        let result = text.withUTF8 { bytes in Result { () throws(JSONSyntaxError) in try parse(bytes: bytes) } }
        return try result.get()
    }

    static func parse(bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        try parser.expectEnd()
        return value
    }

    /// Parses a document one array item at a time: when it is an array, `item` gets each of its items in
    /// turn (so only one item's values are held at once) and the result is nil; any other document is
    /// returned whole. Errors are those of `parse`, at the same lines, but come after the items before them.
    static func parseItems(bytes: UnsafeBufferPointer<UInt8>, item: (JSONValue) -> Void) throws(JSONSyntaxError) -> JSONValue? {
        var parser = JSONParser(bytes: bytes)
        parser.skipWhitespace()
        guard parser.index < bytes.count, bytes[parser.index] == UInt8(ascii: "[") else {
            let value = try parser.parseValue()
            try parser.expectEnd()
            return value
        }
        try parser.parseArray { item($0) }
        try parser.expectEnd()
        return nil
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func expectEnd() throws(JSONSyntaxError) {
        skipWhitespace()
        if index < bytes.count {
            throw error("unexpected \(describeCurrent()) after the JSON value")
        }
    }

    private func error(_ reason: String) -> JSONSyntaxError {
        JSONSyntaxError(line: line, reason: "invalid JSON: " + reason)
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        let b = bytes[index]
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return "byte 0x" + String(b, radix: 16, uppercase: true)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A: line += 1; index += 1
            case 0x20, 0x09, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard index < bytes.count else { throw error("unexpected end of file (truncated?)") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected \(describeCurrent())")
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        let ok = index + count <= bytes.count && word.withUTF8Buffer { w in
            (0..<count).allSatisfy { bytes[index + $0] == w[$0] }
        }
        guard ok else { throw error("unexpected \(describeCurrent())") }
        index += count
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maxDepth { throw error("nested more than \(Self.maxDepth) levels deep") }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        let startLine = line
        index += 1
        var fields: [String: JSONValue] = [:]
        var keys: [String] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(JSONObject(fields: fields, keys: keys, line: startLine))
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file inside an object (truncated?)") }
            guard bytes[index] == UInt8(ascii: "\"") else { throw error("expected a quoted key, found \(describeCurrent())") }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file inside an object (truncated?)") }
            guard bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after key \"\(key)\", found \(describeCurrent())") }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            if fields.updateValue(value, forKey: key) == nil { keys.append(key) }
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file inside an object (truncated?)") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; break }
            throw error("expected ',' or '}' in an object, found \(describeCurrent())")
        }
        depth -= 1
        return .object(JSONObject(fields: fields, keys: keys, line: startLine))
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        let startLine = line
        var items: [JSONValue] = []
        try parseArray { items.append($0) }
        return .array(items, line: startLine)
    }

    /// An array, handing each item to `item` as soon as it is parsed.
    private mutating func parseArray(_ item: (JSONValue) -> Void) throws(JSONSyntaxError) {
        try enter()
        index += 1
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return
        }
        while true {
            skipWhitespace()
            item(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file inside an array (truncated?)") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; break }
            throw error("expected ',' or ']' in an array, found \(describeCurrent())")
        }
        depth -= 1
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = index
        func digits(_ p: inout JSONParser) -> Int {
            let s = p.index
            while p.index < p.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(p.bytes[p.index]) { p.index += 1 }
            return p.index - s
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digits(&self) > 0 else { throw error("malformed number") }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw error("malformed number") }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
            guard digits(&self) > 0 else { throw error("malformed number") }
        }
        return .number(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1  // opening quote
        var out: [UInt8] = []
        var runStart = index
        while true {
            guard index < bytes.count else { throw error("unexpected end of file inside a string (truncated?)") }
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                out.append(contentsOf: bytes[runStart..<index])
                index += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 {
                throw error(b == 0x0A ? "line break inside a string (unterminated string?)" : "control character inside a string")
            }
            if b != UInt8(ascii: "\\") { index += 1; continue }
            out.append(contentsOf: bytes[runStart..<index])
            index += 1
            guard index < bytes.count else { throw error("unexpected end of file inside a string (truncated?)") }
            let e = bytes[index]
            index += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try parseHex4()
                if (0xD800..<0xDC00).contains(scalar),
                   index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                    let save = index
                    index += 2
                    let low = try parseHex4()
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        index = save
                    }
                }
                let s = Unicode.Scalar(scalar) ?? "\u{FFFD}"  // lone surrogates become U+FFFD
                out.append(contentsOf: String(s).utf8)
            default:
                index -= 1
                throw error("invalid escape '\\\(describeCurrent())' in a string")
            }
            runStart = index
        }
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("unexpected end of file inside a \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let d: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
            default: throw error("invalid \\u escape")
            }
            v = v * 16 + UInt32(d)
            index += 1
        }
        return v
    }
}
