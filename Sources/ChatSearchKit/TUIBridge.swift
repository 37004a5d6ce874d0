import ChatSearchCore
import ChatSearchTUI
import Foundation

/// The TUI's view of a workspace: the same searcher and query path as `chatsearch search`, over what is
/// embedded so far while the rest is embedded in the background.
final class WorkspaceBackend: TUIBackend {
    let workspace: Workspace
    let indexing: BackgroundIndexing
    /// The corpus searched: the workspace's, or with `--watch` the one opened after the last change.
    private let current: CurrentCorpus
    private let watch: TUIWatch?

    /// `watchFrom`: with `--watch`, the files as they were before the workspace read them.
    init(_ workspace: Workspace, watchFrom stamps: FileStamps? = nil) throws {
        self.workspace = workspace
        let indexing = try BackgroundIndexing(workspace), current = CurrentCorpus(workspace.corpus)
        self.indexing = indexing
        self.current = current
        watch = try stamps.map { try TUIWatch(workspace, stamps: $0, indexing: indexing, current: current) }
    }

    var conversations: [Conversation] { current.corpus.conversations }
    var modelName: String { workspace.model.statusName(workspace.embedder.info.name) }
    var availableModes: [RankingMode] { RankingMode.allCases }
    var hybridBase: HybridBase { workspace.config.scoring.hybridBase }
    var coverage: IndexCoverage? { workspace.corpus.coverage }

    func search(_ query: String, top: Int) throws -> SearchResults {
        try current.corpus.search([SearchRequest(query: query, top: top)])[0]
    }

    func takeGrowth() -> TUIGrowth? { watch?.takeGrowth() }

    func stop() {
        watch?.stop()
        indexing.stop()
    }
}

/// Embeds the conversations the index lacks, on a thread of its own, with its own encoder over the
/// workspace's (serialised) engine and small batches, so queries wait at most one batch.
final class BackgroundIndexing: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    private var error: Error?
    private let finished = DispatchSemaphore(value: 0)
    private var done = false
    /// Sequences per engine call: small, so a query typed meanwhile waits briefly.
    static let sequencesPerCall = 16

    init(_ workspace: Workspace) throws {
        let indexer = try TurnEncoder(embedder: workspace.encoder.embedder, recipe: workspace.config.recipe)
        indexer.sequencesPerCall = Self.sequencesPerCall
        let corpus = workspace.corpus
        let sync = UncheckedBox(IndexSync(encoder: indexer, store: corpus.store, modelID: corpus.modelID))
        let conversations = workspace.conversations, roots = workspace.config.paths
        let thread = Thread { [self] in
            do {
                var unread: Error?
                try sync.value.run(conversations, hashes: corpus.hashes, pruneRoots: roots, isCancelled: { self.isCancelled || unread != nil }) { i in
                    do { try corpus.cover([i]) } catch { unread = error }
                }
                if let unread { throw unread }
            } catch is CancellationError {
            } catch {
                lock.withLock { self.error = error }
            }
            lock.withLock { done = true }
            finished.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    var isCancelled: Bool { lock.withLock { cancelled } }

    /// The work ended (done, failed or stopped).
    var isFinished: Bool { lock.withLock { done } }

    /// Why the background indexing stopped early, if it failed.
    var failure: Error? { lock.withLock { error } }

    /// Asks the work to stop at its next batch and waits for it (what was saved stays for the next start).
    func stop() {
        lock.withLock { cancelled = true }
        _ = finished.wait(timeout: .now() + 30)
        finished.signal()
    }
}

/// Hands a value that is used by one thread at a time to another thread.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// Opens the terminal UI on a configuration: the workspace is prepared behind the start-up screen.
public enum TUIBridge {
    /// `watch`: keep the index and the screen up to date as the files change (`--watch`).
    public static func run(_ config: Configuration, watch: Bool = false) -> Int32 {
        let problems = ProblemBox()
        let status = TUI.run(title: "ChatSearch", top: Configuration.Defaults.tuiTop,
                             programs: ExternalPrograms(pager: Configuration.Environment.current.pager,
                                                        editor: Configuration.Environment.current.editor)) { progress in
            let stamps = watch ? FileStamps.scan(config.paths) : nil
            let w = try Workspace(config, embedNow: false, progress: { phase, done, total in
                progress.update(done: done, total: total, phase: phase)
            }, isCancelled: { progress.isCancelled })
            problems.set(w.indexNotices + (w.model.notice.map { [$0] } ?? []) + Reporting.problemLines(w.load))
            do {
                try w.requireConversations()
            } catch let f as Failure {
                // Said after the reasons, once the terminal is restored, with its own exit status (65).
                problems.failure = f
                throw TUIExplainedFailure()
            }
            let backend = try WorkspaceBackend(w, watchFrom: stamps)
            problems.indexing = backend.indexing
            return backend
        }
        for p in problems.get() { Output.error(p) }
        if let e = problems.indexing?.failure { Reporter.error("indexing stopped: \(e)") }
        if let f = problems.failure {
            Reporter.error(f.message)
            return f.status
        }
        return status
    }
}

/// Load problems found while the TUI was up, printed once the terminal is restored.
final class ProblemBox: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    private var _indexing: BackgroundIndexing?
    private var _failure: Failure?
    /// Why the workspace could not be opened, when it ends the program with a status of its own.
    var failure: Failure? {
        get { lock.withLock { _failure } }
        set { lock.withLock { _failure = newValue } }
    }
    var indexing: BackgroundIndexing? {
        get { lock.withLock { _indexing } }
        set { lock.withLock { _indexing = newValue } }
    }
    func set(_ p: [String]) { lock.withLock { items = p } }
    func get() -> [String] { lock.withLock { items } }
}
