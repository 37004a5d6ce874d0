/// Gives every turn of a file its `timestamp` from its `time` as the format writes it, and every
/// conversation its `app`. Formats whose `time` is ISO-8601 (ChatGPT, Slack, Messenger: made UTC by the
/// reader; Claude, Discord: with an offset, made UTC here; Telegram: local; ChatSearch's own JSON and
/// JSON Lines when they hold ISO-8601); WhatsApp: numeric dates, their order decided once per file
/// (`NumericDateOrder`); LoCoMo: session dates (`1:56 pm on 8 May, 2023`). Transcripts, subtitles and
/// speech-to-text files have offsets into a recording, not dates: no timestamp.
enum TurnTimestamps {
    static func fill(_ conversations: inout [Conversation], format: ChatFormat) {
        let parse: ((Turn) -> String?)?
        switch format {
        case .chatgpt, .claude, .slack, .messenger, .discord, .telegram, .canonical, .jsonl:
            parse = { $0.time.flatMap(DateParsing.iso8601) }
        case .locomo:
            parse = { $0.time.flatMap(DateParsing.locomo) }
        case .whatsapp:
            let order = NumericDateOrder.decide(dates: conversations.lazy.flatMap(\.turns).compactMap(\.session))
            parse = { turn in
                guard let date = turn.session, let time = turn.time, time.hasPrefix(date + ", ") else { return nil }
                return order.timestamp(date: date, time: String(time.dropFirst(date.count + 2)))
            }
        case .strings, .transcript, .webvtt, .srt, .otter, .segments:
            parse = nil
        }
        for c in conversations.indices {
            conversations[c].app = format.rawValue
            guard let parse else { continue }
            for t in conversations[c].turns.indices where conversations[c].turns[t].timestamp == nil {
                conversations[c].turns[t].timestamp = parse(conversations[c].turns[t])
            }
        }
    }
}
