import ArgumentParser
import ChatSearchCore
import ChatSearchKit
import Foundation

@main
struct ChatSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chatsearch",
        abstract: "Search chat history by meaning, with late chunking on and off side by side.",
        discussion: """
        With no subcommand, opens the terminal UI on the given chat files or folders when stdin and \
        stdout are terminals; otherwise reads queries from stdin and prints JSON Lines (like `search`).

        Examples:
          chatsearch SampleData
          chatsearch search SampleData -q "What's a good restaurant?" --top 5
          echo "birthday dinner" | chatsearch search ~/chats | jq -r .text
          chatsearch embed SampleData/dinner-plans.json --mode late
          chatsearch eval locomo.json --locomo
          chatsearch sources && chatsearch search claude-code -q "the login test"
        """,
        version: VersionReport.text,
        subcommands: [TUICommand.self, SearchCommand.self, IndexCommand.self, EmbedCommand.self, EvalCommand.self, InfoCommand.self, ModelsCommand.self, BenchCommand.self, SourcesCommand.self, ServeEngineCommand.self],
        defaultSubcommand: TUICommand.self
    )

    static func main() {
        ProcessStart.prepare()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let e as UserFacingError {
            Reporter.error(e.message)
            Foundation.exit(e.exitStatus)
        } catch is CancellationError {
            Reporter.error("cancelled")
            Foundation.exit(ExitStatus.interrupted)
        } catch {
            exit(withError: error)
        }
    }
}
