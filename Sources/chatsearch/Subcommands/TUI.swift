import ArgumentParser
import ChatSearchCore
import ChatSearchKit
import Foundation

struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the terminal UI: ranked turns with late chunking on and off, side by side (default).",
        discussion: "When stdin or stdout is not a terminal, behaves like `search`: queries from stdin, JSON Lines out."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var model: ModelOptions
    @OptionGroup var recipe: RecipeOptions
    @OptionGroup var scoring: ScoringOptions
    @OptionGroup var index: IndexOptions
    // What `search` takes, for when this command searches (stdin or stdout not a terminal, or -q given).
    @Option(name: [.customShort("q"), .long], help: "A query (repeatable): print its hits as `search` does instead of opening the screen.")
    var query: [String] = []
    @Option(parsing: .unconditional, help: "Hits per mode when searching without the screen.") var top: Int = Configuration.Defaults.top
    @Option(help: "late, naive, blend, hybrid or all, when searching without the screen.") var mode: SearchCommand.ModeChoice = .all
    @Option(help: "jsonl, tsv or text, when searching without the screen.") var format: HitPrinter.Format?
    @Flag(help: ArgumentHelp("Keep the index and the screen up to date as the files grow or change (looked at every \(Int(Configuration.Defaults.watchInterval)) s); the status line says what was added."))
    var watch = false

    func validate() throws {
        if let name = SearchOptionChecks.misspeltSubcommand(input.paths) {
            throw ValidationError("no file or folder '\(input.paths[0])': did you mean `chatsearch \(name)`?")
        }
        if input.paths.isEmpty { throw ValidationError("give chat files or folders to search, e.g. `chatsearch SampleData`") }
        try SearchOptionChecks.validate(queries: query, top: top)
    }

    func run() throws {
        let config = try Configuration(input: input, model: model, recipe: recipe.recipe(), scoring: scoring.options, index: index)
        guard TTY.isTerminal(0), TTY.isTerminal(1), query.isEmpty else {
            if query.isEmpty && isatty(0) != 0 && isatty(1) != 0 {
                Reporter.note("TERM=dumb has no full screen: reading queries from stdin, one per line, and printing JSON Lines")
            }
            if watch { Reporter.warning("--watch keeps the screen up to date; without it, use `chatsearch index --watch`") }
            try SearchCommand.run(config, queries: query, top: top, modes: mode.modes, format: format)
            return
        }
        let status = TUIBridge.run(config, watch: watch)
        if status != 0 { throw ExitCode(status) }
    }
}
