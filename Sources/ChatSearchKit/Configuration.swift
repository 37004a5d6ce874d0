import ChatSearchCore
import Foundation

/// Everything a ChatSearch run is configured by, resolved once from the command line and the
/// environment. Every default the application applies is decided in `Defaults`, here and nowhere else.
public struct Configuration: Sendable {
    /// Chat files and folders to load.
    public var paths: [String]
    /// Read every file as this format instead of detecting it.
    public var inputFormat: ChatFormat?
    public var engine: EngineSettings
    public var recipe: EmbeddingRecipe
    public var scoring: SearchOptions
    /// The SQLite index file.
    public var indexPath: String

    public init(paths: [String] = [], inputFormat: ChatFormat? = nil, engine: EngineSettings, recipe: EmbeddingRecipe = Defaults.recipe,
                scoring: SearchOptions = Defaults.scoring, indexPath: String) {
        self.paths = paths
        self.inputFormat = inputFormat
        self.engine = engine
        self.recipe = recipe
        self.scoring = scoring
        self.indexPath = indexPath
    }

    public enum Defaults {
        /// The model when neither `--model` nor `$CHATSEARCH_MODEL` names one: a built-in name
        /// (`ModelCatalogue`). README, "Models", says why.
        public static let model = "minilm"
        /// Late chunking's context for search, the TUI and eval: each turn encoded with the two turns
        /// on either side, at most 128 tokens of them per side, chosen on the development set (README,
        /// "Evaluation"): `window:2`'s rankings at a third of its cost on long answers.
        public static let lateContext = LateContext.block(size: 1, context: 2, contextTokens: LateContext.defaultBlockContextTokens)
        /// The default before the context cap, measured against it by `bench`.
        public static let earlierLateContext = LateContext.window(2)
        /// `embed` prints the seed posts' recipe: one sequence per conversation.
        public static let seedLateContext = LateContext.conversation
        /// `bench` measures the default against the earlier one and a block recipe of two turns per encoding.
        public static let benchLateContexts: [LateContext] = [earlierLateContext, lateContext, .block(size: 2, context: 1, contextTokens: LateContext.defaultBlockContextTokens)]
        /// `bench`'s query-scan corpus sizes, the fresh index it opens for the first TUI results, and
        /// the index it opens again warm, in turns.
        public static let benchScanTurns = [10_000, 100_000]
        public static let benchFirstResultsTurns = 30_000
        public static let benchWarmStartTurns = 10_000
        /// "Speaker: text": who said something is often what a question asks about.
        public static let turnText = TurnTextStyle.speaker
        public static let recipe = EmbeddingRecipe(turnText: turnText, lateContext: lateContext)
        /// Blend alpha, lexical weight, smoothing and hybrid base: `SearchOptions.Defaults`.
        public static let scoring = SearchOptions()
        /// Hits per mode printed by `search`.
        public static let top = 10
        /// Hits per ranking the TUI asks for.
        public static let tuiTop = 50
        /// How often `index --watch` looks at the files' sizes and modification times, in seconds.
        public static let watchInterval: Double = 2
        /// Reads of a file that keeps changing while it is read before `--watch` leaves it to the next look.
        public static let watchReadAttempts = 3
    }

    /// The environment variables ChatSearch reads, read here only.
    public struct Environment: Sendable {
        /// `$CHATSEARCH_MODEL`: the model when `--model` is not given.
        public var model: String?
        /// `$CHATSEARCH_INDEX`: the index when `--index` is not given.
        public var index: String?
        /// `$CHATSEARCH_CACHE`, else `$XDG_CACHE_HOME/chatsearch`, else `~/.cache/chatsearch`.
        public var cacheDirectory: String

        public init(_ variables: [String: String] = ProcessInfo.processInfo.environment) {
            func value(_ name: String) -> String? { variables[name].flatMap { $0.isEmpty ? nil : $0 } }
            model = value("CHATSEARCH_MODEL")
            index = value("CHATSEARCH_INDEX")
            cacheDirectory = value("CHATSEARCH_CACHE")
                ?? ((value("XDG_CACHE_HOME") ?? (NSHomeDirectory() + "/.cache")) + "/chatsearch")
        }

        public static let current = Environment()
    }
}
