import ArgumentParser
import ChatSearchCore
import Foundation

struct EmbedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "embed",
        abstract: "Print one vector per turn and mode as JSON Lines.",
        discussion: """
        Each line: {"conversation", "turn", "mode": "naive"|"late", "text": the exact text embedded, "vector": [floats]}. \
        Late chunking here defaults to the seed recipe, one sequence per conversation (macro windows when \
        longer than the model's context); --late-context window:2 gives what search and the TUI use. \
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
        try input.checkPaths()
        let load = ConversationLoader.load(paths: input.paths, format: input.inputFormat)
        Reporting.problems(load)
        let embedder = try model.settings.makeEmbedder()
        // embed prints the seed posts' recipe by default: one sequence per conversation.
        let encoder = try TurnEncoder(embedder: embedder, recipe: recipe.recipe(defaultContext: .conversation))
        let modes: [TurnEncoder.Mode] = mode == .both ? [.naive, .late] : mode == .naive ? [.naive] : [.late]
        let progress = ProgressLine("Embedding")
        let out = try encoder.encode(load.conversations, modes: modes, progress: { d, t in progress.update(d, t) })
        progress.finish()
        for (ci, c) in load.conversations.enumerated() {
            for (ti, t) in c.turns.enumerated() {
                for m in modes {
                    var j = JSONLine()
                    j.add("conversation", c.id)
                    j.add("turn", t.id)
                    j.add("mode", m.rawValue)
                    j.add("text", encoder.text(of: t))
                    j.add("vector", floats: out[m]![ci][ti])
                    Output.exactLine(j.text)
                }
            }
        }
        Reporting.longTurns(encoder)
        if load.conversations.isEmpty && !load.problems.isEmpty {
            throw Failure(message: "no conversation could be read", status: ExitStatus.dataError)
        }
    }
}
