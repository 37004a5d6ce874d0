import ArgumentParser
import ChatSearchCore
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
        guard TTY.isTerminal(0), TTY.isTerminal(1) else {
            var search = SearchCommand()
            search.input = input
            search.model = model
            search.recipe = recipe
            search.scoring = scoring
            search.index = index
            try search.run()
            return
        }
        let status = try TUIBridge.run(input: input, model: model, recipe: recipe, scoring: scoring, index: index)
        if status != 0 { throw ExitCode(status) }
    }
}

struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show the model's facts, the recipe and the index."
    )

    @OptionGroup var model: ModelOptions
    @OptionGroup var recipe: RecipeOptions
    @OptionGroup var index: IndexOptions

    func run() throws {
        let e = try model.settings.makeEmbedder()
        let i = e.info
        let r = recipe.recipe
        Output.line("model          \(i.name) (\(i.architecture))")
        Output.line("file           \(i.path)")
        Output.line("dimensions     \(i.dimensions)\(i.matryoshka ? " (Matryoshka)" : "")")
        Output.line("context        \(i.trainedContextLength) tokens (encoded at once: \(i.contextLength))")
        Output.line("query prefix   \(i.queryPrefix.isEmpty ? "(none)" : "\"\(i.queryPrefix)\"")")
        Output.line("doc prefix     \(i.documentPrefix.isEmpty ? "(none)" : "\"\(i.documentPrefix)\"")")
        if !i.adapters.isEmpty { Output.line("adapters       \(i.adapters.joined(separator: ", "))") }
        Output.line("recipe naive   \(r.naiveKey(contextLength: i.contextLength))")
        Output.line("recipe late    \(r.lateKey(contextLength: i.contextLength))")
        let path = Paths.index(index.index)
        if FileManager.default.fileExists(atPath: path) {
            let s = try IndexStore(path: path).stats()
            Output.line("index          \(path): \(s.conversations) conversations, \(s.turns) turns, \(s.vectorSets) vector sets")
        } else {
            Output.line("index          \(path) (not created yet)")
        }
    }
}
