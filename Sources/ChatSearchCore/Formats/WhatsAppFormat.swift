/// WhatsApp's "Export chat" text, both styles:
///
///     [12/03/2024, 19:45:12] Alice: text      (iOS)
///     12/03/2024, 19:45 - Alice: text         (Android)
///
/// with 2- or 4-digit years, `/`, `.` or `-` in dates, 24-hour or AM/PM times. One conversation per file
/// (id = file name without extension, title = file name), turn ids "1", "2", ... in order.
///
/// - time = date and time as written (`12/03/2024, 19:45:12`); session = the date, so each day is a session.
/// - Lines without a date prefix continue the message above (joined with newlines).
/// - Skipped: system lines (a dated line with no `Name: ` part, such as "Alice added Bob"), iOS notices
///   whose text starts with an invisible U+200E mark, media placeholders ("<Media omitted>", "image omitted",
///   "<attached: ...>"), and deleted messages. A trailing "<This message was edited>" is removed.
/// - Invisible direction marks are removed from names and text; narrow no-break spaces become spaces.
/// - Non-blank text before the first dated line is reported and ignored.
enum WhatsAppFormat {
    struct Header {
        var date: String
        var time: String
        /// The rest of the line after the date and time, with its marks still in place.
        var rest: Substring
    }

    /// Parses the date-and-time prefix of a line (after leading invisible marks).
    struct HeaderParser {
        private let iOS = /^\[(\d{1,4}[.\/-]\d{1,2}[.\/-]\d{1,4}),?\s+(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?)\]\s?(.*)$/
        private let android = /^(\d{1,4}[.\/-]\d{1,2}[.\/-]\d{1,4}),?\s+(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?)\s+[-–]\s(.*)$/

        func header(_ line: Substring) -> Header? {
            let line = line.drop { WhatsAppFormat.isInvisibleMark($0) }
            guard let first = line.first, first == "[" || first.isNumber else { return nil }
            if let m = line.wholeMatch(of: iOS) ?? line.wholeMatch(of: android) {
                return Header(date: String(m.1), time: WhatsAppFormat.clean(m.2), rest: m.3)
            }
            return nil
        }
    }

    static func parse(_ input: FormatInput) -> FormatOutput {
        let parser = HeaderParser()
        var output = FormatOutput()
        var turns: [Turn] = []
        var current: (header: Header, speaker: String, lines: [Substring])?
        var seenHeader = false
        var strayLine: Int?

        func flush() {
            guard let message = current else { return }
            current = nil
            var text = joinTurnLines(message.lines)
            if text.hasSuffix("<This message was edited>") {
                text = String(text.dropLast("<This message was edited>".count).trimmed)
            }
            guard text.hasContent, !isPlaceholder(text) else { return }
            turns.append(Turn(id: String(turns.count + 1), speaker: message.speaker,
                              time: "\(message.header.date), \(message.header.time)", text: text,
                              session: message.header.date))
        }

        for (i, line) in input.lines.enumerated() {
            if let header = parser.header(line) {
                flush()
                seenHeader = true
                guard let colon = header.rest.firstRange(of: ": ") ?? header.rest.firstRange(of: /:$/)
                else { continue }  // system line: no "Name: "
                let speaker = clean(header.rest[..<colon.lowerBound])
                let body = header.rest[colon.upperBound...]
                guard isName(speaker), body.first != "\u{200E}" else { continue }
                current = (header, speaker, [Substring(clean(body))])
            } else if current != nil {
                current?.lines.append(Substring(clean(line)))
            } else if !seenHeader, strayLine == nil, !line.trimmed.isEmpty, !line.allSatisfy(isInvisibleMark) {
                strayLine = i + 1
            }
        }
        flush()
        if let strayLine {
            output.problems.append(input.problem(strayLine, "text before the first dated message; ignored"))
        }
        output.conversations.append(
            Conversation(id: input.baseName, title: input.fileName, turns: turns, source: input.path))
        return output
    }

    private static func isName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 60 && !name.contains { "\"“”".contains($0) }
    }

    private static func isPlaceholder(_ text: String) -> Bool {
        let t = text.lowercased()
        if t == "<media omitted>" || t == "this message was deleted" || t == "you deleted this message"
            || t == "null" || (t.hasPrefix("<attached:") && t.hasSuffix(">")) {
            return true
        }
        let media = ["image", "video", "audio", "sticker", "gif", "document", "contact card"]
        return !t.contains("\n") && media.contains { t.hasSuffix("\($0) omitted") }
    }

    static func isInvisibleMark(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { s in
            s == "\u{200E}" || s == "\u{200F}" || s == "\u{FEFF}" || ("\u{202A}"..."\u{202E}").contains(s)
                || ("\u{2066}"..."\u{2069}").contains(s)
        }
    }

    /// Removes direction marks; narrow and no-break spaces become plain spaces.
    static func clean<S: StringProtocol>(_ s: S) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\u{200E}", "\u{200F}", "\u{FEFF}", "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}": continue
            case "\u{202F}", "\u{00A0}": out.unicodeScalars.append(" ")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return String(out.trimmed)
    }
}
