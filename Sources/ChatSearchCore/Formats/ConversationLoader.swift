import Foundation

/// Reads chat files and folders into conversations. See docs-formats.md for the formats and rules.
public enum ConversationLoader {
    /// File extensions read when walking a folder; files named directly are read whatever their name.
    public static let folderExtensions: Set<String> = ["json", "jsonl", "ndjson", "txt"]

    /// Loads files and folders (folders recursively; hidden files and folders skipped; files in a stable
    /// sorted order). Detects the format of each file unless `format` is given. Never throws: every file
    /// that cannot be read is reported in `problems` and skipped, and all other files load. Conversation ids
    /// are made unique across the set: a clash gets "@file name" appended (then "#2", "#3", ...).
    public static func load(paths: [String], format: ChatFormat? = nil) -> LoadResult {
        var result = LoadResult()
        var ids = UniqueIDs()
        var seenFiles: Set<String> = []
        for path in paths {
            let (files, problems) = expand(path)
            result.problems += problems
            for file in files where seenFiles.insert(file).inserted {
                result.files.append(file)
                let output = read(file: file, format: format)
                result.problems += output.problems
                for var conversation in output.conversations {
                    conversation.id = ids.claim(conversation.id, file: file)
                    result.conversations.append(conversation)
                }
            }
        }
        return result
    }

    /// Loads one file strictly: throws its first problem, even one that `load(paths:)` would step over
    /// (a bad JSON line, invalid UTF-8). Ids are made unique within the file.
    public static func load(file: String, format: ChatFormat? = nil) throws(LoadProblem) -> [Conversation] {
        let output = read(file: file, format: format)
        if let first = output.problems.first { throw first }
        var ids = UniqueIDs()
        return output.conversations.map { c in
            var c = c
            c.id = ids.claim(c.id, file: file)
            return c
        }
    }

    /// The format of a file from its content, with the extension as a hint; nil when nothing fits
    /// (including an empty file).
    public static func detect(path: String, data: Data) -> ChatFormat? {
        detect(path: path, text: decode(data).text)
    }

    // MARK: - Reading one file

    static func read(file: String, format: ChatFormat?) -> FormatOutput {
        let data: Data
        do {
            data = try readRegularFile(file)
        } catch {
            return FormatOutput(problems: [LoadProblem(path: file, reason: "cannot read: \(error.reason)")])
        }
        var output = FormatOutput()
        let decoded = decode(data)
        if let bad = decoded.invalid {
            output.problems.append(LoadProblem(
                path: file, line: bad.line,
                reason: "invalid \(bad.encoding) (\(bad.count) bad sequence\(bad.count == 1 ? "" : "s") loaded as U+FFFD)"))
        }
        if decoded.text.allSatisfy(\.isWhitespace) { return output }
        let input = FormatInput(path: file, text: decoded.text)
        guard let format = format ?? detect(path: file, text: decoded.text) else {
            output.problems.append(input.problem(nil, "unrecognised chat format (use --input-format to choose one)"))
            return output
        }
        do {
            let parsed = try parse(input, as: format)
            output.conversations = parsed.conversations.map(trimmingTexts)
            output.problems += parsed.problems
        } catch {
            output.problems.append(error)
        }
        return output
    }

    /// Every reader's message text gets the one whitespace rule (`trimmed`); turns left empty are dropped.
    private static func trimmingTexts(_ conversation: Conversation) -> Conversation {
        var c = conversation
        c.turns = c.turns.compactMap { turn in
            var t = turn
            t.text = String(turn.text.trimmed)
            return t.text.isEmpty ? nil : t
        }
        return c
    }

    /// The bytes of a regular file (following symbolic links); anything else is named for what it is, so
    /// that a FIFO or a device is never waited on.
    static func readRegularFile(_ file: String) throws(LoadProblem) -> Data {
        var info = stat()
        guard stat(file, &info) == 0 else {
            let code = errno
            if code == ENOENT { throw LoadProblem(path: file, reason: "no such file") }
            throw LoadProblem(path: file, reason: String(cString: strerror(code)))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw LoadProblem(path: file, reason: "is a folder")
        case S_IFIFO: throw LoadProblem(path: file, reason: "a FIFO (named pipe), not a regular file")
        case S_IFSOCK: throw LoadProblem(path: file, reason: "a socket, not a regular file")
        case S_IFCHR: throw LoadProblem(path: file, reason: "a character device, not a regular file")
        case S_IFBLK: throw LoadProblem(path: file, reason: "a block device, not a regular file")
        default: throw LoadProblem(path: file, reason: "not a regular file")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw LoadProblem(path: file, reason: (error as NSError).localizedDescription)
        }
    }

    static func parse(_ input: FormatInput, as format: ChatFormat) throws(LoadProblem) -> FormatOutput {
        switch format {
        case .strings: return try StringsFormat.parse(input)
        case .canonical: return try CanonicalFormat.parse(input)
        case .jsonl: return JSONLinesFormat.parse(input)
        case .chatgpt: return try ChatGPTFormat.parse(input)
        case .transcript: return TranscriptFormat.parse(input)
        case .whatsapp: return WhatsAppFormat.parse(input)
        case .locomo: return try LoCoMoFormat.parse(input)
        }
    }

    // MARK: - Decoding

    struct Decoded {
        var text: String
        /// The encoding that had bad sequences, the line of the first, and how many.
        var invalid: (encoding: String, line: Int, count: Int)?
    }

    /// UTF-8 (a byte-order mark is dropped), or UTF-16 when the file starts with a UTF-16 byte-order mark.
    /// Bad sequences (invalid UTF-8, lone UTF-16 surrogates, an odd last byte) are decoded as U+FFFD in
    /// place, counted and located.
    static func decode(_ data: Data) -> Decoded {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = body.makeIterator()
        var offset = body.startIndex
        var firstBad: Int?
        var badCount = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error(let length):
                if firstBad == nil { firstBad = offset }
                badCount += 1
                offset += length
            case .emptyInput: break loop
            }
        }
        let text = String(decoding: body, as: UTF8.self)
        guard let firstBad else { return Decoded(text: text) }
        let line = bytes[..<firstBad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        return Decoded(text: text, invalid: ("UTF-8", line, badCount))
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2  // after the byte-order mark
        while i + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var parser = Unicode.UTF16.ForwardParser()
        var iterator = units.makeIterator()
        var offset = 0
        var firstBad: Int?
        var badCount = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error(let length):
                if firstBad == nil { firstBad = offset }
                badCount += 1
                offset += length
            case .emptyInput: break loop
            }
        }
        var text = String(decoding: units, as: UTF16.self)
        if bytes.count % 2 == 1 {
            text.append("\u{FFFD}")
            if firstBad == nil { firstBad = units.count }
            badCount += 1
        }
        guard let firstBad else { return Decoded(text: text) }
        let line = units[..<firstBad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        return Decoded(text: text, invalid: ("UTF-16", line, badCount))
    }

    // MARK: - Detection

    static func detect(path: String, text: String) -> ChatFormat? {
        let ext = path.split(separator: "/").last?.split(separator: ".").dropFirst().last?.lowercased() ?? ""
        guard let first = text.first(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) else { return nil }
        let looksLikeJSON = first == "{" || (first == "[" && text.drop { $0 != "[" }.dropFirst()
            .first { !$0.isWhitespace }.map { "{[]\"".contains($0) } ?? true)
        if looksLikeJSON, let json = try? JSONParser.parse(text) { return detectJSON(json, ext: ext) }
        let lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .lazy.filter { !$0.trimmed.isEmpty && !$0.allSatisfy(WhatsAppFormat.isInvisibleMark) }.prefix(30)
        let whatsapp = WhatsAppFormat.HeaderParser()
        if let firstLine = lines.first, whatsapp.header(firstLine) != nil { return .whatsapp }
        if looksLikeJSON { return guessBrokenJSON(text, ext: ext) }
        if lines.contains(where: { TranscriptFormat.speakerLine($0) != nil }) { return .transcript }
        return ext == "txt" ? .transcript : nil
    }

    private static func detectJSON(_ json: JSONValue, ext: String) -> ChatFormat? {
        switch json {
        case .array(let items, _):
            guard let item = items.first else { return ext == "jsonl" || ext == "ndjson" ? .jsonl : .strings }
            if item.string != nil { return .strings }
            guard let object = item.object else { return nil }
            return detectObject(object)
        case .object(let object):
            return detectObject(object)
        default:
            return nil
        }
    }

    private static func detectObject(_ object: JSONObject) -> ChatFormat? {
        if object["mapping"] != nil { return .chatgpt }
        if let dialogue = object["conversation"]?.object,
           dialogue["speaker_a"] != nil || dialogue.keys.contains(where: { $0.hasPrefix("session_") }) {
            return .locomo
        }
        if object["turns"] != nil { return .canonical }
        if object["text"] != nil { return .jsonl }  // a JSON Lines file with a single line
        return nil
    }

    /// The likely format of JSON that does not parse as a whole, so that its parser reports the error.
    private static func guessBrokenJSON(_ text: String, ext: String) -> ChatFormat? {
        let firstLine = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .first { !$0.trimmed.isEmpty }.map(String.init) ?? ""
        if case .object? = try? JSONParser.parse(firstLine) { return .jsonl }
        if ext == "jsonl" || ext == "ndjson" { return .jsonl }
        let head = text.prefix(4000)
        if head.contains("\"mapping\"") { return .chatgpt }
        if head.contains("\"sample_id\"") || head.contains("\"speaker_a\"") { return .locomo }
        if head.contains("\"turns\"") { return .canonical }
        if text.drop(while: { $0.isWhitespace }).dropFirst().drop(while: { $0.isWhitespace }).first == "\"" {
            return .strings
        }
        return ext == "json" ? .canonical : nil
    }

    // MARK: - Files and folders

    /// The files a path stands for, and problems (missing path, unreadable folder).
    static func expand(_ path: String) -> (files: [String], problems: [LoadProblem]) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return ([], [LoadProblem(path: path, reason: "no such file or folder")])
        }
        guard isDirectory.boolValue else { return ([path], []) }
        var files: [String] = []
        var problems: [LoadProblem] = []
        var visited: Set<String> = []
        func walk(_ folder: String) {
            let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
            guard visited.insert(real).inserted else { return }
            let names: [String]
            do {
                names = try fm.contentsOfDirectory(atPath: folder)
            } catch {
                problems.append(LoadProblem(path: folder, reason: "cannot read folder"))
                return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                var childIsDirectory: ObjCBool = false
                guard fm.fileExists(atPath: child, isDirectory: &childIsDirectory) else { continue }
                if childIsDirectory.boolValue {
                    walk(child)
                } else if let dot = name.lastIndex(of: "."),
                          folderExtensions.contains(name[name.index(after: dot)...].lowercased()) {
                    files.append(child)
                }
            }
        }
        walk(path)
        return (files, problems)
    }
}

/// Hands out conversation ids, making repeats unique: `id`, then `id@file`, then `id@file#2`, ...
struct UniqueIDs {
    private var taken: Set<String> = []

    mutating func claim(_ id: String, file: String) -> String {
        if taken.insert(id).inserted { return id }
        let base = "\(id)@\(file.split(separator: "/").last.map(String.init) ?? file)"
        var candidate = base
        var n = 1
        while !taken.insert(candidate).inserted {
            n += 1
            candidate = "\(base)#\(n)"
        }
        return candidate
    }
}
