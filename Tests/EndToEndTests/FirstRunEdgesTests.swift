import Foundation
import Testing
import TestSupport

/// What a new user hits first: mistyped commands, empty queries, files that are no chats.
@Suite struct FirstRunEdgesTests {
    @Test func misspeltSubcommandSuggestsTheRightOne() throws {
        let r = try BinaryRunner.run(["serach", "SampleData"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("did you mean `chatsearch search`?"), "\(r.stderr)")
    }

    @Test(arguments: [["-q", ""], ["-q", "   "]]) func emptyQueryIsAUsageError(_ q: [String]) throws {
        for command in [["search", "SampleData"], ["SampleData"]] {
            let r = try BinaryRunner.run(command + q)
            #expect(r.status == 64, "\(command + q): \(r.stderr)")
            #expect(r.stderr.contains("-q needs words to search for"), "\(r.stderr)")
        }
    }

    @Test func negativeTopIsNamed() throws {
        let r = try BinaryRunner.run(["search", "SampleData", "--top", "-1"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--top must be at least 1 (got -1)"), "\(r.stderr)")
    }

    @Test func aPDFIsNamedAsBinaryAndEndsWith65() throws {
        let dir = TestPaths.temporaryDirectory("binary-input")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("some.pdf")
        try Data([UInt8]("%PDF-1.4\n".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x00]).write(to: pdf)
        let r = try BinaryRunner.run(["search", pdf.path, "-q", "dinner"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("some.pdf: binary file (a PDF document), not a chat export"), "\(r.stderr)")
        #expect(!r.stderr.contains("invalid UTF-8") && !r.stderr.contains("--input-format"), "\(r.stderr)")
    }
}

extension TUIEndToEndTests {
    /// `chatsearch some.pdf` on a terminal: no "press any key" screen; the reasons and 65 at once.
    @Test func unreadableInputEndsTheScreenWith65AndTheReasons() throws {
        let dir = TestPaths.temporaryDirectory("tui-binary")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("some.pdf")
        try Data([UInt8]("%PDF-1.4\n".utf8) + [0x00, 0xFF]).write(to: pdf)
        let app = try AppRun(width: 100, height: 30, paths: pdf.path, index: dir.appendingPathComponent("index.sqlite").path)
        defer { app.kill() }
        let screen = try app.tmux.waitFor("the exit status", timeout: Self.resultsTimeout) { _ in app.exitStatus != nil }
        #expect(app.exitStatus == 65)
        // Long lines wrap on the shell's screen: read it as one text.
        expectScreen(screen.joined().contains("some.pdf: binary file (a PDF document)"), "no reason on the shell", screen)
        expectScreen(screen.contains { $0.contains("chatsearch: no conversation could be read") }, "no verdict", screen)
        expectScreen(!screen.contains { $0.contains("Press any key") }, "a key was waited for", screen)
    }
}
