/// Which format a file is in, from its content (the extension is only a hint).
enum FormatDetection {
    /// `detect(path:text:)` for a file read by the loader. A JSON document is checked from its bytes one
    /// array item at a time (only the first is kept), so a big export is never held parsed whole; anything
    /// else, or JSON that does not parse, goes the text's way.
    static func detect(_ input: FormatInput) -> ChatFormat? {
        let ext = SourceFile.fileExtension(input.fileName)
        let json: JSONValue? = input.body.withUTF8 { bytes in
            guard let start = bytes.firstIndex(where: { !(9...13).contains($0) && $0 != 32 }) else { return nil }
            switch bytes[start] {
            case UInt8(ascii: "{"): break
            case UInt8(ascii: "["):
                // As in detect(path:text:): "[" then an object, an array, a string, "]" or nothing.
                guard let next = bytes[(start + 1)...].first(where: { !(9...13).contains($0) && $0 != 32 }) else { break }
                guard next < 0x80 else { return nil }  // non-ASCII white space: the text decides
                guard "{[]\"".utf8.contains(next) else { return nil }
            default: return nil
            }
            var first: JSONValue?
            var isArray = true
            do {
                if let whole = try JSONParser.parseItems(bytes: bytes, item: { if first == nil { first = $0 } }) {
                    isArray = false
                    first = whole
                }
            } catch {
                return nil
            }
            return isArray ? .array(first.map { [$0] } ?? [], line: 1) : first
        }
        if let json { return detectJSON(json, ext: ext) }
        return detect(path: input.path, text: input.text)
    }

    static func detect(path: String, text: String) -> ChatFormat? {
        let ext = SourceFile.fileExtension(SourceFile.fileName(path))
        guard let first = text.first(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) else { return nil }
        let looksLikeJSON = first == "{" || (first == "[" && text.drop { $0 != "[" }.dropFirst()
            .first { !$0.isWhitespace }.map { "{[]\"".contains($0) } ?? true)
        if looksLikeJSON, let json = try? JSONParser.parse(text) { return detectJSON(json, ext: ext) }
        let lines = headLines(text, limit: 30) { !$0.trimmed.isEmpty && !$0.allSatisfy(WhatsAppFormat.isInvisibleMark) }
        if let firstLine = lines.first {
            let head = firstLine.drop { $0 == "\u{FEFF}" }
            if head.hasPrefix("WEBVTT") { return .webvtt }
            if SubtitleFormat.isSRTStart(Array(lines.prefix(2))) { return .srt }
        }
        let whatsapp = WhatsAppFormat.HeaderParser()
        if lines.prefix(10).contains(where: { whatsapp.header($0) != nil }) { return .whatsapp }
        if looksLikeJSON { return agentJSONLines(text) ?? guessBrokenJSON(text, ext: ext) }
        if AiderFormat.isHistory(path: path, firstLine: lines.first) { return .aider }
        if let firstLine = lines.first, OtterFormat.header(firstLine) != nil { return .otter }
        if lines.contains(where: { TranscriptFormat.speakerLine($0) != nil }) { return .transcript }
        switch ext {
        case "txt": return .transcript
        case "vtt": return .webvtt
        case "srt": return .srt
        default: return nil
        }
    }

    /// Why a file has no format: for valid JSON, the shapes it was compared with.
    static func unknownFormatReason(_ text: String) -> String {
        guard let json = try? JSONParser.parse(text) else {
            return "unrecognised chat format (use --input-format to choose one)"
        }
        var keys = ""
        if let object = json.object ?? json.array?.first?.object {
            keys = " with keys " + object.keys.prefix(6).map { "\"\($0)\"" }.joined(separator: ", ")
                + (object.keys.count > 6 ? ", ..." : "")
        }
        let what = json.array.map { "an array of \($0.first?.kindName ?? "nothing")" } ?? json.kindName
        return "JSON of an unknown shape (\(what)\(keys)); compared with: " + knownShapes
            + " (use --input-format to choose one)"
    }

    static let knownShapes = [
        "ChatGPT conversations.json ([{mapping}])", "Claude conversations.json ([{chat_messages}])",
        "Telegram result.json ({messages} or {chats: {list}})", "DiscordChatExporter ({guild, channel, messages})",
        "Messenger/Instagram message_N.json ({participants, messages})", "Slack day file ([{type, ts, text}])",
        "WhisperX segments ({segments: [{start, text}]})", "LoCoMo ([{conversation}])",
        "ChatSearch ({turns} or [{turns}])", "Gemini CLI chat ({sessionId, projectHash, messages})",
        "messages array ([{role, content}])", "Claude Code or Codex CLI session (JSON Lines records)", "strings ([\"...\"])", "JSON Lines ({text} per line)",
    ].joined(separator: ", ")

    private static func detectJSON(_ json: JSONValue, ext: String) -> ChatFormat? {
        switch json {
        case .array(let items, _):
            guard let item = items.first else { return ext == "jsonl" || ext == "ndjson" ? .jsonl : .strings }
            if item.string != nil { return .strings }
            guard let object = item.object else { return nil }
            if SlackFormat.isMessage(object) { return .slack }
            if MessagesArrayFormat.isMessage(object) { return .messages }
            return detectObject(object, inArray: true)
        case .object(let object):
            return detectObject(object, inArray: false)
        default:
            return nil
        }
    }

    private static func detectObject(_ object: JSONObject, inArray: Bool) -> ChatFormat? {
        if object["mapping"] != nil { return .chatgpt }
        if object["chat_messages"] != nil { return .claude }
        if let dialogue = object["conversation"]?.object,
           dialogue["speaker_a"] != nil || dialogue.keys.contains(where: { $0.hasPrefix("session_") }) {
            return .locomo
        }
        if object["turns"] != nil { return .canonical }
        if inArray { return nil }  // an array of other objects is not JSON Lines
        if ClaudeCodeFormat.isRecord(object) { return .claudeCode }  // a session file of one record
        if CodexFormat.isRecord(object) { return .codex }
        if let messages = object["messages"]?.array {
            if object["guild"] != nil || object["channel"] != nil { return .discord }
            if object["participants"] != nil { return .messenger }
            if GeminiCLIFormat.isChat(object) { return .gemini }
            let first = messages.first?.object
            // Meta's fields: a thread without "participants" is still Messenger/Instagram.
            if first?["sender_name"] != nil || first?["timestamp_ms"] != nil { return .messenger }
            if let first, MessagesArrayFormat.isMessage(first) { return .messages }
            return .telegram
        }
        if object["chats"]?.object?["list"] != nil { return .telegram }
        if object["segments"]?.array != nil { return .segments }
        if object["text"] != nil { return .jsonl }  // a JSON Lines file with a single line
        return nil
    }

    /// The first `limit` lines of `text` that `keep` accepts, reading no further into the text than that
    /// (detection looks at the head of a file, which may be hundreds of megabytes).
    static func headLines(_ text: String, limit: Int, keep: (Substring) -> Bool) -> [Substring] {
        var out: [Substring] = []
        var rest = text[...]
        while out.count < limit, !rest.isEmpty {
            let end = rest.firstIndex { $0 == "\n" || $0 == "\r\n" } ?? rest.endIndex
            let line = rest[..<end]
            if keep(line) { out.append(line) }
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
        }
        return out
    }

    /// A coding agent's session file: JSON Lines whose first records (malformed lines skipped) are Claude
    /// Code's or Codex CLI's.
    private static func agentJSONLines(_ text: String) -> ChatFormat? {
        for line in headLines(text, limit: 10, keep: { !$0.trimmed.isEmpty }) {
            guard let object = (try? JSONParser.parse(String(line)))?.object else { continue }
            if ClaudeCodeFormat.isRecord(object) { return .claudeCode }
            if CodexFormat.isRecord(object) { return .codex }
        }
        return nil
    }

    /// The likely format of JSON that does not parse as a whole, so that its parser reports the error.
    private static func guessBrokenJSON(_ text: String, ext: String) -> ChatFormat? {
        let firstLine = headLines(text, limit: 1) { !$0.trimmed.isEmpty }.first.map(String.init) ?? ""
        if case .object? = try? JSONParser.parse(firstLine) { return .jsonl }
        if ext == "jsonl" || ext == "ndjson" { return .jsonl }
        let head = text.prefix(4000)
        if head.contains("\"mapping\"") { return .chatgpt }
        if head.contains("\"chat_messages\"") { return .claude }
        if head.contains("\"sample_id\"") || head.contains("\"speaker_a\"") { return .locomo }
        if head.contains("\"turns\"") { return .canonical }
        if head.contains("\"guild\"") { return .discord }
        if head.contains("\"sender_name\"") && (head.contains("\"participants\"") || head.contains("\"timestamp_ms\"")) { return .messenger }
        if head.contains("\"projectHash\"") { return .gemini }
        if head.contains("\"messages\"") && head.contains("\"from\"") { return .telegram }
        if head.contains("\"ts\"") && head.contains("\"type\"") { return .slack }
        if head.contains("\"segments\"") { return .segments }
        if text.drop(while: { $0.isWhitespace }).dropFirst().drop(while: { $0.isWhitespace }).first == "\"" {
            return .strings
        }
        return ext == "json" ? .canonical : nil
    }
}
