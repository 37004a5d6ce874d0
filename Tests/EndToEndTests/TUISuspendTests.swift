import Foundation
import Testing
import TestSupport

/// Ctrl-Z in the terminal UI suspends it like less and vim: the terminal is restored (the shell says
/// "Stopped", the alternate screen is off) and `fg` brings the screen back, drawn again with the query
/// as it was. Driven through tmux, from an interactive bash (which has job control).
@Suite(.serialized, .enabled(if: TmuxSession.isInstalled, "needs tmux"))
struct TUISuspendTests {
    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let dir = TestPaths.temporaryDirectory("tui-suspend")
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmux = try TmuxSession(width: 100, height: 30, command: ["bash", "--norc", "--noprofile", "-i"], environment: [
            "CHATSEARCH_BIN": TestPaths.binary, "CHATSEARCH_MODEL": TestPaths.defaultModel, "PS1": "$ ",
            "CHATS": CLIEndToEndTests.chats, "INDEX": dir.appendingPathComponent("idx.sqlite").path,
        ])
        defer { tmux.kill() }
        try tmux.type("export TERM=xterm-256color; \"$CHATSEARCH_BIN\" \"$CHATS\" --index \"$INDEX\"")
        try tmux.press("Enter")
        try tmux.waitFor("the search screen", timeout: 300) { $0.first?.hasPrefix("Search:") == true && $0.contains { $0.contains("Late chunking: ON") } }
        try tmux.type("hiking")
        try tmux.waitFor("the query") { $0.first?.hasPrefix("Search: hiking") == true }

        try tmux.press("C-z")
        try tmux.waitFor("the shell after Ctrl-Z") { screen in screen.contains { $0.contains("Stopped") } }
        #expect(try tmux.display("#{alternate_on}") == "0")

        try tmux.type("fg")
        try tmux.press("Enter")
        let back = try tmux.waitFor("the screen after fg") { $0.first?.hasPrefix("Search: hiking") == true && $0.contains { $0.contains("Late chunking: ON") } }
        #expect(!back.contains { $0.contains("Stopped") }, "\(TmuxSession.describe(back))")
        #expect(try tmux.display("#{alternate_on}") == "1")

        try tmux.press("Escape")
        try tmux.press("Escape")
    }
}
