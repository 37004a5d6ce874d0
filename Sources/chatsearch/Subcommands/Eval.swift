import ArgumentParser
import ChatSearchCore
import ChatSearchKit
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure retrieval on labelled queries: recall@1/5/10, MRR and nDCG@10 for every mode.",
        discussion: """
        Each query ranks the turns of its own conversation. Queries come from --queries (JSON Lines: \
        {"query", "conversation", "relevant": [turn ids]}) or, with --locomo, from the questions and \
        evidence of the LoCoMo files given as paths (category 5, adversarial, left out unless \
        --include-adversarial).
        """
    )

    enum OutputFormat: String, ExpressibleByArgument { case text, json }

    @OptionGroup var input: InputOptions
    @Option(help: ArgumentHelp("Labelled queries as JSON Lines.", valueName: "file")) var queries: String?
    @Flag(help: "Take the queries from the LoCoMo files given as paths.") var locomo = false
    @Flag(help: "With --locomo, keep category 5 (adversarial) questions.") var includeAdversarial = false
    @Flag(help: "Also print the metrics per query category.") var byCategory = false
    @Option(help: "text or json.") var format: OutputFormat = .text
    @OptionGroup var model: ModelOptions
    @OptionGroup var recipe: RecipeOptions
    @OptionGroup var scoring: ScoringOptions
    @OptionGroup var index: IndexOptions

    func validate() throws {
        if input.paths.isEmpty { throw ValidationError("give the chat files the queries are about") }
        if (queries == nil) == !locomo { throw ValidationError("give exactly one of --queries FILE and --locomo") }
    }

    func run() throws {
        // Missing files are input errors (exit 66) named in one line, before anything is read.
        try input.checkPaths(input.paths)
        if let q = queries, !FileManager.default.fileExists(atPath: q) {
            throw Failure(message: "no such file: \(q) (--queries)", status: ExitStatus.noInput)
        }
        var labelled: [LabelledQuery] = []
        if let q = queries {
            labelled = try LabelledQueries.read(jsonl: q)
        } else {
            for f in try InputFiles.jsonFiles(input.paths) {
                labelled += try LabelledQueries.read(locomo: f, includeAdversarial: includeAdversarial)
            }
        }
        var inputs = input
        if locomo && inputs.inputFormat == nil { inputs.inputFormat = .locomo }
        let config = try Configuration(input: inputs, model: model, recipe: recipe.recipe(), scoring: scoring.options, index: index)
        let workspace = try Workspace.open(config)
        let report = try Evaluation.run(labelled, workspace: workspace)
        switch format {
        case .json: Output.exactLine(report.json)
        case .text: Output.line(report.table(byCategory: byCategory))
        }
        if report.overall[.naive]!.queries == 0 {
            throw Failure(message: "no query matched a loaded conversation", status: ExitStatus.dataError)
        }
    }
}
