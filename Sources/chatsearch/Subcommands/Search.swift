import ArgumentParser
import ChatSearchCore
import ChatSearchKit
import Foundation

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Rank the turns of chat files for queries; print the hits (JSON Lines when piped).",
        discussion: """
        Queries come from -q (repeatable) or, without -q, one per line on stdin; the model and the index \
        are loaded once for the whole stream. JSON Lines: one object per hit with query, mode, rank, score, \
        conversation, title, turn, speaker, time, text and ranks (the turn's rank in every mode). Each line \
        is flushed as it is written; after ranks come timestamp (ISO-8601, ending in Z when absolute), \
        source (the file; archive.zip/inner/path inside a zip), position (1-based) and turns (the \
        conversation's length).

        Queries can filter (docs/query-language.md): from:NAME -from:NAME in:TEXT app:NAME \
        after:DATE before:DATE on:DATE (YYYY, YYYY-MM, YYYY-MM-DD), "exact phrase", -word, -"a phrase". \
        Example: -q 'pizza from:lena after:2024-03 -pineapple'. Filters alone list matching turns \
        newest first. A malformed filter is a usage error.

        Exit status: 0 success, 64 usage error, 65 no conversation could be read, 66 no such file, \
        1 other failures (model, index).
        """
    )

    enum ModeChoice: String, ExpressibleByArgument, CaseIterable {
        case late, naive, blend, hybrid, all
        var modes: [RankingMode] {
            switch self {
            case .all: return RankingMode.allCases
            case .late: return [.late]
            case .naive: return [.naive]
            case .blend: return [.blend]
            case .hybrid: return [.hybrid]
            }
        }
    }

    @OptionGroup var input: InputOptions
    @Option(name: [.customShort("q"), .long], help: "A query (repeatable). Without -q, queries are read from stdin, one per line.")
    var query: [String] = []
    @Option(parsing: .unconditional, help: "Hits per mode.") var top: Int = Configuration.Defaults.top
    @Option(help: "late, naive, blend, hybrid or all.") var mode: ModeChoice = .all
    @Option(help: "jsonl, tsv or text (default: text on a terminal, jsonl otherwise).") var format: HitPrinter.Format?
    @Flag(help: """
        Answer at once from what the index holds now instead of embedding what it lacks first. \
        Conversations not embedded yet are stored as text only: hybrid ranks them by their lexical \
        (bm25) evidence alone, and late, naive and blend leave them out. A line on stderr says how many \
        conversations the dense results cover. Without it, search waits until every turn is embedded.
        """)
    var noWait = false
    @OptionGroup var filters: FilterOptions
    @OptionGroup var model: ModelOptions
    @OptionGroup var recipe: RecipeOptions
    @OptionGroup var scoring: ScoringOptions
    @OptionGroup var index: IndexOptions

    func validate() throws {
        if input.paths.isEmpty { throw ValidationError("give at least one chat file or folder") }
        try SearchOptionChecks.validate(queries: query, top: top)
    }

    func run() throws {
        let filter = try filters.filter()
        for q in query { try FilterOptions.check(q) }
        let config = try Configuration(input: input, model: model, recipe: recipe.recipe(), scoring: scoring.options, index: index)
        try Self.run(config, queries: query, top: top, modes: mode.modes, format: format, wait: !noWait, filter: filter)
    }

    /// Searches for the given queries, or for each line of stdin when there are none; without `wait`,
    /// over what the index holds now.
    static func run(_ config: Configuration, queries: [String], top: Int, modes: [RankingMode], format: HitPrinter.Format?,
                    wait: Bool = true, filter: QueryFilter = QueryFilter()) throws {
        let workspace = try Workspace.open(config, wait: wait)
        let coverage = workspace.corpus.coverage
        if !wait, !coverage.isComplete {
            Output.error("chatsearch: \(coverage.denseSummary); run without --no-wait to embed the rest")
        }
        let format = format ?? (TTY.isTerminal(1) ? .text : .jsonl)
        let printer = HitPrinter(format: format, conversations: workspace.conversations, hybridBase: config.scoring.hybridBase)
        printer.header()
        func search(_ q: String) throws {
            try FilterOptions.check(q)
            let results = try workspace.search([SearchRequest(query: q, top: top, modes: modes, filter: filter)])[0]
            if results.undatedLeftOut > 0 {
                Output.error("chatsearch: \(results.undatedLeftOut) turn\(results.undatedLeftOut == 1 ? "" : "s") left out for lacking a timestamp")
            }
            printer.print(results)
        }
        if !queries.isEmpty {
            for q in queries { try search(q) }
        } else {
            if TTY.isTerminal(0) && !TTY.isTerminal(1) { Output.error(SearchOptionChecks.readingFromTerminal) }
            while let line = readLine() {
                let q = line.trimmingCharacters(in: .whitespaces)
                if q.isEmpty { continue }
                try search(q)
            }
        }
    }
}
