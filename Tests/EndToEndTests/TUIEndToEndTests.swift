import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ChatSearchCore
import Testing
import TestSupport

/// The terminal UI of the built binary, driven through tmux on SampleData with the real model.
///
/// The index is kept in the cache (`tests/sampledata-index-vN.sqlite`, N the index schema version) so that
/// only the first run indexes SampleData (one to three minutes); it is keyed by content, so reusing it is
/// safe, and builds of different schemas never share it. Before the first app run on it, `chatsearch
/// search` embeds whatever it lacks (all of it on a fresh cache, the late vectors after a change of the
/// default recipe), so the app always opens on a complete index: opening on one still being embedded is
/// `TUISearchWhileIndexingTests`' subject, and starts with other panes.
@Suite(.serialized, .enabled(if: TmuxSession.isInstalled, "needs tmux"))
struct TUIEndToEndTests {
    static let sampleData = TestPaths.packageRoot.appendingPathComponent("SampleData").path
    static let query = "What's a good restaurant?"

    static var index: String {
        let env = ProcessInfo.processInfo.environment
        let cache = env["CHATSEARCH_CACHE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((env["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory() + "/.cache") + "/chatsearch")
        let dir = cache + "/tests"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir + "/sampledata-index-v\(IndexStore.schemaVersion).sqlite"
    }

    struct SharedIndexFailure: Error, CustomStringConvertible { var description: String }

    /// Embeds what the shared index lacks, once per test process, through `chatsearch search` (which waits
    /// until every turn is embedded); nil when that worked, else what went wrong.
    static let sharedIndexProblem: String? = {
        do {
            let r = try BinaryRunner.run(["search", sampleData, "-q", query, "--top", "1", "--index", index])
            return r.status == 0 ? nil : "bringing the shared index up to date failed with status \(r.status): \(r.stderr)"
        } catch {
            return "bringing the shared index up to date failed: \(error)"
        }
    }()

    /// Generous: the first run indexes SampleData (about 3 minutes on 2 idle cores, 6 when they are busy).
    static let readyTimeout: Double = 900
    static let resultsTimeout: Double = 300
    static let stepTimeout: Double = 30

    /// A run of the app in tmux. The wrapper script records the exit status, whether the tty modes are
    /// the same as before, and then keeps the pane open so the screen after exit can be read.
    struct AppRun {
        let tmux: TmuxSession
        let dir: URL
        var statusFile: String { dir.appendingPathComponent("status").path }
        var pidFile: String { dir.appendingPathComponent("pid").path }

        /// The app on `paths` (SampleData by default) with the index `index` (the shared one by default)
        /// and the model `model` (the default one by default).
        /// `arguments`: more options after the paths (words without spaces).
        init(width: Int = 120, height: Int = 35, paths: String = TUIEndToEndTests.sampleData, index: String = TUIEndToEndTests.index,
             model: String = TestPaths.defaultModel, arguments: [String] = [], environment: [String: String] = [:]) throws {
            if paths == TUIEndToEndTests.sampleData && index == TUIEndToEndTests.index, let problem = TUIEndToEndTests.sharedIndexProblem {
                throw SharedIndexFailure(description: problem)
            }
            dir = TestPaths.temporaryDirectory("tui-e2e")
            let script = """
                export TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8
                before=$(stty -g)
                bash -c 'echo $$ > "$PID_FILE.tmp" && mv "$PID_FILE.tmp" "$PID_FILE" && exec "$CHATSEARCH_BIN" "$SAMPLE_DATA" --index "$INDEX" $EXTRA_ARGS'
                status=$?
                after=$(stty -g)
                echo $status > "$STATUS_FILE.tmp" && mv "$STATUS_FILE.tmp" "$STATUS_FILE"
                if [ "$before" = "$after" ]; then echo "tty modes restored"; else echo "tty modes changed"; fi
                echo "chatsearch exited with status $status"
                exec sleep 3600
                """
            tmux = try TmuxSession(width: width, height: height, command: ["bash", "-c", script], environment: [
                "CHATSEARCH_BIN": TestPaths.binary,
                "CHATSEARCH_MODEL": model,
                "SAMPLE_DATA": paths,
                "INDEX": index,
                "EXTRA_ARGS": arguments.joined(separator: " "),
                "PID_FILE": dir.appendingPathComponent("pid").path,
                "STATUS_FILE": dir.appendingPathComponent("status").path,
            ].merging(environment) { _, extra in extra }, directory: TestPaths.packageRoot.path)
        }

        /// The app's exit status once it has exited.
        var exitStatus: Int32? {
            (try? String(contentsOfFile: statusFile, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }

        var pid: pid_t? {
            (try? String(contentsOfFile: pidFile, encoding: .utf8)).flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }

        struct Exited: Error, CustomStringConvertible {
            var status: Int32
            var description: String { "chatsearch exited early with status \(status)" }
        }

        /// Throws when the app has already exited (so waits end at once with the screen).
        func checkRunning() throws {
            if let s = exitStatus { throw Exited(status: s) }
        }

        /// Waits for the search screen after start-up (indexing on the first run).
        @discardableResult
        func waitForReady() throws -> [String] {
            try tmux.waitFor("the search screen (start-up, indexing SampleData)", timeout: TUIEndToEndTests.readyTimeout) { screen in
                try checkRunning()
                return screen.first?.hasPrefix("Search:") == true
                    && screen.contains { $0.contains("Late chunking: ON") }
                    && screen.last?.contains("turns indexed") == true
            }
        }

        /// Waits for the search screen with the status line drawn, however far the indexing is.
        @discardableResult
        func waitForSearchScreen(conversations: Int) throws -> [String] {
            try tmux.waitFor("the search screen", timeout: TUIEndToEndTests.resultsTimeout) { screen in
                try checkRunning()
                return screen.first?.hasPrefix("Search:") == true && screen.last?.contains(" · \(conversations) conversations · ") == true
            }
        }

        /// Waits until both panes show ranked rows, no search is pending, and the screen is steady.
        func waitForResults(timeout: Double = TUIEndToEndTests.resultsTimeout) throws -> [String] {
            var previous: [String] = []
            return try tmux.waitFor("results in both panes", timeout: timeout) { screen in
                try checkRunning()
                let rows = TUIScreen.paneRows(screen)
                let done = rows.left.first?.rank == 1 && rows.right.first?.rank == 1
                    && !(screen.first ?? "").contains("searching")
                defer { previous = screen }
                return done && screen == previous
            }
        }

        func kill() {
            tmux.kill()
            try? FileManager.default.removeItem(at: dir)
        }
    }

    struct Hit {
        var rank: Int
        var score: Double
        var speaker: String
        var text: String
    }

    /// The CLI's rankings for the query, by mode.
    func cliRankings(top: Int) throws -> [String: [Hit]] {
        let r = try BinaryRunner.run(["search", Self.sampleData, "-q", Self.query, "--format", "jsonl", "--top", String(top),
                                      "--index", Self.index])
        try #require(r.status == 0, "chatsearch search failed with status \(r.status): \(r.stderr)")
        var out: [String: [Hit]] = [:]
        for line in r.lines {
            let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not JSON: \(line)")
            let mode = try #require(o["mode"] as? String, "no mode: \(line)")
            out[mode, default: []].append(Hit(rank: try #require(o["rank"] as? Int), score: try #require(o["score"] as? Double),
                                              speaker: o["speaker"] as? String ?? "?", text: o["text"] as? String ?? ""))
        }
        return out
    }

    /// Checks that a pane's top rows are the CLI's hits: rank, score as shown (3 decimals), speaker, text
    /// start. One issue per pane, listing the rows that differ, with the screen.
    func expectPane(_ rows: [TUIScreen.Row], equals hits: [Hit], pane: String, screen: [String], scores: Bool = true,
                    sourceLocation: SourceLocation = #_sourceLocation) {
        var problems: [String] = []
        if rows.count < hits.count { problems.append("\(rows.count) rows on screen, expected at least \(hits.count)") }
        for (row, hit) in zip(rows, hits) {
            // The screen rounds to 3 decimals, the jsonl to 6: they differ by at most 0.0005 + 0.0000005.
            let scoreOK = scores ? row.score.flatMap(Double.init).map { abs($0 - hit.score) <= 0.0005 + 1e-6 } ?? false : row.score == nil
            if row.rank != hit.rank || !scoreOK || !TUIScreen.speakerMatches(row.rest, hit.speaker) || !TUIScreen.textMatches(row.rest, hit.text) {
                problems.append("""
                    rank \(hit.rank):
                      screen: \(row)
                      jsonl:  \(hit.rank) \(String(format: "%.6f", hit.score)) \(hit.speaker): \(TUIScreen.oneLine(hit.text))
                    """)
            }
        }
        let matches = problems.isEmpty
        expectScreen(matches, "\(pane) differs from `chatsearch search`:\n\(problems.joined(separator: "\n"))", screen,
                     sourceLocation: sourceLocation)
    }

    /// An expectation about a screen: on failure, the message and the screen (not the captured expression).
    func expectScreen(_ ok: Bool, _ message: String, _ screen: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(ok, "\(message)\n\(TmuxSession.describe(screen))", sourceLocation: sourceLocation)
    }

    /// Whether the context panel's selected line is `hit`'s turn.
    func contextShows(_ screen: [String], _ hit: Hit) -> Bool {
        guard let line = TUIScreen.selectedContextLine(screen) else { return false }
        let start = String(TUIScreen.oneLine(hit.text).prefix(12))
        return line.contains(" \(TUIScreen.oneLine(hit.speaker)): \(start)")
    }

    @Test func searchBrowseResizeHelpAndQuit() throws {
        let app = try AppRun()
        defer { app.kill() }
        let tmux = app.tmux

        // 1. Start-up: the search screen with the query line focused.
        let started = Date()
        let ready = try app.waitForReady()
        let startup = Date().timeIntervalSince(started)
        expectScreen(ready[1].hasPrefix("▸ Late chunking: ON"), "left pane is not active late chunking", ready)
        expectScreen(ready[1].contains("Late chunking: OFF"), "no right pane", ready)
        expectScreen(ready[0].contains("type to search"), "query line not focused", ready)
        print("TUI ready after \(Int(startup)) s")

        // 2. Type the query; results appear in both panes.
        try tmux.type(Self.query)
        let results = try app.waitForResults()
        expectScreen(results[0].hasPrefix("Search: \(Self.query)"), "query line", results)

        // 3. The panes rank like `chatsearch search` (same index, same engine).
        let cli = try cliRankings(top: 5)
        let late = try #require(cli["late"], "no late ranking from the CLI")
        let naive = try #require(cli["naive"], "no naive ranking from the CLI")
        try #require(late.count == 5 && naive.count == 5, "CLI gave \(late.count) late and \(naive.count) naive hits")
        let rows = TUIScreen.paneRows(results)
        expectPane(rows.left, equals: late, pane: "Late chunking: ON (left)", screen: results)
        expectPane(rows.right, equals: naive, pane: "Late chunking: OFF (right)", screen: results)
        let showsRank1 = contextShows(results, late[0])
        expectScreen(showsRank1, "context panel does not show the late rank 1 turn", results)

        // 4. Esc to the list, then Down and j move the selection in the left pane.
        try tmux.press("Escape")
        var screen = try tmux.waitFor("the result list (Esc)", timeout: Self.stepTimeout) {
            try app.checkRunning()
            return $0[0].hasSuffix("/ edit query")
        }
        let header1 = TUIScreen.contextHeader(screen)
        expectScreen(header1 != nil, "no context header", screen)
        try tmux.press("Down")
        screen = try tmux.waitFor("the selection to move to rank 2 (Down)", timeout: Self.stepTimeout) {
            TUIScreen.contextHeader($0) != header1 || contextShows($0, late[1])
        }
        let showsRank2 = contextShows(screen, late[1])
        expectScreen(showsRank2, "context does not show late rank 2", screen)
        let header2 = TUIScreen.contextHeader(screen)
        try tmux.press("j")
        screen = try tmux.waitFor("the selection to move to rank 3 (j)", timeout: Self.stepTimeout) {
            TUIScreen.contextHeader($0) != header2 || contextShows($0, late[2])
        }
        let showsRank3 = contextShows(screen, late[2])
        expectScreen(showsRank3, "context does not show late rank 3", screen)
        let header3 = try #require(TUIScreen.contextHeader(screen), "no context header\n\(TmuxSession.describe(screen))")
        #expect(header3.contains(" — turn "), "context header: \(header3)")
        #expect(header1 != header2 && header2 != header3,
                "context header did not change: \(String(describing: header1)) / \(String(describing: header2)) / \(header3)")

        // 5. Enter opens the conversation at the selected turn; Esc goes back.
        try tmux.press("Enter")
        let place = header3
        let textStart = String(TUIScreen.oneLine(late[2].text).prefix(40))
        screen = try tmux.waitFor("the conversation view (Enter)", timeout: Self.stepTimeout) {
            try app.checkRunning()
            return $0[0].hasPrefix(" " + place) && ($0.last ?? "").contains("Esc back")
        }
        let showsText = TUIScreen.oneLine(screen.dropFirst().joined(separator: " ")).contains(textStart)
        expectScreen(showsText, "conversation view lacks the selected turn's text “\(textStart)”", screen)
        let marked = screen.contains { $0.hasPrefix("▶ #") && $0.contains(TUIScreen.oneLine(late[2].speaker)) }
        expectScreen(marked, "no ▶ marker on the selected turn", screen)
        expectScreen(!screen.contains { $0.contains("Late chunking") }, "panes still shown", screen)
        try tmux.press("Escape")
        screen = try tmux.waitFor("the results after Esc", timeout: Self.stepTimeout) {
            try app.checkRunning()
            return $0[1].hasPrefix("▸ Late chunking: ON") && TUIScreen.contextHeader($0) == place
        }

        // 6. Resizing redraws: 80x24, too small at 50x10, back to 120x35 with the selection kept.
        try tmux.resize(width: 80, height: 24)
        screen = try tmux.waitFor("the layout at 80x24", timeout: Self.stepTimeout) {
            try app.checkRunning()
            let rows = TUIScreen.paneRows($0)
            return $0.count == 24 && ($0.last ?? "").contains("turns indexed")
                && $0[1].hasPrefix("▸ Late chunking: ON") && $0[1].contains("Late chunking: OFF")
                && rows.left.first?.rank == 1 && rows.right.first?.rank == 1
        }
        // Panes split at column (80 - 1) / 2 = 39 (the title row has single-width characters only); the
        // two-line rows keep the score there.
        expectScreen(separatorColumn(screen[1]) == 39, "separator not at column 39", screen)
        expectScreen(screen.allSatisfy { $0.count <= 80 }, "a row is wider than 80", screen)
        expectScreen(TUIScreen.contextHeader(screen) == place, "selection lost on resize", screen)
        expectPane(Array(TUIScreen.paneRows(screen).left.prefix(3)), equals: Array(late.prefix(3)), pane: "left at 80x24", screen: screen)

        try tmux.resize(width: 50, height: 10)
        screen = try tmux.waitFor("the too-small message at 50x10", timeout: Self.stepTimeout) {
            try app.checkRunning()
            return $0.contains { $0.contains("terminal too small (need 60x12, have 50x10)") }
        }
        expectScreen(!screen.contains { $0.contains("Late chunking") }, "panes drawn on a too-small screen", screen)

        try tmux.resize(width: 120, height: 35)
        screen = try tmux.waitFor("the layout at 120x35 again", timeout: Self.stepTimeout) {
            try app.checkRunning()
            let rows = TUIScreen.paneRows($0)
            return $0.count == 35 && ($0.last ?? "").contains("turns indexed")
                && $0[1].hasPrefix("▸ Late chunking: ON")
                && rows.left.first?.rank == 1 && rows.right.first?.rank == 1
                && !$0.contains { $0.contains("terminal too small") }
        }
        expectScreen(separatorColumn(screen[1]) == 59, "separator not at column 59", screen)
        expectScreen(TUIScreen.contextHeader(screen) == place, "selection lost on resize", screen)
        let again = TUIScreen.paneRows(screen)
        expectPane(again.left, equals: late, pane: "left after resizing back", screen: screen)
        expectPane(again.right, equals: naive, pane: "right after resizing back", screen: screen)

        // 7. ? shows the key table; Esc goes back.
        try tmux.press("?")
        let helpTexts = ["Result list", "open the whole conversation at the selected turn", "Conversation view", "any other key: back"]
        // Waits for the whole key table: the first row alone can be on the screen before the rest is drawn.
        screen = try tmux.waitFor("the help screen (?)", timeout: Self.stepTimeout) { rows in
            try app.checkRunning()
            return rows[0].contains("ChatSearch — keys") && helpTexts.allSatisfy { text in rows.contains { $0.contains(text) } }
        }
        for text in helpTexts {
            expectScreen(screen.contains { $0.contains(text) }, "help lacks “\(text)”", screen)
        }
        try tmux.press("Escape")
        screen = try tmux.waitFor("the results after leaving help", timeout: Self.stepTimeout) {
            try app.checkRunning()
            return $0[1].hasPrefix("▸ Late chunking: ON") && $0[0].hasSuffix("/ edit query")
        }

        // 8. q quits with status 0 and gives the terminal back.
        try tmux.press("q")
        let status = try tmux.waitFor("the exit status after q", timeout: Self.stepTimeout) { app.exitStatus }
        #expect(status == 0, "exit status \(status) after q")
        screen = try tmux.waitFor("the shell's text after exit", timeout: Self.stepTimeout) {
            $0.contains { $0.hasPrefix("chatsearch exited with status") }
        }
        assertTerminalRestored(tmux, screen)
    }

    @Test func sigtermRestoresTheTerminalAndExits143() throws {
        let app = try AppRun(width: 100, height: 30)
        defer { app.kill() }
        let tmux = app.tmux
        try app.waitForReady()
        try tmux.type(Self.query)
        _ = try app.waitForResults()
        try expectSignalExitsAndRestores(app, SIGTERM, "SIGTERM")
    }

    /// Sends `signal` to the running TUI: it exits with 128 + signal and leaves the terminal as it was.
    func expectSignalExitsAndRestores(_ app: AppRun, _ signal: Int32, _ name: String) throws {
        let tmux = app.tmux
        let pid = try #require(app.pid, "no pid file")
        #expect(Glibc.kill(pid, signal) == 0, "cannot signal pid \(pid): errno \(errno)")
        let status = try tmux.waitFor("the exit status after \(name)", timeout: Self.stepTimeout) { app.exitStatus }
        #expect(status == 128 + signal, "exit status \(status) after \(name), expected \(128 + signal)")
        let screen = try tmux.waitFor("the shell's text after exit", timeout: Self.stepTimeout) {
            $0.contains { $0.hasPrefix("chatsearch exited with status") }
        }
        assertTerminalRestored(tmux, screen)
    }

    /// After exit: the normal screen (not the alternate one) with the shell's text, the cursor shown,
    /// and the tty modes as before.
    func assertTerminalRestored(_ tmux: TmuxSession, _ screen: [String]) {
        expectScreen(!screen.contains { $0.contains("Late chunking") || $0.hasPrefix("Search:") }, "the TUI is still on screen", screen)
        expectScreen(screen.contains("tty modes restored"), "tty modes differ after exit", screen)
        let alternate = (try? tmux.display("#{alternate_on}")) ?? "?"
        expectScreen(alternate == "0", "still on the alternate screen (alternate_on \(alternate))", screen)
        let cursor = (try? tmux.display("#{cursor_flag}")) ?? "?"
        expectScreen(cursor == "1", "cursor hidden after exit (cursor_flag \(cursor))", screen)
    }

    /// Column of the pane separator in a row of single-width characters (the pane title row).
    func separatorColumn(_ line: String) -> Int? {
        line.firstIndex(of: TUIScreen.separator).map { line.distance(from: line.startIndex, to: $0) }
    }
}
