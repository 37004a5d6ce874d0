import ArgumentParser
import ChatSearchCore
import ChatSearchKit
import Foundation

extension ChatFormat: ExpressibleByArgument {}
extension TurnTextStyle: ExpressibleByArgument {}
extension HybridBase: ExpressibleByArgument {}
extension HitPrinter.Format: ExpressibleByArgument {}

extension LateContext: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
    public var defaultValueDescription: String { description }
}

struct ModelOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Embedding model: a built-in name (\(ModelCatalogue.all.map(\.name).joined(separator: ", ")); `chatsearch models` lists them and their aliases) or a GGUF file's path (default: $CHATSEARCH_MODEL, else \(Configuration.Defaults.model)).", valueName: "name|path"))
    var model: String?

    @Option(help: "CPU threads for the engine (default: every core the process may use; waiting threads sleep, so a busy machine costs them little).")
    var threads: Int?

    @Option(help: ArgumentHelp("Text put before every query (default: the model's own, e.g. \"query: \" for e5).", valueName: "text"))
    var queryPrefix: String?

    @Option(help: ArgumentHelp("Text put before every document (default: the model's own, e.g. \"passage: \" for e5).", valueName: "text"))
    var documentPrefix: String?

    @Option(help: ArgumentHelp("Longest sequence encoded at once; longer ones are cut into overlapping macro windows (default: the model's context, at most \(Configuration.Defaults.maxSequenceTokens)).", valueName: "tokens"))
    var maxTokens: Int?

    @Option(help: ArgumentHelp("Tokens packed into one llama.cpp batch (default: the model's context, at least \(Configuration.Defaults.minimumBatchTokens)).", valueName: "tokens"))
    var batchTokens: Int?

    @Flag(help: "Show llama.cpp's log on stderr.")
    var verbose = false

    @Option(help: ArgumentHelp("Encode on these llama-server instances instead of in-process, comma-separated (`chatsearch serve-engine` starts one; each is checked to run the same model; default: $CHATSEARCH_ENGINE, with $CHATSEARCH_ENGINE_TOKEN as bearer token).", valueName: "url,..."))
    var engine: String?

    func settings() throws -> EngineSettings {
        var s = try localSettings()
        let env = Configuration.Environment.current
        if let list = engine ?? env.engine {
            s.servers = try EngineSettings.serverURLs(list)
            s.serverToken = env.engineToken
        }
        return s
    }

    private func localSettings() throws -> EngineSettings {
        EngineSettings(modelPath: try ModelLocator.path(model), threads: threads, maxTokens: maxTokens, batchTokens: batchTokens,
                       verbose: verbose, queryPrefix: queryPrefix, documentPrefix: documentPrefix,
                       automaticModel: !ModelLocator.isNamed(model))
    }

    func validate() throws {
        if let t = threads, t < 1 { throw ValidationError("--threads must be at least 1") }
        if let m = maxTokens, m < 16 { throw ValidationError("--max-tokens must be at least 16") }
        if let b = batchTokens, b < 16 { throw ValidationError("--batch-tokens must be at least 16") }
    }
}

struct RecipeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Context of a late-chunked turn: session, conversation, window:K (K turns each side, one encoding per turn, K from 0 to 64) or block:S:K[:T] (S turns per encoding, S from 1 to 256, K context turns each side, at most T context tokens each side, default \(Configuration.Defaults.blockContextTokens); block:1:K:T is window:K with its context capped) or tokens:B:C (consecutive turns gathered into blocks of at most B tokens, C context tokens each side). Default: \(Configuration.Defaults.lateContext) (embed: \(Configuration.Defaults.seedLateContext)).", valueName: "policy"))
    var lateContext: LateContext?

    @Option(help: ArgumentHelp("Text embedded for a turn: plain, speaker (\"Speaker: text\") or time-speaker (\"[time] Speaker: text\").", valueName: "style"))
    var turnText: TurnTextStyle = Configuration.Defaults.turnText

    @Option(help: ArgumentHelp("Overlap in tokens between macro windows of sequences longer than the model's context (default: a quarter of the context, at most \(Configuration.Defaults.maxOverlap)).", valueName: "tokens"))
    var overlap: Int?

    func recipe(defaultContext: LateContext = Configuration.Defaults.lateContext) -> EmbeddingRecipe {
        EmbeddingRecipe(turnText: turnText, lateContext: lateContext ?? defaultContext, overlap: overlap)
    }

    func validate() throws {
        if let o = overlap, o < 0 { throw ValidationError("--overlap must not be negative") }
    }
}

struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Chat files, folders (searched recursively) or zip archives; or a source `chatsearch sources` lists (claude-code, codex, gemini, aider, downloads).", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Read every file as this format instead of detecting it: \(ChatFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var inputFormat: ChatFormat?

    @Flag(help: "Load coding agents' tool calls and their outputs as turns of speaker \"tool\" (not turns by default).")
    var includeTools = false

    /// Missing paths are input errors (exit 66), not usage errors.
    func checkPaths(_ paths: [String]) throws {
        for p in paths where !FileManager.default.fileExists(atPath: p) {
            throw Failure(message: "no such file or folder: \(p)", status: ExitStatus.noInput)
        }
    }
}

struct IndexOptions: ParsableArguments {
    @Option(help: ArgumentHelp("SQLite index file (default: $CHATSEARCH_INDEX, else ~/.cache/chatsearch/index.sqlite).", valueName: "path"))
    var index: String?

    var path: String { Paths.index(index) }
}

struct ScoringOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Weight of late chunking in the blend (and in hybrid's dense part): alpha * late + (1 - alpha) * naive.", valueName: "alpha"))
    var alpha: Float = Configuration.Defaults.scoring.alpha

    @Option(help: ArgumentHelp("Weight of the lexical evidence in hybrid, in standard deviations of the query's dense scores: bm25 relative to the best match, times the share of the query's words (by rarity) the turn and its neighbours hold; ignored when no turn holds enough of the query.", valueName: "weight"))
    var lexicalWeight: Float = Configuration.Defaults.scoring.lexicalWeight

    @Option(help: ArgumentHelp("Added in hybrid to the turns of a participant the query names (\"What did Ana say...\"), in standard deviations of the query's dense scores.", valueName: "weight"))
    var speakerWeight: Float = Configuration.Defaults.scoring.speakerWeight

    @Option(help: ArgumentHelp("Neighbour smoothing in hybrid: a turn gains this fraction of its best same-session neighbour's score.", valueName: "fraction"))
    var smooth: Float = Configuration.Defaults.scoring.smooth

    @Option(help: ArgumentHelp("Dense score hybrid builds on: late, naive or blend.", valueName: "mode"))
    var hybridBase: HybridBase = Configuration.Defaults.scoring.hybridBase

    @Option(help: ArgumentHelp("Truncate vectors to their first N dimensions (Matryoshka) and renormalise.", valueName: "N"))
    var dimensions: Int?

    var options: SearchOptions {
        SearchOptions(alpha: alpha, lexicalWeight: lexicalWeight, smooth: smooth, speakerWeight: speakerWeight,
                      hybridBase: hybridBase, dimensions: dimensions)
    }

    func validate() throws {
        if !(0...1).contains(alpha) { throw ValidationError("--alpha must be between 0 and 1") }
        if let d = dimensions, d < 1 { throw ValidationError("--dimensions must be at least 1") }
    }
}

extension Configuration {
    /// The configuration the options describe (the low-level arguments resolved once); missing paths
    /// and a missing default model fail here, before anything is loaded.
    init(input: InputOptions, model: ModelOptions, recipe: EmbeddingRecipe, scoring: SearchOptions = Defaults.scoring,
         index: IndexOptions? = nil) throws {
        let paths = try SourcesReport.resolve(input.paths)
        try input.checkPaths(paths)
        self.init(paths: paths, inputFormat: input.inputFormat, engine: try model.settings(), recipe: recipe,
                  scoring: scoring, indexPath: Paths.index(index?.index))
        includeTools = input.includeTools
    }
}
