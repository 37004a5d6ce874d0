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
        """,
        version: "0.1.0",
        subcommands: [TUICommand.self, SearchCommand.self, IndexCommand.self, EmbedCommand.self, EvalCommand.self, InfoCommand.self, ModelsCommand.self, BenchCommand.self],
        defaultSubcommand: TUICommand.self
    )

    static func main() {
        ProcessStart.prepare()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let f as Failure {
            Output.error("chatsearch: \(f.message)")
            Foundation.exit(f.status)
        } catch is CancellationError {
            Output.error("chatsearch: cancelled")
            Foundation.exit(ExitStatus.interrupted)
        } catch let e as EmbedderError {
            Output.error("chatsearch: \(e.description)")
            Foundation.exit(ExitStatus.failure)
        } catch let e as IndexError {
            Output.error("chatsearch: \(e.description)")
            Foundation.exit(ExitStatus.failure)
        } catch {
            exit(withError: error)
        }
    }
}
