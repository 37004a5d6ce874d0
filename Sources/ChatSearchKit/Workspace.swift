import ChatSearchCore
import ChatSearchEngine
import Foundation

/// What a front end opens: chat files loaded, the engine, and the indexed corpus over them.
public final class Workspace {
    /// Fails early with a clear message when the conversations are empty: nothing was found or readable.
    public func requireConversations() throws {
        guard conversations.isEmpty else { return }
        throw Failure(message: load.problems.isEmpty ? "no conversations found in \(config.paths.joined(separator: ", "))"
                      : "no conversation could be read", status: ExitStatus.dataError)
    }

    public let config: Configuration
    public let load: LoadResult
    public let embedder: LlamaEmbedder
    public let corpus: IndexedCorpus

    public var encoder: TurnEncoder { corpus.encoder }
    public var searcher: Searcher { corpus.searcher }
    public var conversations: [Conversation] { corpus.conversations }
    public var embeddedTurns: Int { corpus.embeddedTurns }

    public init(_ config: Configuration, progress: IndexedCorpus.Progress? = nil, isCancelled: () -> Bool = { false }) throws {
        self.config = config
        let clock = PhaseClock(enabled: config.engine.verbose)
        progress?("Loading conversations", 0, 0)
        load = ConversationLoader.load(paths: config.paths, format: config.inputFormat)
        clock.lap("load \(load.conversations.count) conversations")
        if isCancelled() { throw CancellationError() }
        progress?("Loading the model", 0, 0)
        embedder = try config.engine.makeEmbedder()
        let encoder = try TurnEncoder(embedder: embedder, recipe: config.recipe)
        let modelID = try ModelIdentity.sha256(ofFile: embedder.info.path)
        clock.lap("load the model")
        let store = try Self.openIndex(config.indexPath)
        corpus = try IndexedCorpus(conversations: load.conversations, encoder: encoder, modelID: modelID, store: store,
                                   options: config.scoring, pruneRoots: config.paths.map(Self.absolute),
                                   progress: progress, isCancelled: isCancelled)
        clock.lap("index: \(corpus.embeddedTurns) turn vectors embedded, \(corpus.searcher.turnCount) turns ready")
    }

    /// Opens a workspace for a subcommand: progress on stderr, load problems reported, errors explained.
    public static func open(_ config: Configuration) throws -> Workspace {
        let progress = ProgressLine("Indexing")
        let w = try Workspace(config) { _, done, total in if total > 0 { progress.update(done, total) } }
        progress.finish(w.embeddedTurns > 0 ? "Indexed \(w.embeddedTurns) turn vectors into \(config.indexPath)" : nil)
        Reporting.problems(w.load)
        Reporting.longTurns(w.encoder)
        if let d = config.scoring.dimensions {
            if d > w.embedder.info.dimensions {
                Output.error("chatsearch: warning: --dimensions \(d) is more than the model's \(w.embedder.info.dimensions); using all")
            } else if !w.embedder.info.matryoshka {
                Output.error("chatsearch: warning: \(w.embedder.info.name) is not known to be trained for Matryoshka truncation; --dimensions \(d) may hurt results")
            }
        }
        try w.requireConversations()
        return w
    }

    public func lexicalScores(_ query: String, conversations only: [Int]? = nil) throws -> [Int: Double] {
        try corpus.lexicalScores(query, conversations: only)
    }

    public func search(_ query: String, top: Int, modes: [RankingMode] = RankingMode.allCases) throws -> SearchResults {
        let r = try corpus.search(query, top: top, modes: modes)
        if config.engine.verbose {
            Output.error(String(format: "chatsearch: %.0f ms for query \"%@\"", r.elapsedSeconds * 1000, query))
        }
        return r
    }

    /// The index is a cache: a damaged file is reported in one line and rebuilt.
    public static func openIndex(_ path: String) throws -> IndexStore {
        try IndexStore.open(path: path) { Output.error($0) }
    }

    static func absolute(_ p: String) -> String {
        URL(fileURLWithPath: p).standardizedFileURL.path
    }
}
