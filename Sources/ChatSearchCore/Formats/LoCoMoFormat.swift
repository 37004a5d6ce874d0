/// The LoCoMo benchmark's JSON: an array of samples
/// `{"sample_id", "conversation": {"speaker_a", "speaker_b", "session_N_date_time", "session_N": [{"speaker", "dia_id", "text"}]}, "qa"}`.
///
/// Each sample is one conversation (id = `sample_id`, title = "speaker_a & speaker_b"); sessions in numeric
/// order; turn id = `dia_id`, time = the session's date_time, session = "session_N". Questions are ignored.
enum LoCoMoFormat {
    static func parse(_ input: FormatInput) throws(LoadProblem) -> FormatOutput {
        var output = FormatOutput()
        let items = try input.parseJSONItems(of: "LoCoMo samples", key: "conversation")
        for (i, item) in items.enumerated() {
            guard let sample = item.object, let dialogue = sample["conversation"]?.object else {
                output.problems.append(input.problem(item.line, "item \(i + 1) is not a LoCoMo sample (no \"conversation\" object); skipped"))
                continue
            }
            let id = sample["sample_id"]?.scalarText ?? "\(input.baseName)#\(i + 1)"
            let speakers = [dialogue["speaker_a"]?.string, dialogue["speaker_b"]?.string].compactMap { $0 }
            let sessions: [(number: Int, key: String)] = dialogue.keys.compactMap { key in
                guard key.hasPrefix("session_"), dialogue[key]?.array != nil,
                      let n = Int(key.dropFirst("session_".count)) else { return nil }
                return (n, key)
            }.sorted { $0.number < $1.number }

            var turns: [Turn] = []
            for session in sessions {
                let time = dialogue["\(session.key)_date_time"]?.string
                for (j, entry) in (dialogue[session.key]?.array ?? []).enumerated() {
                    guard let t = entry.object, let text = t["text"]?.string else {
                        output.problems.append(input.problem(entry.line, "\(id) \(session.key) turn \(j + 1) has no \"text\" string; skipped"))
                        continue
                    }
                    guard text.hasContent else { continue }
                    turns.append(Turn(id: t["dia_id"]?.scalarText ?? "D\(session.number):\(j + 1)",
                                      speaker: t["speaker"]?.scalarText, time: time, text: text,
                                      session: session.key))
                }
            }
            output.conversations.append(Conversation(
                id: id, title: speakers.isEmpty ? nil : speakers.joined(separator: " & "), turns: turns, source: input.path))
        }
        return output
    }
}
