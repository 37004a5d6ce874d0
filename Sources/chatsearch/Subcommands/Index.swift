import ArgumentParser
import ChatSearchCore
import ChatSearchKit
import Foundation

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Bring the index up to date with chat files without searching (for cron and scripts).",
        discussion: """
        Embeds what the index lacks (only the turns whose encoding saw a change: see docs/index.md) and \
        removes conversations gone from the given files and folders. Progress and a summary go to stderr; \
        --quiet keeps only warnings and errors. With --watch it then keeps looking at the files' sizes and \
        modification times every \(Int(Configuration.Defaults.watchInterval)) s and indexes each file that \
        changed, until interrupted.

        Exit status: 0 success, 64 usage error, 65 no conversation could be read, 66 no such file, \
        1 other failures (model, index), 130 interrupted.
        """
    )

    @OptionGroup var input: InputOptions
    @Flag(help: "After indexing, keep the index up to date as the files change (until interrupted).") var watch = false
    @Flag(help: "Print only warnings and errors.") var quiet = false
    @OptionGroup var model: ModelOptions
    @OptionGroup var recipe: RecipeOptions
    @OptionGroup var index: IndexOptions

    func validate() throws {
        if input.paths.isEmpty { throw ValidationError("give at least one chat file or folder") }
    }

    func run() throws {
        let config = try Configuration(input: input, model: model, recipe: recipe.recipe(), index: index)
        let updater = try IndexUpdater(config)
        for n in updater.notices { Output.error(n) }
        let stamps = FileStamps.scan(config.paths)
        let progress = ProgressLine("Indexing", enabled: !quiet && TTY.isTerminal(2))
        let report = try updater.update(paths: config.paths) { _, done, total in if total > 0 { progress.update(done, total) } }
        progress.finish()
        Reporting.problems(report.load)
        Reporting.longTurns(updater.encoder)
        if report.load.conversations.isEmpty && !watch {
            throw Failure(message: report.load.problems.isEmpty ? "no conversations found in \(config.paths.joined(separator: ", "))"
                          : "no conversation could be read", status: ExitStatus.dataError)
        }
        if !quiet { Output.error("chatsearch: indexed \(IndexUpdater.summary(report)) into \(config.indexPath)") }
        guard watch else { return }
        if !quiet { Output.error("chatsearch: watching \(config.paths.joined(separator: ", ")) (Ctrl-C stops)") }
        try IndexWatcher(updater: updater, paths: config.paths, stamps: stamps).run { change in
            Reporting.problems(change.report.load)
            guard !quiet else { return }
            let files = (change.changed + change.removed.map { "\($0) (removed)" }).joined(separator: ", ")
            if !files.isEmpty { Output.error("chatsearch: indexed \(files): \(IndexUpdater.summary(change.report))") }
        }
    }
}
