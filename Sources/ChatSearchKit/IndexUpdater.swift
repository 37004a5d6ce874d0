import ChatSearchCore
import ChatSearchEngine
import Foundation

/// Brings the index up to date with chat files without searching: the engine and the index opened once,
/// then any number of updates (`chatsearch index`, and each change `--watch` sees).
public final class IndexUpdater {
    public let config: Configuration
    public let embedder: LlamaEmbedder
    public let encoder: TurnEncoder
    public let store: IndexStore
    public let sync: IndexSync
    /// The line saying the index was damaged and rebuilt, if it was.
    public let notices: [String]

    /// What one update read and did.
    public struct Report {
        public var load: LoadResult
        public var outcome: IndexSync.Outcome
    }

    public init(_ config: Configuration) throws {
        self.config = config
        embedder = try config.engine.makeEmbedder()
        let encoding = try config.engine.encodingEngine(local: embedder)
        encoder = try TurnEncoder(embedder: SerialEmbedder(encoding), recipe: config.recipe)
        encoder.sequencesPerCall = EngineSettings.sequencesPerCall(encoding)
        let modelID = try ModelIdentity.sha256(ofFile: embedder.info.path)
        var notices: [String] = []
        store = try IndexStore.open(path: config.indexPath) { notices.append($0) }
        self.notices = notices
        sync = IndexSync(encoder: encoder, store: store, modelID: modelID)
    }

    /// An updater over an engine and an index already open (the TUI's, for `--watch`).
    public init(config: Configuration, embedder: LlamaEmbedder, encoder: TurnEncoder, store: IndexStore, modelID: String) {
        self.config = config
        self.embedder = embedder
        self.encoder = encoder
        self.store = store
        notices = []
        sync = IndexSync(encoder: encoder, store: store, modelID: modelID)
    }

    /// Loads `paths` and brings their part of the index up to date: what changed is embedded (only the
    /// turns whose encoding saw a change), conversations gone from under `pruneRoots` (default `paths`)
    /// are removed.
    public func update(paths: [String], pruneRoots: [String]? = nil, load given: LoadResult? = nil,
                       progress: IndexSync.Progress? = nil, isCancelled: () -> Bool = { false }) throws -> Report {
        let load = given ?? ConversationLoader.load(paths: paths, format: config.inputFormat, includeTools: config.includeTools)
        let outcome = try sync.run(load.conversations, pruneRoots: pruneRoots ?? paths, progress: progress, isCancelled: isCancelled)
        return Report(load: load, outcome: outcome)
    }

    /// A one-line summary of an update for stderr ("12 turn vectors embedded, 1,990 reused, 1 conversation removed").
    public static func summary(_ r: Report) -> String {
        var parts = ["\(r.load.conversations.count.grouped) conversation\(r.load.conversations.count == 1 ? "" : "s")",
                     "\(r.outcome.embeddedTurns.grouped) turn vectors embedded (\(r.outcome.encodedTokens.grouped) tokens)"]
        if r.outcome.reusedTurns > 0 { parts.append("\(r.outcome.reusedTurns.grouped) reused") }
        if r.outcome.pruned > 0 { parts.append("\(r.outcome.pruned.grouped) outdated removed") }
        return parts.joined(separator: ", ")
    }
}
