import ArgumentParser
import ChatSearchCore
import ChatSearchKit
import Foundation

struct EmbedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "embed",
        abstract: "Print one vector per turn and mode as JSON Lines.",
        discussion: """
        Each line: {"conversation", "turn", "mode": "naive"|"late", "text": the exact text embedded, "vector": [floats]}. \
        Late chunking here defaults to the seed recipe, one sequence per conversation (macro windows when \
        longer than the model's context); --late-context \(Configuration.Defaults.lateContext) gives what search and the TUI use. \
        Nothing is read from or written to the index.
        """
    )

    enum Mode: String, ExpressibleByArgument, CaseIterable { case naive, late, both }

    @OptionGroup var input: InputOptions
    @Option(help: "naive, late or both.") var mode: Mode = .both
    @OptionGroup var model: ModelOptions
    @OptionGroup var recipe: RecipeOptions

    func validate() throws {
        if input.paths.isEmpty { throw ValidationError("give at least one chat file or folder") }
    }

    func run() throws {
        let config = try Configuration(input: input, model: model, recipe: recipe.recipe(defaultContext: Configuration.Defaults.seedLateContext))
        try VectorExport.run(config, modes: mode == .both ? [.naive, .late] : mode == .naive ? [.naive] : [.late])
    }
}
