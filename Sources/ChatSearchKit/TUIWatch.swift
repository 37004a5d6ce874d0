import ChatSearchCore
import ChatSearchTUI
import Foundation

/// The corpus the TUI searches, replaced as a whole when watched files change (searches running on
/// other threads keep the one they started with).
final class CurrentCorpus: @unchecked Sendable {
    private let lock = NSLock()
    private var value: IndexedCorpus
    init(_ corpus: IndexedCorpus) { value = corpus }
    var corpus: IndexedCorpus {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}

/// `chatsearch --watch`: once the background indexing is done, looks at the files every
/// `Configuration.Defaults.watchInterval` seconds (`IndexWatcher`: size, modification time, inode), indexes
/// only what changed, opens the corpus again over the conversations now (`CorpusGrowth`) and hands the
/// TUI a `TUIGrowth` saying what was added. Runs on a thread of its own over the workspace's (serialised)
/// engine, with small batches, so a query typed meanwhile waits at most one batch.
final class TUIWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private var pending: TUIGrowth?
    private let wake = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    init(_ workspace: Workspace, stamps: FileStamps, indexing: BackgroundIndexing, current: CurrentCorpus) throws {
        let encoder = try TurnEncoder(embedder: workspace.encoder.embedder, recipe: workspace.config.recipe)
        encoder.sequencesPerCall = BackgroundIndexing.sequencesPerCall
        let corpus = workspace.corpus
        let updater = IndexUpdater(config: workspace.config, embedder: workspace.embedder, encoder: encoder, store: corpus.store,
                                   modelID: corpus.modelID)
        let watcher = UncheckedBox(IndexWatcher(updater: updater, paths: workspace.config.paths, stamps: stamps))
        let options = workspace.config.scoring
        let thread = Thread { [self] in
            defer { finished.signal() }
            while !indexing.isFinished {
                if wait(0.2) { return }
            }
            while !wait(Configuration.Defaults.watchInterval) {
                do {
                    guard let change = try watcher.value.look() else { continue }
                    let before = current.corpus
                    let merged = CorpusGrowth.merged(before.conversations, files: change.changed + change.removed,
                                                     fresh: change.report.load.conversations)
                    current.corpus = try IndexedCorpus(conversations: merged.conversations, encoder: before.encoder, modelID: before.modelID,
                                                       store: before.store, options: options)
                    let growth = TUIGrowth(conversations: merged.conversations, message: Self.message(change, merged))
                    lock.withLock { pending = growth }
                } catch {
                    lock.withLock { pending = TUIGrowth(conversations: current.corpus.conversations, message: "watching stopped: \(error)") }
                    return
                }
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Sleeps up to `seconds`; true when told to stop.
    private func wait(_ seconds: Double) -> Bool {
        _ = wake.wait(timeout: .now() + seconds)
        return lock.withLock { stopped }
    }

    func takeGrowth() -> TUIGrowth? {
        lock.withLock {
            defer { pending = nil }
            return pending
        }
    }

    /// Stops looking and waits for a look under way to finish (what it stored stays).
    func stop() {
        lock.withLock { stopped = true }
        wake.signal()
        _ = finished.wait(timeout: .now() + 30)
    }

    /// "+3 turns from chat.jsonl" / "+12 turns from 2 files, 1 conversation removed".
    static func message(_ change: IndexWatcher.Change, _ merged: CorpusGrowth.Merged) -> String {
        let files = change.changed + change.removed
        let names = files.count == 1 ? (files[0] as NSString).lastPathComponent : "\(files.count) files"
        var parts = ["+\(merged.addedTurns.grouped) turn\(merged.addedTurns == 1 ? "" : "s") from \(names)"]
        if merged.removedConversations > 0 {
            parts.append("\(merged.removedConversations) conversation\(merged.removedConversations == 1 ? "" : "s") removed")
        }
        return "Watching: " + parts.joined(separator: ", ")
    }
}
