/// Facebook Messenger's and Instagram's "Download your information" JSON: one thread per folder, in
/// `message_1.json`, `message_2.json`, ... of `{participants: [{name}], messages: [{sender_name,
/// timestamp_ms, content}], title, thread_path}`. Each file holds messages newest first, and
/// `message_1.json` holds the newest; the files of one folder are one conversation, oldest turn first.
///
/// Conversation id = the thread folder (the last part of `thread_path`), title = `title`. Turns are
/// messages with `content`; photos, videos, stickers, files and shares without text, calls (also those
/// typed `Generic` but carrying a `call_duration`) and
/// subscription notices (types other than `Generic` and `Share`), unsent messages and Instagram's
/// reaction notices ("Liked a message", "Reacted ❤️ to your message") are not turns.
/// Speaker = `sender_name`, time = `timestamp_ms` as ISO-8601 UTC, turn ids 1, 2, ... oldest first.
///
/// Meta writes each UTF-8 byte of non-ASCII text as its own `\u00XX` escape, so "café" arrives as
/// "cafÃ©" (mojibake). The repair decides per file, then per string: a file is Meta-encoded when none of
/// its names, titles and texts holds a character above U+00FF (which Meta's escaping can never produce);
/// in such a file, a string whose characters, read as bytes, form valid UTF-8 with at least one
/// multi-byte sequence is replaced by that decoding. Anything else is left exactly as written.
enum MessengerFormat {
    static func parse(_ input: FormatInput) throws(LoadProblem) -> FormatOutput {
        let root = try input.parseJSON()
        guard let object = root.object, let messages = object["messages"]?.array else {
            throw input.problem(root.line ?? 1, "expected a Messenger/Instagram object with a \"messages\" array")
        }
        var output = FormatOutput()
        var rows: [(sender: String?, ms: Double?, content: String)] = []
        for (j, item) in messages.enumerated() {
            guard let message = item.object else {
                output.problems.append(input.problem(item.line ?? object.line, "message \(j + 1) is \(item.kindName), not an object; skipped"))
                continue
            }
            if let type = message["type"]?.string, type != "Generic", type != "Share" { continue }
            if case .bool(true)? = message["is_unsent"] { continue }
            if message["call_duration"] != nil { continue }  // "Ann started a call.", whatever its type
            guard let content = message["content"]?.string, content.hasContent, !isReactionNotice(content) else { continue }
            rows.append((message["sender_name"]?.string, message["timestamp_ms"]?.double, content))
        }
        let title = object["title"]?.string
        let repair = Mojibake.isMetaEncoded([title].compactMap { $0 } + rows.flatMap { [$0.sender ?? "", $0.content] })
        let fix: (String) -> String = { repair ? Mojibake.repaired($0) : $0 }
        var turns: [Turn] = []
        // Files are written newest first, but nothing promises it: order by time (stable), else reverse.
        let ordered = rows.allSatisfy { $0.ms != nil }
            ? rows.enumerated().sorted { ($0.element.ms!, -$0.offset) < ($1.element.ms!, -$1.offset) }.map(\.element)
            : rows.reversed()
        for (i, row) in ordered.enumerated() {
            var time: String?
            if let ms = row.ms {
                time = iso8601UTC(ms / 1000)
                if time == nil {
                    output.problems.append(input.problem(object.line, "message \(rows.count - i): timestamp_ms out of range; time dropped"))
                }
            }
            turns.append(Turn(id: String(i + 1), speaker: row.sender.map(fix), time: time, text: fix(row.content)))
        }
        let folder = SourceFile.folder(input.path)
        let threadName = object["thread_path"]?.string.flatMap { $0.split(separator: "/").last.map(String.init) }
        let id = threadName ?? (folder.isEmpty ? input.baseName : SourceFile.fileName(folder))
        output.conversations.append(Conversation(id: id, title: title.map(fix), turns: turns, source: input.path))
        if let part = partNumber(input.fileName) {
            // message_1.json is the newest part: higher numbers come first.
            let order = String(repeating: "0", count: max(0, 9 - String(1_000_000_000 - part).count)) + String(1_000_000_000 - part)
            output.thread = ThreadPart(key: "messenger:" + folder, order: order, renumber: true)
        }
        return output
    }

    private static func isReactionNotice(_ text: String) -> Bool {
        text == "Liked a message" || text.wholeMatch(of: /Reacted .{1,16} to your message/) != nil
    }

    /// N for `message_N.json`.
    private static func partNumber(_ name: String) -> Int? {
        guard name.hasPrefix("message_"), name.hasSuffix(".json") else { return nil }
        return Int(name.dropFirst("message_".count).dropLast(".json".count)).flatMap { $0 > 0 && $0 < 1_000_000_000 ? $0 : nil }
    }
}

/// Meta's UTF-8-bytes-as-Latin-1 mojibake (see `MessengerFormat`).
enum Mojibake {
    static func isMetaEncoded(_ strings: [String]) -> Bool {
        strings.allSatisfy { $0.unicodeScalars.allSatisfy { $0.value <= 0xFF } }
    }

    static func repaired(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return s }
        let bytes = s.unicodeScalars.map { UInt8($0.value) }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var scalars = String.UnicodeScalarView()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): scalars.append(Unicode.UTF8.decode(encoded))
            case .error: return s
            case .emptyInput: return String(scalars)
            }
        }
    }
}
