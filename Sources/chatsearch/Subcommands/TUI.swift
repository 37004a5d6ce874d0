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

    func validate() throws {
        if input.paths.isEmpty { throw ValidationError("give chat files or folders to search, e.g. `chatsearch SampleData`") }
    }

    func run() throws {
        let config = try Configuration(input: input, model: model, recipe: recipe.recipe(), scoring: scoring.options, index: index)
        guard TTY.isTerminal(0), TTY.isTerminal(1) else {
            if isatty(0) != 0 && isatty(1) != 0 {
                Reporter.info("TERM=dumb has no full screen: reading queries from stdin, one per line, and printing JSON Lines")
            }
            try SearchCommand.run(config, queries: [], top: Configuration.Defaults.top, modes: RankingMode.allCases, format: nil)
            return
        }
        let status = TUIBridge.run(config)
        if status != 0 { throw ExitCode(status) }
    }
}
