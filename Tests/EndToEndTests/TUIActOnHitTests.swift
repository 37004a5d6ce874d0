import Foundation
import Testing
import TestSupport

/// Acting on a hit in the terminal UI of the built binary, through tmux on SampleData: `y` copies the
/// selected turn by OSC 52 into tmux's buffer (`set-clipboard on`), `o` shows the conversation in
/// `$PAGER` at the turn, `e` opens the source file in `$EDITOR` at the turn's line. Pager and editor are
/// scripts that record their arguments and stdin, then exit; the screen comes back with the results.
/// `t` shows the same hits in time order and back.
@Suite(.serialized, .enabled(if: TmuxSession.isInstalled, "needs tmux"))
struct TUIActOnHitTests {
    typealias E2E = TUIEndToEndTests

    /// A program that writes its arguments (one a line) to `dir/name.args` and its stdin to `dir/name.stdin`.
    static func recorder(_ name: String, in dir: URL) throws -> String {
        let path = dir.appendingPathComponent(name).path
        let script = """
            #!/bin/sh
            for a in "$@"; do printf '%s\\n' "$a"; done > "\(path).args.tmp"
            if [ -t 0 ]; then : > "\(path).stdin"; else cat > "\(path).stdin"; fi
            mv "\(path).args.tmp" "\(path).args"
            """
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    static func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    @Test func copyPagerAndEditor() throws {
        let dir = TestPaths.temporaryDirectory("tui-act")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pager = try Self.recorder("pager", in: dir)
        let editor = try Self.recorder("editor", in: dir)
        let app = try E2E.AppRun(environment: ["PAGER": pager, "EDITOR": editor, "VISUAL": ""])
        defer { app.kill() }
        let tmux = app.tmux
        try tmux.run(["set-option", "-g", "set-clipboard", "on"])
        try app.waitForReady()
        try tmux.type(E2E.query)
        _ = try app.waitForResults()
        let top = try #require(try E2E().cliRankings(top: 1)["late"]?.first, "no late hit from the CLI")
        try tmux.press("Escape")
        try tmux.waitFor("the result list", timeout: E2E.stepTimeout) { $0[0].hasSuffix("/ edit query") }

        // y: the tmux buffer holds the selected turn's text, the status line says so.
        try tmux.press("y")
        let copied = try tmux.waitFor("the copy confirmation", timeout: E2E.stepTimeout) { ($0.last ?? "").contains("Copied the turn") }
        #expect(copied.last?.contains("(\(top.text.count) characters)") == true, "\(TmuxSession.describe(copied))")
        #expect(try tmux.run(["show-buffer"]) == top.text)

        // o: the pager gets the conversation on stdin and the line of the turn.
        try tmux.press("o")
        let args = try tmux.waitFor("the pager's arguments", timeout: E2E.stepTimeout) { Self.read(pager + ".args") }
        let line = try #require(Int(args.trimmingCharacters(in: .whitespacesAndNewlines).dropFirst()), "pager arguments: \(args)")
        #expect(args.hasPrefix("+"), "pager arguments: \(args)")
        let document = (Self.read(pager + ".stdin") ?? "").components(separatedBy: "\n")
        try #require(document.count > line, "the pager's stdin has \(document.count) lines, the position is \(line)")
        #expect(document[line - 1].hasPrefix("#") && document[line - 1].contains(top.speaker), "line \(line): \(document[line - 1])")
        let firstLine = top.text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(document[line].contains(String(firstLine.prefix(30))), "line \(line + 1): \(document[line])")
        let back = try tmux.waitFor("the results after the pager", timeout: E2E.stepTimeout) {
            $0[1].hasPrefix("▸ Late chunking: ON") && $0[0].hasSuffix("/ edit query")
        }
        #expect(try tmux.display("#{alternate_on}") == "1", "\(TmuxSession.describe(back))")

        // e: the editor gets +N and the source file, whose line N holds the turn's text.
        try tmux.press("e")
        let editorArgs = try tmux.waitFor("the editor's arguments", timeout: E2E.stepTimeout) { Self.read(editor + ".args") }
            .split(separator: "\n").map(String.init)
        try #require(editorArgs.count == 2 && editorArgs[0].hasPrefix("+"), "editor arguments: \(editorArgs)")
        let sourceLine = try #require(Int(editorArgs[0].dropFirst()))
        let source = (Self.read(editorArgs[1]) ?? "").components(separatedBy: "\n")
        try #require(source.count >= sourceLine, "\(editorArgs[1]) has \(source.count) lines")
        #expect(source[sourceLine - 1].contains(String(firstLine.prefix(30))), "line \(sourceLine) of \(editorArgs[1]): \(source[sourceLine - 1])")
        try tmux.waitFor("the results after the editor", timeout: E2E.stepTimeout) { $0[1].hasPrefix("▸ Late chunking: ON") }

        // t: the same hits in time order, then by relevance again with the top hit first.
        try tmux.press("t")
        try tmux.waitFor("the time order", timeout: E2E.stepTimeout) { $0[1].contains("hits · by time") && ($0.last ?? "").contains("Time order") }
        try tmux.press("t")
        try tmux.press("g")
        let relevance = try tmux.waitFor("the relevance order", timeout: E2E.stepTimeout) { !$0[1].contains("by time") }
        #expect(TUIScreen.paneRows(relevance).left.first?.rank == 1, "\(TmuxSession.describe(relevance))")

        try tmux.press("q")
        try tmux.waitFor("the exit", timeout: E2E.stepTimeout) { $0.contains { $0.contains("chatsearch exited with status 0") } }
        let restored = try tmux.capture()
        #expect(restored.contains { $0.contains("tty modes restored") }, "\(TmuxSession.describe(restored))")
    }
}
