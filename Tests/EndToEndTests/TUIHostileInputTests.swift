import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import TestSupport

/// The terminal UI against input that used to freeze it, lose keys or keep it alive.
extension TUIEndToEndTests {
    @Test func invalidUTF8TypedKeepsTheValidBytesAfterIt() throws {
        let app = try AppRun(width: 100, height: 30)
        defer { app.kill() }
        let tmux = app.tmux
        try app.waitForReady()
        _ = try tmux.run(["send-keys", "-t", TmuxSession.session, "-H", "78", "ff", "61", "62", "63", "c3", "a9", "64", "c3", "41"])
        let screen = try tmux.waitFor("the valid bytes after an invalid one", timeout: Self.stepTimeout) {
            $0.first?.hasPrefix("Search: xabcédA") == true
        }
        expectScreen(true, "", screen)
    }

    @Test func aHundredKilobytePasteIsTakenAtOnceAndCapped() throws {
        let app = try AppRun(width: 100, height: 30)
        defer { app.kill() }
        let tmux = app.tmux
        try app.waitForReady()
        let paste = String(repeating: "restaurant pizza pasta ", count: 100_000 / 23)
        let file = app.dir.appendingPathComponent("paste.txt").path
        try paste.write(toFile: file, atomically: true, encoding: .utf8)
        _ = try tmux.run(["load-buffer", file])
        _ = try tmux.run(["paste-buffer", "-t", TmuxSession.session])
        // Typed after the paste: shown only once the whole paste has been taken.
        try tmux.press("C-u")
        try tmux.type("dinner")
        let screen = try tmux.waitFor("the query typed after a 100 KB paste", timeout: Self.stepTimeout) {
            try app.checkRunning()
            return $0.first?.hasPrefix("Search: dinner") == true
        }
        expectScreen(true, "", screen)
        try tmux.type(String(repeating: "x", count: 2100))
        let capped = try tmux.waitFor("the query length message", timeout: Self.stepTimeout) { s in
            s.contains { $0.contains("Query too long") }
        }
        expectScreen(true, "", capped)
    }

    @Test func keysTypedAtStartUpAreTheQueryEvenWithQ() throws {
        // Typed as soon as the process starts, while the chats are being opened: nothing is lost, and the
        // "q" that begins the query does not quit.
        let app = try AppRun(width: 100, height: 30)
        defer { app.kill() }
        try app.tmux.type("quiet dinner")
        let screen = try app.tmux.waitFor("the query typed ahead, searched", timeout: Self.resultsTimeout) {
            try app.checkRunning()
            return $0.first?.hasPrefix("Search: quiet dinner") == true && TUIScreen.paneRows($0).left.first?.rank == 1
        }
        expectScreen(true, "", screen)
    }

    @Test func sigquitRestoresTheTerminalAndExits() throws {
        let app = try AppRun(width: 100, height: 30)
        defer { app.kill() }
        try app.waitForReady()
        try expectSignalExitsAndRestores(app, SIGQUIT, "SIGQUIT")
    }
}
