/// Subtitles and captions: WebVTT (`.vtt`, from Zoom, Teams, YouTube, ...) and SubRip (`.srt`).
///
///     WEBVTT                              1
///                                         00:00:01,000 --> 00:00:04,000
///     1                                   Ann: Shall we start?
///     00:00:01.000 --> 00:00:04.000
///     <v Ann Lee>Shall we start?</v>
///
/// One cue is one turn (consecutive cues of one speaker are not merged: each keeps its own start time),
/// turn ids 1, 2, ... in order, time = the cue's start as written. The speaker is the cue's voice tag
/// (`<v Name>`, Teams) or a leading `Name: ` (Zoom; a name as in transcripts); a cue with several voice
/// tags on separate lines is one turn per voice. Cue numbers and identifiers, timings, the `WEBVTT` header,
/// `NOTE`, `STYLE` and `REGION` blocks, markup tags (`<i>`, `<c.yellow>`, `<00:00:02.500>`, `{\an8}`) and
/// cue settings never reach the text; `&amp;`, `&lt;`, `&gt;`, `&nbsp;` are unescaped. Lines of a cue are
/// joined with newlines.
enum SubtitleFormat {
    static func parse(_ input: FormatInput, webVTT: Bool) -> FormatOutput {
        var output = FormatOutput()
        var turns: [Turn] = []
        var block: [(number: Int, text: Substring)] = []

        func flush() {
            defer { block = [] }
            let lines = block.map { (number: $0.number, text: $0.text.trimmed) }
            guard let timingAt = lines.firstIndex(where: { isTiming($0.text) }) else {
                guard let first = lines.first else { return }
                let isHeaderOrMeta = webVTT && (first.text.hasPrefix("WEBVTT") || first.text.hasPrefix("NOTE")
                    || first.text == "STYLE" || first.text == "REGION")
                let isLoneNumber = lines.count == 1 && first.text.allSatisfy(\.isNumber)
                if !isHeaderOrMeta && !isLoneNumber {
                    output.problems.append(input.problem(first.number, "text outside a cue (no timing line above it); ignored"))
                }
                return
            }
            let start = String(lines[timingAt].text.prefix { $0 != "-" && !$0.isWhitespace })
            var voices: [(speaker: String?, lines: [Substring])] = []
            for line in lines[(timingAt + 1)...] {
                if let (voice, rest) = voiceTag(line.text) {
                    voices.append((voice, [Substring(plain(rest))]))
                } else if voices.isEmpty {
                    let text = plain(line.text)
                    if let s = TranscriptFormat.speakerLine(Substring(text)), s.time == nil {
                        voices.append((s.speaker, [s.text]))
                    } else {
                        voices.append((nil, [Substring(text)]))
                    }
                } else {
                    voices[voices.count - 1].lines.append(Substring(plain(line.text)))
                }
            }
            for voice in voices {
                let text = joinTurnLines(voice.lines)
                guard text.hasContent else { continue }
                turns.append(Turn(id: String(turns.count + 1), speaker: voice.speaker, time: start, text: text))
            }
        }

        for (i, line) in input.lines.enumerated() {
            if line.trimmed.isEmpty {
                flush()
            } else {
                block.append((i + 1, line.drop { $0 == "\u{FEFF}" }))
            }
        }
        flush()
        output.conversations.append(
            Conversation(id: input.baseName, title: input.fileName, turns: turns, source: input.path))
        return output
    }

    /// `00:00:01.000 --> 00:00:04.000 align:start` (WebVTT) or `00:00:01,000 --> 00:00:04,000` (SRT).
    static func isTiming(_ line: Substring) -> Bool {
        line.wholeMatch(of: /(\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s+-->\s+(\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}.*/) != nil
    }

    /// True for the first two non-blank lines of an SRT file: a cue number, then a timing.
    static func isSRTStart(_ lines: [Substring]) -> Bool {
        guard lines.count == 2 else { return false }
        let number = lines[0].trimmed.drop { $0 == "\u{FEFF}" }
        return !number.isEmpty && number.allSatisfy(\.isNumber) && isTiming(lines[1].trimmed)
    }

    /// `<v Name>text` or `<v.class Name>text`: the name and the rest of the line.
    private static func voiceTag(_ line: Substring) -> (String, Substring)? {
        guard line.hasPrefix("<v"), let close = line.firstIndex(of: ">") else { return nil }
        let inside = line[line.index(line.startIndex, offsetBy: 2)..<close]
        guard let first = inside.first, first == " " || first == "." else { return nil }
        let name = inside.drop { $0 != " " }.trimmed
        guard !name.isEmpty else { return nil }
        return (String(name), line[line.index(after: close)...])
    }

    /// Text without markup tags and with entities unescaped.
    private static func plain(_ line: Substring) -> String {
        var out = ""
        var rest = line
        while let open = rest.firstIndex(where: { $0 == "<" || $0 == "{" }) {
            out += rest[..<open]
            let closer: Character = rest[open] == "<" ? ">" : "}"
            guard let close = rest[open...].firstIndex(of: closer) else { break }
            let inside = rest[rest.index(after: open)..<close]
            let isTag = rest[open] == "<" ? inside.first.map { $0.isLetter || $0 == "/" || $0.isNumber } ?? false
                : inside.hasPrefix("\\")
            if !isTag { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out.replacing("&nbsp;", with: " ").replacing("&lrm;", with: "").replacing("&rlm;", with: "")
            .replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&amp;", with: "&")
    }
}
