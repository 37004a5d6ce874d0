/// Plain text transcripts: `Speaker: text` lines, one conversation per file (id = file name without
/// extension, title = file name). Turn ids are "1", "2", ... in order.
///
/// - A speaker line is an optional time stamp (`[00:12:03]`, `(14:05)` or `14:05 -`, kept as the turn's
///   time) then a name, a colon and a space (or the end of the line). A name is 1-40 characters and at most
///   four words, starts with a letter, and holds only letters, digits, spaces and `.'’-_&()#`.
/// - A name that labels only one line in the whole file counts as a speaker only at the start of the file,
///   after a blank line, or right after another one-line turn; elsewhere (say "Note: bring cash" in the
///   middle of someone's paragraph) the line continues the turn above.
/// - A cue timing (`00:00:01,000 --> 00:00:04,000`), a time stamp alone on its line, or a cue number
///   right above a timing is a break like a blank line, and is not part of any turn's text.
/// - Other lines continue the turn above. Lines are trimmed; blank lines inside a turn are kept as a single
///   empty line (a paragraph break); blank lines between turns are dropped.
/// - Text before the first speaker line becomes a turn with no speaker (often a title or an intro).
enum TranscriptFormat {
    static func parse(_ input: FormatInput) -> FormatOutput {
        let lines = input.lines
        let labelled = lines.map(speakerLine)
        var labelCounts: [String: Int] = [:]
        for case let s? in labelled { labelCounts[s.speaker, default: 0] += 1 }

        var turns: [Turn] = []
        var current: (speaker: String?, time: String?, lines: [Substring])?
        var previousKind: LineKind = .blank

        func flush() {
            guard let turn = current else { return }
            let text = joinTurnLines(turn.lines)
            if text.hasContent {
                turns.append(Turn(id: String(turns.count + 1), speaker: turn.speaker, time: turn.time, text: text))
            }
            current = nil
        }

        let breaks = lines.indices.map { i in
            isTimingLine(lines[i]) || (i + 1 < lines.count && lines[i].trimmed.allSatisfy(\.isNumber)
                && !lines[i].trimmed.isEmpty && isTimingLine(lines[i + 1]))
        }
        for (i, line) in lines.enumerated() {
            if breaks[i] {
                previousKind = .blank
                continue
            }
            if let s = labelled[i],
               labelCounts[s.speaker, default: 0] > 1 || previousKind == .blank || previousKind == .speaker {
                flush()
                current = (s.speaker, s.time, [s.text])
                previousKind = .speaker
                continue
            }
            let blank = line.trimmed.isEmpty
            previousKind = blank ? .blank : .continuation
            if current == nil {
                if blank { continue }
                current = (nil, nil, [])
            }
            current?.lines.append(line)
        }
        flush()
        return FormatOutput(conversations: [
            Conversation(id: input.baseName, title: input.fileName, turns: turns, source: input.path),
        ])
    }

    private enum LineKind { case blank, speaker, continuation }

    /// A subtitle timing, or a time stamp with nothing after it.
    private static func isTimingLine(_ line: Substring) -> Bool {
        let t = line.trimmed
        if SubtitleFormat.isTiming(t) { return true }
        return t.wholeMatch(of: /[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?/) != nil
    }

    struct SpeakerLine {
        var time: String?
        var speaker: String
        var text: Substring
    }

    static func speakerLine(_ line: Substring) -> SpeakerLine? {
        var rest = line.trimmed
        var time: String?
        if let (stamp, after) = timestamp(rest) {
            time = stamp
            rest = after
        }
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let after = rest[rest.index(after: colon)...]
        if let first = after.first, !first.isWhitespace { return nil }
        let name = rest[..<colon].trimmed
        guard isSpeakerName(name) else { return nil }
        return SpeakerLine(time: time, speaker: String(name), text: after.trimmed)
    }

    static func isSpeakerName(_ name: Substring) -> Bool {
        guard (1...40).contains(name.count), let first = name.first, first.isLetter else { return false }
        guard name.split(whereSeparator: \.isWhitespace).count <= 4 else { return false }
        return name.allSatisfy { c in
            c.isLetter || c.isNumber || c == " " || ".'’-_&()#".contains(c)
                || c.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark }
        }
    }

    /// A leading time stamp such as `[00:12:03]`, `(14:05)`, `14:05:10 -` or `14:05`, and the text after it.
    private static func timestamp(_ line: Substring) -> (String, Substring)? {
        var rest = line
        var close: Character?
        if rest.first == "[" { close = "]" } else if rest.first == "(" { close = ")" }
        if close != nil { rest = rest.dropFirst() }
        let stamp = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ":" || $0 == ".") }
        guard stamp.first?.isNumber == true, stamp.contains(":"), stamp.last?.isNumber == true else { return nil }
        rest = rest[stamp.endIndex...]
        if let close {
            guard rest.first == close else { return nil }
            rest = rest.dropFirst()
        }
        guard let next = rest.first, next.isWhitespace else { return nil }
        rest = rest.trimmed
        if rest.hasPrefix("- ") || rest.hasPrefix("– ") { rest = rest.dropFirst(2).trimmed }
        return (String(stamp), rest)
    }
}
