import ChatSearchCore
import Foundation

/// Keeps the index up to date while chat files grow: every `interval` seconds (sleeping in between, no
/// busy waiting) it compares the size, modification time and inode of every file under the watched
/// paths with the last look, and indexes only the files that changed (removing what a deleted file
/// held). A file that changes while it is read is read again (up to `Defaults.watchReadAttempts`
/// times, else at the next look), so a half-written rewrite is never indexed.
public final class IndexWatcher {
    public let updater: IndexUpdater
    public let paths: [String]
    public let interval: Double
    public private(set) var stamps: FileStamps

    /// What one look found and indexed.
    public struct Change {
        public var changed: [String]
        public var removed: [String]
        /// Files that kept changing while read, left to the next look.
        public var unsettled: [String]
        public var report: IndexUpdater.Report
    }

    /// `stamps`: the files as they were when the index was last brought up to date (take them before
    /// that update, so a change made during it is seen at the first look).
    public init(updater: IndexUpdater, paths: [String], stamps: FileStamps,
                interval: Double = Configuration.Defaults.watchInterval) {
        self.updater = updater
        self.paths = paths
        self.stamps = stamps
        self.interval = interval
    }

    /// Looks every `interval` seconds until `shouldStop` says so, calling `changed` after each look that
    /// indexed something.
    public func run(shouldStop: () -> Bool = { false }, changed: (Change) -> Void) throws {
        while !shouldStop() {
            Thread.sleep(forTimeInterval: interval)
            if let c = try look() { changed(c) }
        }
    }

    /// One look: indexes the files that changed since the last one; nil when none did.
    public func look() throws -> Change? {
        let now = FileStamps.scan(paths)
        let (changed, removed) = stamps.changes(to: now)
        if changed.isEmpty && removed.isEmpty { return nil }
        var load = LoadResult()
        var read: [String] = [], unsettled: [String] = []
        for file in changed {
            if let (part, stamp) = readSettled(file) {
                load.conversations += part.conversations
                load.problems += part.problems
                load.files += part.files
                stamps.set(file, stamp)
                read.append(file)
            } else {
                unsettled.append(file)
            }
        }
        for file in removed { stamps.set(file, nil) }
        let report = try updater.update(paths: read, pruneRoots: read + removed, load: load)
        return Change(changed: read, removed: removed, unsettled: unsettled, report: report)
    }

    /// The file's conversations and its stamp, read while the file did not change; nil when it kept
    /// changing (or vanished).
    private func readSettled(_ file: String) -> (LoadResult, FileStamps.Stamp)? {
        for _ in 0..<Configuration.Defaults.watchReadAttempts {
            guard let before = FileStamps.stamp(file) else { return nil }
            let load = ConversationLoader.load(paths: [file], format: updater.config.inputFormat, includeTools: updater.config.includeTools)
            if FileStamps.stamp(file) == before { return (load, before) }
        }
        return nil
    }
}
