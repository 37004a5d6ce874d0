import Foundation

/// Reads chat files, folders and zip archives into conversations. README.md (Formats) describes the
/// formats and rules.
public enum ConversationLoader {
    /// File extensions read when walking a folder or a zip archive; files named directly are read whatever
    /// their name.
    public static let folderExtensions: Set<String> = ["json", "jsonl", "ndjson", "txt", "vtt", "srt", "zip"]

    /// Files that exports write beside their chats (account details, feedback, Slack's member and channel
    /// lists, which the Slack reader looks up): never read as chats unless a format is forced.
    static let exportCompanionNames: Set<String> = [
        "users.json", "channels.json", "groups.json", "dms.json", "mpims.json", "integration_logs.json",
        "canvases.json", "org_users.json", "user.json", "message_feedback.json", "shared_conversations.json",
        "model_comparisons.json", "projects.json", "memories.json",
    ]

    /// Loads files, folders and zip archives (folders recursively; hidden files and folders skipped; files
    /// in a stable sorted order). Detects the format of each file unless `format` is given. Never throws:
    /// every file that cannot be read is reported in `problems` and skipped, and all other files load.
    /// Conversation ids are made unique across the set: a clash gets "@file name" appended (then "#2",
    /// "#3", ...). `includeTools` loads the tool calls and outputs of coding-agent sessions as turns of
    /// speaker `tool` (they are not turns otherwise).
    public static func load(paths: [String], format: ChatFormat? = nil, includeTools: Bool = false) -> LoadResult {
        var result = LoadResult()
        var seen: Set<String> = []
        var parts: [(file: String, output: FormatOutput)] = []
        for path in paths {
            let (files, problems) = expand(path)
            parts.append((path, FormatOutput(problems: problems)))
            let companions = Companions(files)
            var companionsOnly: [String] = []
            for file in files where seen.insert(file.path).inserted {
                if format == nil, files.count > 1, exportCompanionNames.contains(file.fileName) {
                    companionsOnly.append(file.fileName)
                    continue
                }
                result.files.append(file.path)
                parts.append((file.path, read(file, format: format, companions: companions, includeTools: includeTools)))
            }
            if !companionsOnly.isEmpty, companionsOnly.count == files.count {
                parts.append((path, FormatOutput(problems: [LoadProblem(
                    path: path, reason: "no chats, only files that exports keep beside them: " + companionsOnly.joined(separator: ", "))])))
            }
        }
        var ids = UniqueIDs()
        for unit in joinThreads(parts) {
            result.problems += unit.output.problems
            for var conversation in unit.output.conversations {
                conversation.id = ids.claim(conversation.id, file: unit.file)
                result.conversations.append(conversation)
            }
        }
        return result
    }

    /// Loads one file (or zip archive) strictly: throws its first problem, even one that `load(paths:)`
    /// would step over (a bad JSON line, invalid UTF-8).
    public static func load(file: String, format: ChatFormat? = nil, includeTools: Bool = false) throws(LoadProblem) -> [Conversation] {
        let result = load(paths: [file], format: format, includeTools: includeTools)
        if let first = result.problems.first { throw first }
        return result.conversations
    }

    /// The format of a file from its content, with the extension as a hint; nil when nothing fits
    /// (including an empty file).
    public static func detect(path: String, data: Data) -> ChatFormat? {
        FormatDetection.detect(path: path, text: decode(data).text)
    }

    // MARK: - Reading one file

    static func read(_ file: SourceFile, format: ChatFormat?, companions: Companions, includeTools: Bool = false) -> FormatOutput {
        // Valid UTF-8 is read in place (the file's bytes are the text); only other files are decoded into a
        // string. The bytes are released when this returns.
        let decoded: (body: FormatBody, invalid: (encoding: String, line: Int, count: Int)?)
        do {
            let data = try file.read()
            if format == nil, let kind = BinaryFile.kind(data) {
                return FormatOutput(problems: [LoadProblem(path: file.path, reason: BinaryFile.reason(kind))])
            }
            decoded = body(data)
        } catch {
            return FormatOutput(problems: [error])
        }
        var output = FormatOutput()
        if let bad = decoded.invalid {
            output.problems.append(LoadProblem(
                path: file.path, line: bad.line,
                reason: "invalid \(bad.encoding) (\(bad.count) bad sequence\(bad.count == 1 ? "" : "s") loaded as U+FFFD)"))
        }
        if decoded.body.isAllWhitespace { return output }
        let input = FormatInput(path: file.path, body: decoded.body, companions: companions, includeTools: includeTools)
        guard let format = format ?? FormatDetection.detect(input) else {
            output.problems.append(input.problem(nil, FormatDetection.unknownFormatReason(input.text)))
            return output
        }
        do {
            var parsed = try parse(input, as: format)
            TurnTimestamps.fill(&parsed.conversations, format: format)
            // Trimmed in place, one conversation at a time (never a second copy of every text).
            for i in parsed.conversations.indices { trimTexts(&parsed.conversations[i]) }
            output.conversations = parsed.conversations
            output.problems += parsed.problems
            output.thread = parsed.thread
        } catch {
            output.problems.append(error)
        }
        if output.problems.isEmpty, output.thread == nil, !output.conversations.contains(where: { !$0.turns.isEmpty }) {
            output.problems.append(input.problem(nil, "read as \(format.rawValue), but no message with text was found"))
        }
        return output
    }

    static func parse(_ input: FormatInput, as format: ChatFormat) throws(LoadProblem) -> FormatOutput {
        switch format {
        case .strings: return try StringsFormat.parse(input)
        case .canonical: return try CanonicalFormat.parse(input)
        case .jsonl: return JSONLinesFormat.parse(input)
        case .chatgpt: return try ChatGPTFormat.parse(input)
        case .claude: return try ClaudeFormat.parse(input)
        case .telegram: return try TelegramFormat.parse(input)
        case .discord: return try DiscordFormat.parse(input)
        case .messenger: return try MessengerFormat.parse(input)
        case .slack: return try SlackFormat.parse(input)
        case .transcript: return TranscriptFormat.parse(input)
        case .webvtt: return SubtitleFormat.parse(input, webVTT: true)
        case .srt: return SubtitleFormat.parse(input, webVTT: false)
        case .otter: return OtterFormat.parse(input)
        case .segments: return try SegmentsFormat.parse(input)
        case .whatsapp: return WhatsAppFormat.parse(input)
        case .locomo: return try LoCoMoFormat.parse(input)
        case .claudeCode: return ClaudeCodeFormat.parse(input)
        case .codex: return CodexFormat.parse(input)
        case .gemini: return try GeminiCLIFormat.parse(input)
        case .aider: return AiderFormat.parse(input)
        case .messages: return try MessagesArrayFormat.parse(input)
        }
    }

    /// Every reader's message text gets the one whitespace rule (`trimmed`); turns left empty are dropped.
    private static func trimTexts(_ conversation: inout Conversation) {
        conversation.turns.removeAll { turn in turn.text.trimmed.isEmpty }
        for i in conversation.turns.indices {
            let trimmed = conversation.turns[i].text.trimmed
            if trimmed.startIndex != conversation.turns[i].text.startIndex || trimmed.endIndex != conversation.turns[i].text.endIndex {
                conversation.turns[i].text = String(trimmed)
            }
        }
    }

    /// Joins the parts of conversations stored across files into the place of their first part; a thread
    /// whose parts hold no message at all is reported once.
    private static func joinThreads(_ parts: [(file: String, output: FormatOutput)]) -> [(file: String, output: FormatOutput)] {
        var groups: [ThreadKeyAndIndex] = []
        var firstIndex: [String: Int] = [:]
        var units: [(file: String, output: FormatOutput)] = []
        for part in parts {
            guard let thread = part.output.thread else {
                units.append(part)
                continue
            }
            if let at = firstIndex[thread.key] {
                groups[at].members.append((thread, part.output))
                units[groups[at].unit].output.problems += part.output.problems
            } else {
                firstIndex[thread.key] = groups.count
                groups.append(ThreadKeyAndIndex(unit: units.count, members: [(thread, part.output)]))
                units.append((part.file, FormatOutput(problems: part.output.problems)))
            }
        }
        for group in groups {
            let members = group.members.enumerated().sorted { ($0.element.0.order, $0.offset) < ($1.element.0.order, $1.offset) }
                .map(\.element)
            guard var joined = members.first(where: { !$0.1.conversations.isEmpty })?.1.conversations.first else { continue }
            joined.turns = members.flatMap { $0.1.conversations.flatMap(\.turns) }
            if members[0].0.renumber {
                for i in joined.turns.indices { joined.turns[i].id = String(i + 1) }
            }
            if joined.turns.isEmpty, units[group.unit].output.problems.isEmpty {
                units[group.unit].output.problems.append(LoadProblem(
                    path: joined.source ?? units[group.unit].file, reason: "no message with text in any part of this conversation"))
            }
            units[group.unit].output.conversations = [joined]
        }
        return units
    }

    private struct ThreadKeyAndIndex {
        var unit: Int
        var members: [(ThreadPart, FormatOutput)]
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
        // Read in place: no copy of the file's bytes.
        data.withUnsafeBytes { raw in decode(raw.bindMemory(to: UInt8.self)) }
    }

    /// The text of a file for the readers: its own bytes when they are valid UTF-8 (after a byte-order
    /// mark), otherwise decoded as `decode` does, with where the bad sequences are.
    static func body(_ data: Data) -> (body: FormatBody, invalid: (encoding: String, line: Int, count: Int)?) {
        let utf8Start: Int? = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let body = UnsafeBufferPointer(rebasing: bytes[start...])
            return badSequences(body, parser: Unicode.UTF8.ForwardParser(), start: 0).first == nil ? start : nil
        }
        if let utf8Start { return (FormatBody(validUTF8: data, from: utf8Start), nil) }
        let decoded = decode(data)
        return (FormatBody(text: decoded.text), decoded.invalid)
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Decoded {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(Array(bytes), littleEndian: bytes[0] == 0xFF)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        let (firstBad, badCount) = badSequences(body, parser: Unicode.UTF8.ForwardParser(), start: body.startIndex)
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
        var (firstBad, badCount) = badSequences(units, parser: Unicode.UTF16.ForwardParser(), start: 0)
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

    /// The offset (in code units, from `start`) of the first bad sequence in `units`, and how many there are.
    private static func badSequences<P: Unicode.Parser, C: Collection>(_ units: C, parser: P, start: Int) -> (first: Int?, count: Int)
    where C.Element == P.Encoding.CodeUnit {
        var parser = parser
        var iterator = units.makeIterator()
        var offset = start
        var first: Int?
        var count = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error(let length):
                if first == nil { first = offset }
                count += 1
                offset += length
            case .emptyInput: break loop
            }
        }
        return (first, count)
    }

    // MARK: - Files, folders and archives

    /// The files a path stands for (a zip archive stands for its entries), and problems (missing path,
    /// unreadable folder or archive).
    static func expand(_ path: String) -> (files: [SourceFile], problems: [LoadProblem]) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return ([], [LoadProblem(path: path, reason: "no such file or folder")])
        }
        guard isDirectory.boolValue else {
            return ZipInput.isZip(path) ? ZipInput.entries(of: path) : ([.disk(path)], [])
        }
        var files: [SourceFile] = []
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
            for name in names.sorted() where !name.hasPrefix(".") || name == AiderFormat.fileName {
                let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                var childIsDirectory: ObjCBool = false
                guard fm.fileExists(atPath: child, isDirectory: &childIsDirectory) else { continue }
                let ext = SourceFile.fileExtension(name)
                if childIsDirectory.boolValue {
                    walk(child)
                } else if ext == "zip" {
                    let (entries, zipProblems) = ZipInput.entries(of: child)
                    files += entries
                    problems += zipProblems
                } else if folderExtensions.contains(ext) || name == AiderFormat.fileName {
                    files.append(.disk(child))
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
        let base = "\(id)@\(SourceFile.fileName(file))"
        var candidate = base
        var n = 1
        while !taken.insert(candidate).inserted {
            n += 1
            candidate = "\(base)#\(n)"
        }
        return candidate
    }
}
