import ArgumentParser
import ChatSearchKit

struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show the model's facts, the recipe and the index."
    )

    @OptionGroup var model: ModelOptions
    @OptionGroup var recipe: RecipeOptions
    @OptionGroup var index: IndexOptions

    func run() throws {
        try InfoReport.run(Configuration(paths: [], engine: try model.settings(), recipe: recipe.recipe(), indexPath: index.path))
    }
}
