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

    @Flag(help: "Print the llama-server command line that serves the model for `--engine` (as `serve-engine --print`).")
    var engineCommand = false

    func run() throws {
        if engineCommand {
            var settings = try model.settings()
            settings.servers = []
            return try EngineServe.print(settings, host: Configuration.Defaults.serveHost, port: Configuration.Defaults.servePort)
        }
        try InfoReport.run(Configuration(paths: [], engine: try model.settings(), recipe: recipe.recipe(), indexPath: index.path))
    }
}
