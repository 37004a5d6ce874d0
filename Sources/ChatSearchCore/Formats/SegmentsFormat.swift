/// Diarized speech-to-text JSON in the WhisperX style: `{"segments": [{"start": 0.5, "end": 2.1,
/// "text": " Hello.", "speaker": "SPEAKER_00", "words": [...]}], ...}` (an array of segments on its own
/// is read too when forced with `--input-format segments`).
///
/// One segment is one turn: text trimmed, speaker = `speaker` (none when absent), time = `start` as
/// `H:MM:SS.mmm` from the start of the recording, turn ids 1, 2, ... One conversation per file (id = file
/// name without extension). Word lists are ignored.
enum SegmentsFormat {
    static func parse(_ input: FormatInput) throws(LoadProblem) -> FormatOutput {
        let root = try input.parseJSON()
        guard let segments = root.object?["segments"]?.array ?? root.array else {
            throw input.problem(root.line ?? 1, "expected an object with a \"segments\" array")
        }
        var output = FormatOutput()
        var turns: [Turn] = []
        for (i, item) in segments.enumerated() {
            guard let segment = item.object, let text = segment["text"]?.string else {
                output.problems.append(input.problem(item.line ?? 1, "segment \(i + 1) has no \"text\" string; skipped"))
                continue
            }
            guard text.hasContent else { continue }
            var time: String?
            if let start = segment["start"]?.double {
                time = clock(start)
                if time == nil { output.problems.append(input.problem(segment.line, "segment \(i + 1): start out of range; time dropped")) }
            }
            turns.append(Turn(id: String(turns.count + 1), speaker: segment["speaker"]?.scalarText, time: time, text: text))
        }
        output.conversations.append(Conversation(id: input.baseName, title: input.fileName, turns: turns, source: input.path))
        return output
    }

    /// `1:02:05.250` for 3725.25 seconds; nil for negative, non-finite or absurd (over 10,000 hours) values.
    static func clock(_ seconds: Double) -> String? {
        guard seconds.isFinite, seconds >= 0, seconds < 36_000_000 else { return nil }
        let ms = Int((seconds * 1000).rounded())
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let millis = ms % 1000
        return "\(ms / 3_600_000):\(two(ms / 60_000 % 60)):\(two(ms / 1000 % 60))." + (millis < 10 ? "00" : millis < 100 ? "0" : "") + "\(millis)"
    }
}
