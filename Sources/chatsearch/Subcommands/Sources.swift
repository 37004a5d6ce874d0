import ArgumentParser
import ChatSearchKit

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the chat histories found under the home folder (Claude Code, Codex, Gemini CLI, Aider, exports in ~/Downloads).",
        discussion: """
        Only folders are listed and file sizes taken: nothing is read. A source's name can then be given \
        instead of a path: `chatsearch claude-code`, `chatsearch search codex -q "..."`. See docs/agent-sessions.md.
        """
    )

    @Flag(help: "List every file of every source.")
    var files = false

    func run() throws {
        SourcesReport.run(files: files)
    }
}
