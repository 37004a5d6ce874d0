import ChatSearchCore
import Foundation

/// Prints hits as JSON Lines, TSV or readable text.
public struct HitPrinter {
    public enum Format: String, CaseIterable, Sendable { case jsonl, tsv, text }

    let format: Format
    let conversations: [Conversation]
    let hybridBase: HybridBase

    public init(format: Format, conversations: [Conversation], hybridBase: HybridBase) {
        self.format = format
        self.conversations = conversations
        self.hybridBase = hybridBase
    }

    public func header() {
        if format == .tsv {
            Output.line(["query", "mode", "rank", "score", "conversation", "title", "turn", "speaker", "time", "text", "rank_late", "rank_naive", "rank_blend", "rank_hybrid", "timestamp", "source", "position", "turns"].joined(separator: "\t"))
        }
    }

    public func print(_ results: SearchResults) {
        for mode in RankingMode.allCases {
            let hits = results.ranking(mode)
            if hits.isEmpty { continue }
            if format == .text { Output.line("\n\(mode.title(hybridBase: hybridBase)) — \"\(results.query)\"") }
            for h in hits {
                let c = conversations[h.ref.conversation]
                let t = c.turns[h.ref.turn]
                switch format {
                case .jsonl:
                    var j = JSONLine()
                    j.add("query", results.query)
                    j.add("mode", mode.rawValue)
                    j.add("rank", h.rank)
                    j.add("score", Double(h.score))
                    j.add("conversation", c.id)
                    j.add("title", c.title)
                    j.add("turn", t.id)
                    j.add("speaker", t.speaker)
                    j.add("time", t.time)
                    j.add("text", t.text)
                    var r = JSONLine()
                    for m in RankingMode.allCases { r.add(m.rawValue, h.ranks[m]) }
                    j.add("ranks", raw: r.text)
                    j.add("timestamp", t.timestamp)
                    j.add("source", c.source)
                    j.add("position", h.ref.turn + 1)
                    j.add("turns", c.turns.count)
                    Output.exactLine(j.text)
                case .tsv:
                    let fields = [results.query, mode.rawValue, "\(h.rank)", String(format: "%.4f", h.score), c.id, c.title ?? "",
                                  t.id, t.speaker ?? "", t.time ?? "", t.text] + RankingMode.allCases.map { h.ranks[$0].map(String.init) ?? "" }
                        + [t.timestamp ?? "", c.source ?? "", "\(h.ref.turn + 1)", "\(c.turns.count)"]
                    Output.line(fields.map(TerminalText.tsvField).joined(separator: "\t"))
                case .text:
                    let others = RankingMode.allCases.filter { $0 != mode }.map { "\($0.rawValue) \(h.ranks[$0].map(String.init) ?? "-")" }.joined(separator: ", ")
                    // Every field on one line, tabs and line breaks escaped as in TSV: a chat cannot print a forged row.
                    let f = TerminalText.safe
                    let who = t.speaker.map { "\(f($0, false)): " } ?? ""
                    Output.line(String(format: "%3d. %.3f  ", h.rank, h.score) + "\(who)\(f(Self.oneLine(t.text), false))")
                    Output.line("      \(f(c.title ?? c.id, false)) · turn \(f(t.id, false))\(t.time.map { " · \(f($0, false))" } ?? "") · \(others)")
                }
            }
        }
    }

    static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
