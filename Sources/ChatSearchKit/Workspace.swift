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
    /// The line saying the index was damaged and rebuilt, if it was (printed by the front end: on stderr
    /// at once, or once the TUI has restored the terminal).
    public let indexNotices: [String]
    public let embedder: LlamaEmbedder
    /// The servers that encode for this run (`--engine`), nil when it encodes in-process.
    public let servers: ServerEmbedder?
    /// The model chosen for the loaded chats when none was named (`AutomaticModel`).
    public let model: AutomaticModel
    public let corpus: IndexedCorpus

    public var encoder: TurnEncoder { corpus.encoder }
    public var searcher: Searcher { corpus.searcher }
    public var conversations: [Conversation] { corpus.conversations }
    /// Turn vectors embedded by this run (both modes counted); 0 when everything came from the index.
    public let embeddedTurns: Int

    /// Loads the conversations and the engine and opens the index. With `embedNow` it brings the index
    /// up to date (`IndexSync`) before reading the corpus; without it only the texts are stored (lexical
    /// search covers everything at once), the corpus covers the vectors stored before, and
    /// `BackgroundIndexing` embeds the rest.
    public init(_ config: Configuration, embedNow: Bool = true, progress: IndexSync.Progress? = nil, isCancelled: () -> Bool = { false },
                engineReady: ((ServerEmbedder) -> Void)? = nil) throws {
        self.config = config
        let clock = PhaseClock(enabled: config.engine.verbose)
        progress?("Loading conversations", 0, 0)
        load = ConversationLoader.load(paths: config.paths, format: config.inputFormat, includeTools: config.includeTools)
        clock.lap("load \(load.conversations.count) conversations")
        if isCancelled() { throw CancellationError() }
        progress?("Loading the model", 0, 0)
        model = AutomaticModel.choose(config.engine, conversations: load.conversations, queries: config.queries)
        var engine = config.engine
        engine.modelPath = model.path
        embedder = try engine.makeEmbedder()
        if !engine.servers.isEmpty { progress?("Checking the engine servers", 0, 0) }
        let encoding = try engine.encodingEngine(local: embedder)
        servers = encoding as? ServerEmbedder
        if let servers { engineReady?(servers) }
        let encoder = try TurnEncoder(embedder: SerialEmbedder(encoding), recipe: config.recipe)
        encoder.sequencesPerCall = EngineSettings.sequencesPerCall(encoding)
        let modelID = try ModelIdentity.sha256(ofFile: embedder.info.path)
        clock.lap("load the model")
        var notices: [String] = []
        let store = try IndexStore.open(path: config.indexPath) { notices.append($0) }
        indexNotices = notices
        let sync = IndexSync(encoder: encoder, store: store, modelID: modelID)
        let hashes = load.conversations.map(ConversationHash.of)
        if embedNow {
            embeddedTurns = try sync.run(load.conversations, hashes: hashes, pruneRoots: config.paths, progress: progress,
                                         isCancelled: isCancelled).embeddedTurns
        } else {
            try sync.storeTexts(load.conversations, hashes: hashes)
            embeddedTurns = 0
        }
        corpus = try IndexedCorpus(conversations: load.conversations, hashes: hashes, encoder: encoder, modelID: modelID, store: store,
                                   options: config.scoring)
        clock.lap("index: \(embeddedTurns) turn vectors embedded, \(corpus.searcher.turnCount) turns ready")
    }

    /// Opens a workspace for a subcommand: progress on stderr, load problems reported, errors explained.
    /// With `wait` the index is brought up to date first; without it the workspace answers from what the
    /// index holds now (the texts are stored, nothing is embedded: see `init`).
    public static func open(_ config: Configuration, wait: Bool = true) throws -> Workspace {
        let progress = ProgressLine("Indexing")
        let w = try Workspace(config, embedNow: wait, progress: { _, done, total in if total > 0 { progress.update(done, total) } },
                              engineReady: { servers in progress.detail = { servers.throughputSummary } })
        progress.finish(w.embeddedTurns > 0 ? "Indexed \(w.embeddedTurns) turn vectors into \(config.indexPath)" : nil)
        for n in w.indexNotices { Output.error(n) }
        if let n = w.model.notice { Output.error(n) }
        Reporting.problems(w.load)
        Reporting.longTurns(w.encoder)
        if let d = config.scoring.dimensions {
            if d > w.embedder.info.dimensions {
                Reporter.warning("--dimensions \(d) is more than the model's \(w.embedder.info.dimensions); using all")
            } else if !w.embedder.info.matryoshka {
                Reporter.warning("\(w.embedder.info.name) is not known to be trained for Matryoshka truncation; --dimensions \(d) may hurt results")
            }
        }
        try w.requireConversations()
        return w
    }

    /// Searches the corpus (`IndexedCorpus.search`, the one way to search); with --verbose, says how long
    /// each query took.
    public func search(_ requests: [SearchRequest]) throws -> [SearchResults] {
        let results = try corpus.search(requests)
        if config.engine.verbose {
            for r in results { Reporter.info(String(format: "%.0f ms for query \"%@\"", r.elapsedSeconds * 1000, r.query)) }
        }
        return results
    }

    public func search(_ query: String, top: Int, modes: [RankingMode] = RankingMode.allCases) throws -> SearchResults {
        try search([SearchRequest(query: query, top: top, modes: modes)])[0]
    }
}
