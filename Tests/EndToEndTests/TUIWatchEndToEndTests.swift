import Foundation
import Testing
import TestSupport

/// `chatsearch --watch`: a turn appended to a session file while the screen is open is indexed, found by
/// the query on screen, and the status line says what was added.
extension TUIEndToEndTests {
    @Test func watchShowsAnAppendedTurnOnTheScreen() throws {
        let dir = TestPaths.temporaryDirectory("tui-watch")
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("session.jsonl").path
        try WatchEndToEndTests.opening.write(toFile: file, atomically: true, encoding: .utf8)
        let app = try AppRun(width: 130, height: 35, paths: folder.path, index: dir.appendingPathComponent("index.sqlite").path,
                             arguments: ["--watch"])
        defer { app.kill() }
        let tmux = app.tmux
        _ = try app.waitForSearchScreen(conversations: 1)
        try tmux.type("dashboard heading visible")
        var screen = try app.waitForResults()
        // In a pane's rows (above the context panel, whose header starts with "─ "), searched and shown.
        let found = { (screen: [String]) -> Bool in
            let panes = screen.dropFirst().prefix { !$0.hasPrefix("─ ") }
            return panes.contains { $0.contains("until the dashboard heading") } && !(screen.first ?? "").contains("searching")
        }
        expectScreen(!found(screen), "the turn is on screen before it was written", screen)
        // The watch starts once the (small) first index is embedded: give it a moment.
        Thread.sleep(forTimeInterval: 3)

        let appended = Date()
        let handle = try #require(FileHandle(forWritingAtPath: file))
        handle.seekToEndOfFile()
        handle.write(Data(WatchEndToEndTests.line(4, "assistant", "Done: the test now waits until the dashboard heading is visible.").utf8))
        try handle.close()
        screen = try tmux.waitFor("the appended turn on screen", timeout: Self.resultsTimeout) { screen in
            try app.checkRunning()
            return found(screen) && (screen.last ?? "").contains("Watching: +1 turn from session.jsonl")
        }
        print("tui --watch: appended turn on screen after \(String(format: "%.1f", Date().timeIntervalSince(appended))) s")
        expectScreen(screen.last?.contains("4 turns") == true, "the status line does not count the new turn", screen)
        expectScreen(screen.count > 3 && screen[3].contains("until the dashboard heading"), "the new turn is not the top hit", screen)
    }
}
