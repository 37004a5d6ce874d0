import ChatSearchCore
import ChatSearchEngine
import Foundation

/// What a front end opens: chat files loaded, the engine, and the indexed corpus over them.
final class Workspace {
    struct Config {
        var paths: [String]
        var format: ChatFormat?
        var engine: EngineSettings
        var recipe: EmbeddingRecipe
        var options: SearchOptions
        var indexPath: String
    }

    /// Fails early with a clear message when the conversations are empty: nothing was found or readable.
    func requireConversations() throws {
        guard conversations.isEmpty else { return }
        throw Failure(message: load.problems.isEmpty ? "no conversations found in \(config.paths.joined(separator: ", "))"
                      : "no conversation could be read", status: ExitStatus.dataError)
    }

    let config: Config
    let load: LoadResult
    let embedder: LlamaEmbedder
    let corpus: IndexedCorpus

    var encoder: TurnEncoder { corpus.encoder }
    var searcher: Searcher { corpus.searcher }
    var conversations: [Conversation] { corpus.conversations }
    var embeddedTurns: Int { corpus.embeddedTurns }

    /// Loads the chat files and the model and opens the index. With `embedNow` every missing vector is
    /// embedded before it returns; without it the index covers what was stored before and
    /// `indexInBackground` embeds the rest.
    init(_ config: Config, embedNow: Bool = true, progress: IndexedCorpus.Progress? = nil, isCancelled: () -> Bool = { false }) throws {
        self.config = config
        let clock = PhaseClock(enabled: config.engine.verbose)
        progress?("Loading conversations", 0, 0)
        load = ConversationLoader.load(paths: config.paths, format: config.format)
        clock.lap("load \(load.conversations.count) conversations")
        if isCancelled() { throw CancellationError() }
        progress?("Loading the model", 0, 0)
        embedder = try config.engine.makeEmbedder()
        let encoder = try TurnEncoder(embedder: SerialEmbedder(embedder), recipe: config.recipe)
        let modelID = try ModelIdentity.sha256(ofFile: embedder.info.path)
        clock.lap("load the model")
        let store = try Self.openIndex(config.indexPath)
        corpus = try IndexedCorpus(conversations: load.conversations, encoder: encoder, modelID: modelID, store: store,
                                   options: config.options, pruneRoots: config.paths.map(Self.absolute),
                                   embedNow: embedNow, progress: progress, isCancelled: isCancelled)
        clock.lap("index: \(corpus.embeddedTurns) turn vectors embedded, \(corpus.searcher.turnCount) turns ready")
    }

    func lexicalScores(_ query: String, conversations only: [Int]? = nil) throws -> [Int: Double] {
        try corpus.lexicalScores(query, conversations: only)
    }

    func search(_ query: String, top: Int, modes: [RankingMode] = RankingMode.allCases) throws -> SearchResults {
        let r = try corpus.search(query, top: top, modes: modes)
        if config.engine.verbose {
            Output.error(String(format: "chatsearch: %.0f ms for query \"%@\"", r.elapsedSeconds * 1000, query))
        }
        return r
    }

    /// The index is a cache: a damaged file is reported in one line and rebuilt.
    static func openIndex(_ path: String) throws -> IndexStore {
        try IndexStore.open(path: path) { Output.error($0) }
    }

    static func absolute(_ p: String) -> String {
        URL(fileURLWithPath: p).standardizedFileURL.path
    }

}


/// With --verbose, how long each start-up phase took, on stderr.
final class PhaseClock {
    private let enabled: Bool
    private var last = Date()

    init(enabled: Bool) { self.enabled = enabled }

    func lap(_ what: String) {
        guard enabled else { return }
        let now = Date()
        Output.error(String(format: "chatsearch: %.0f ms to %@", now.timeIntervalSince(last) * 1000, what))
        last = now
    }
}
