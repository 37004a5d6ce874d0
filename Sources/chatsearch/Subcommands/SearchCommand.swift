import ArgumentParser
import ChatSearchCore
import Foundation

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Rank the turns of chat files for queries; print the hits (JSON Lines when piped).",
        discussion: """
        Queries come from -q (repeatable) or, without -q, one per line on stdin; the model and the index \
        are loaded once for the whole stream. JSON Lines: one object per hit with query, mode, rank, score, \
        conversation, title, turn, speaker, time, text and ranks (the turn's rank in every mode). Each line \
        is flushed as it is written.

        Exit status: 0 success, 64 usage error, 65 no conversation could be read, 66 no such file, \
        1 other failures (model, index).
        """
    )

    enum ModeChoice: String, ExpressibleByArgument, CaseIterable {
        case late, naive, blend, hybrid, all
        var modes: [RankingMode] {
            switch self {
            case .all: return RankingMode.allCases
            default: return [RankingMode(rawValue: rawValue)!]
            }
        }
    }

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case jsonl, tsv, text }

    @OptionGroup var input: InputOptions
    @Option(name: [.customShort("q"), .long], help: "A query (repeatable). Without -q, queries are read from stdin, one per line.")
    var query: [String] = []
    @Option(help: "Hits per mode.") var top: Int = 10
    @Option(help: "late, naive, blend, hybrid or all.") var mode: ModeChoice = .all
    @Option(help: "jsonl, tsv or text (default: text on a terminal, jsonl otherwise).") var format: OutputFormat?
    @OptionGroup var model: ModelOptions
    @OptionGroup var recipe: RecipeOptions
    @OptionGroup var scoring: ScoringOptions
    @OptionGroup var index: IndexOptions

    func validate() throws {
        if input.paths.isEmpty { throw ValidationError("give at least one chat file or folder") }
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let workspace = try Workspace.open(input: input, model: model, recipe: recipe, scoring: scoring, index: index)
        let format = format ?? (TTY.isTerminal(1) ? .text : .jsonl)
        let printer = HitPrinter(format: format, workspace: workspace)
        printer.header()
        if !query.isEmpty {
            for q in query { try printer.print(workspace.search(q, top: top, modes: mode.modes)) }
        } else {
            while let line = readLine() {
                let q = line.trimmingCharacters(in: .whitespaces)
                if q.isEmpty { continue }
                try printer.print(workspace.search(q, top: top, modes: mode.modes))
            }
        }
    }
}

/// Prints hits as JSON Lines, TSV or readable text.
struct HitPrinter {
    let format: SearchCommand.OutputFormat
    let workspace: Workspace

    func header() {
        if format == .tsv {
            Output.line(["query", "mode", "rank", "score", "conversation", "title", "turn", "speaker", "time", "text", "rank_late", "rank_naive", "rank_blend", "rank_hybrid"].joined(separator: "\t"))
        }
    }

    func print(_ results: SearchResults) {
        for mode in RankingMode.allCases {
            let hits = results.ranking(mode)
            if hits.isEmpty { continue }
            if format == .text { Output.line("\n\(Self.title(mode)) — \"\(results.query)\"") }
            for h in hits {
                let c = workspace.conversations[h.ref.conversation]
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
                    Output.exactLine(j.text)
                case .tsv:
                    let fields = [results.query, mode.rawValue, "\(h.rank)", String(format: "%.4f", h.score), c.id, c.title ?? "",
                                  t.id, t.speaker ?? "", t.time ?? "", t.text] + RankingMode.allCases.map { h.ranks[$0].map(String.init) ?? "" }
                    Output.line(fields.map(TerminalText.tsvField).joined(separator: "\t"))
                case .text:
                    let others = RankingMode.allCases.filter { $0 != mode }.map { "\($0.rawValue) \(h.ranks[$0].map(String.init) ?? "-")" }.joined(separator: ", ")
                    let who = t.speaker.map { "\($0): " } ?? ""
                    Output.line(String(format: "%3d. %.3f  ", h.rank, h.score) + "\(who)\(Self.oneLine(t.text))")
                    Output.line("      \(c.title ?? c.id) · turn \(t.id)\(t.time.map { " · \($0)" } ?? "") · \(others)")
                }
            }
        }
    }

    static func title(_ m: RankingMode) -> String {
        switch m {
        case .late: return "Late chunking: ON"
        case .naive: return "Late chunking: OFF"
        case .blend: return "Blend"
        case .hybrid: return "Hybrid"
        }
    }

    static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

extension Workspace {
    /// Opens a workspace for a subcommand: progress on stderr, load problems reported, errors explained.
    static func open(input: InputOptions, model: ModelOptions, recipe: RecipeOptions, scoring: ScoringOptions,
                     index: IndexOptions) throws -> Workspace {
        let config = try Config(input: input, model: model, recipe: recipe, scoring: scoring, index: index)
        let progress = ProgressLine("Indexing")
        let w = try Workspace(config) { _, done, total in if total > 0 { progress.update(done, total) } }
        progress.finish(w.embeddedTurns > 0 ? "Indexed \(w.embeddedTurns) turn vectors into \(config.indexPath)" : nil)
        Reporting.problems(w.load)
        Reporting.longTurns(w.encoder)
        if let d = scoring.dimensions {
            if d > w.embedder.info.dimensions {
                Output.error("chatsearch: warning: --dimensions \(d) is more than the model's \(w.embedder.info.dimensions); using all")
            } else if !w.embedder.info.matryoshka {
                Output.error("chatsearch: warning: \(w.embedder.info.name) is not known to be trained for Matryoshka truncation; --dimensions \(d) may hurt results")
            }
        }
        try w.requireConversations()
        return w
    }
}
