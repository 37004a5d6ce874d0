import ChatSearchCore
import ChatSearchTUI
import Foundation

/// The TUI's view of a workspace: the same searcher and query path as `chatsearch search`.
final class WorkspaceBackend: TUIBackend {
    let workspace: Workspace

    init(_ workspace: Workspace) { self.workspace = workspace }

    var conversations: [Conversation] { workspace.conversations }
    var modelName: String { workspace.embedder.info.name }
    var availableModes: [RankingMode] { RankingMode.allCases }
    var hybridBase: HybridBase { workspace.config.scoring.hybridBase }

    func search(_ query: String, top: Int) throws -> SearchResults {
        try workspace.search(query, top: top)
    }
}

/// Opens the terminal UI on a configuration: the workspace is prepared behind the start-up screen.
public enum TUIBridge {
    public static func run(_ config: Configuration) -> Int32 {
        let problems = ProblemBox()
        let status = TUI.run(title: "ChatSearch", top: Configuration.Defaults.tuiTop) { progress in
            let w = try Workspace(config, progress: { phase, done, total in
                progress.update(done: done, total: total, phase: phase)
            }, isCancelled: { progress.isCancelled })
            problems.set(w.indexNotices + Reporting.problemLines(w.load))
            try w.requireConversations()
            return WorkspaceBackend(w)
        }
        for p in problems.get() { Output.error(p) }
        return status
    }
}

/// Load problems found while the TUI was up, printed once the terminal is restored.
final class ProblemBox: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func set(_ p: [String]) { lock.lock(); items = p; lock.unlock() }
    func get() -> [String] { lock.lock(); defer { lock.unlock() }; return items }
}
