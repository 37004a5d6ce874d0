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

    func search(_ query: String, top: Int) throws -> SearchResults {
        try workspace.search(query, top: top)
    }
}

enum TUIBridge {
    static func run(input: InputOptions, model: ModelOptions, recipe: RecipeOptions, scoring: ScoringOptions, index: IndexOptions) throws -> Int32 {
        try input.checkPaths()
        let settings = model.settings
        if !FileManager.default.fileExists(atPath: settings.modelPath) {
            throw Failure(message: "model not found at \(settings.modelPath); run `make setup` in the ChatSearch folder or pass --model", status: ExitStatus.failure)
        }
        let config = Workspace.Config(paths: input.paths, format: input.inputFormat, engine: settings, recipe: recipe.recipe,
                                      options: scoring.options, indexPath: Paths.index(index.index))
        let problems = ProblemBox()
        let status = TUI.run(title: "ChatSearch") { progress in
            let w = try Workspace(config, progress: { phase, done, total in
                progress.update(done: done, total: total, phase: phase)
            }, isCancelled: { progress.isCancelled })
            problems.set(Reporting.problemLines(w.load))
            if w.conversations.isEmpty {
                throw Failure(message: w.load.problems.isEmpty ? "no conversations found in \(config.paths.joined(separator: ", "))"
                              : "no conversation could be read", status: ExitStatus.dataError)
            }
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
