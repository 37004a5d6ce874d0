/// Otter.ai's text export: a header line with the speaker, two spaces and the time from the start of the
/// recording, then what they said, then a blank line:
///
///     Ann Lee  0:01
///     Shall we start with the budget?
///
///     Speaker 2  1:02:05
///     Yes.
///
/// One header is one turn (speaker, time as written, the lines below it joined with newlines; a header
/// with only a time has no speaker). Turn ids 1, 2, ...; one conversation per file (id = file name
/// without extension). Text before the first header is a turn without a speaker. The free plan's closing
/// line "Transcribed by https://otter.ai" is not part of the last turn.
enum OtterFormat {
    struct Header {
        var speaker: String?
        var time: String
    }

    static func header(_ line: Substring) -> Header? {
        let line = line.trimmed
        if let m = line.wholeMatch(of: /(\S.{0,59}?) {2,}((?:\d{1,2}:)?\d{1,2}:\d{2})/) {
            let name = m.1.trimmed
            guard TranscriptFormat.isSpeakerName(name) else { return nil }
            return Header(speaker: String(name), time: String(m.2))
        }
        if line.wholeMatch(of: /(?:\d{1,2}:)?\d{1,2}:\d{2}/) != nil { return Header(speaker: nil, time: String(line)) }
        return nil
    }

    static func parse(_ input: FormatInput) -> FormatOutput {
        var turns: [Turn] = []
        var current: (header: Header?, lines: [Substring])?
        func flush() {
            guard let turn = current else { return }
            current = nil
            let text = joinTurnLines(turn.lines)
            guard text.hasContent else { return }
            turns.append(Turn(id: String(turns.count + 1), speaker: turn.header?.speaker, time: turn.header?.time, text: text))
        }
        var previousBlank = true
        for line in input.lines where line.trimmed.wholeMatch(of: /Transcribed by https?:\/\/otter\.ai\/?/) == nil {
            if previousBlank || current?.lines.allSatisfy({ $0.trimmed.isEmpty }) == true, let h = header(line) {
                flush()
                current = (h, [])
            } else if current == nil {
                if !line.trimmed.isEmpty { current = (nil, [line]) }
            } else {
                current?.lines.append(line)
            }
            previousBlank = line.trimmed.isEmpty
        }
        flush()
        return FormatOutput(conversations: [
            Conversation(id: input.baseName, title: input.fileName, turns: turns, source: input.path),
        ])
    }
}
