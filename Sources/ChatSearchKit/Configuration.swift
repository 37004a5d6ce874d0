import ChatSearchCore
import ChatSearchEngine
import Foundation

/// Everything a ChatSearch run is configured by, resolved once from the command line and the
/// environment. Every default the application applies is named in `Defaults`: decided there, or, where
/// a lower library needs it too, decided next to its type there (Core, the engine) and named in
/// `Defaults`, which the help text is built from. `DefaultLiteralTests` fails on a default's literal
/// written anywhere else.
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
    /// Load coding agents' tool calls and outputs as turns (`--include-tools`).
    public var includeTools = false
    /// Queries known before the chats are opened (`search -q`): they count in the automatic model choice.
    public var queries: [String] = []

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
        /// The TUI's `o` and `e` when `$PAGER` / `$EDITOR` (and `$VISUAL`) are unset.
        public static let pager = "less"
        public static let editor = "vi"

        // Decided next to the types that apply them, named here for the help text and the README.
        /// `block:S:K`'s cap on the context tokens each side when `:T` is not given.
        public static let blockContextTokens = LateContext.defaultBlockContextTokens
        /// The cap on `--max-tokens`'s default (the model's context).
        public static let maxSequenceTokens = LlamaEmbedder.defaultMaxSequenceTokens
        /// Sequences the encoder gathers per engine call (times servers x requests in flight with `--engine`).
        public static let sequencesPerCall = TurnEncoder.defaultSequencesPerCall
        /// `--engine`: requests each server holds, the timeout, failures in a row before a server is
        /// left out, and the first wait after a failure (`ServerEmbedder.Settings`).
        public static let engineInFlight = ServerEmbedder.Settings.Defaults.inFlight
        public static let engineTimeout = ServerEmbedder.Settings.Defaults.timeout
        public static let engineAttempts = ServerEmbedder.Settings.Defaults.attempts
        public static let engineBackoff = ServerEmbedder.Settings.Defaults.backoff
        /// `serve-engine`'s address and port.
        public static let serveHost = "127.0.0.1"
        public static let servePort = 8181
        /// The floor of `--batch-tokens`'s default (the model's context).
        public static let minimumBatchTokens = LlamaEmbedder.defaultMinimumBatchTokens
        /// The cap on `--overlap`'s default (a quarter of the context).
        public static let maxOverlap = LateChunking.defaultMaxOverlap
    }

    /// The environment variables of the configuration (`NO_COLOR`, `TERM`, and for the clipboard `TMUX`,
    /// `WAYLAND_DISPLAY`, `DISPLAY` and `PATH` are read by the terminal code that uses them,
    /// `OMP_WAIT_POLICY` by the engine: `WaitPolicy`).
    public struct Environment: Sendable {
        /// `$CHATSEARCH_MODEL`: the model when `--model` is not given.
        public var model: String?
        /// `$CHATSEARCH_INDEX`: the index when `--index` is not given.
        public var index: String?
        /// `$CHATSEARCH_CACHE`, else `$XDG_CACHE_HOME/chatsearch`, else `~/.cache/chatsearch`.
        public var cacheDirectory: String
        /// `$CHATSEARCH_ENGINE`: the engine servers when `--engine` is not given.
        public var engine: String?
        /// `$CHATSEARCH_ENGINE_TOKEN`: the bearer token for the engine servers (never printed).
        public var engineToken: String?
        /// `$TERM` (`dumb` counts as no terminal for the output style: `TTY`).
        public var term: String?
        /// `$PAGER` for the TUI's `o`, else `Defaults.pager`.
        public var pager: String
        /// `$VISUAL`, else `$EDITOR`, for the TUI's `e`, else `Defaults.editor`.
        public var editor: String

        public init(_ variables: [String: String] = ProcessInfo.processInfo.environment) {
            func value(_ name: String) -> String? { variables[name].flatMap { $0.isEmpty ? nil : $0 } }
            model = value("CHATSEARCH_MODEL")
            index = value("CHATSEARCH_INDEX")
            term = value("TERM")
            pager = value("PAGER") ?? Defaults.pager
            editor = value("VISUAL") ?? value("EDITOR") ?? Defaults.editor
            engine = value("CHATSEARCH_ENGINE")
            engineToken = value("CHATSEARCH_ENGINE_TOKEN")
            cacheDirectory = value("CHATSEARCH_CACHE")
                ?? ((value("XDG_CACHE_HOME") ?? (NSHomeDirectory() + "/.cache")) + "/chatsearch")
        }

        public static let current = Environment()
    }
}
