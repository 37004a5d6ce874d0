import Foundation
import Testing
import TestSupport

/// The TUI on a fresh index: it answers (lexically) while the turns are embedded behind it, says how
/// much the dense rankings cover, refreshes without moving the selection, and a restart continues.
extension TUIEndToEndTests {
    /// 48 conversations of 16 short turns (768 turns: three rounds of background embedding, several
    /// seconds each), an hour apart, so the most recent are embedded first. Every fourth conversation has
    /// one turn about the lighthouse lantern, the only turns the query matches lexically.
    static let indexingConversations = 48
    static let indexingQuery = "lighthouse lantern"

    static func writeIndexingCorpus(to path: String) throws {
        let words = """
            garden window kitchen recipe budget flight hotel meeting report draft bike route tent map battery \
            letter invoice lease deposit paint wall floor lamp cable camera photo song guitar lesson essay story
            """.split(separator: " ").map(String.init)
        var lines: [String] = []
        for c in 0..<indexingConversations {
            for t in 0..<16 {
                let k = c * 16 + t
                var text = (0..<8).map { words[(k * 7 + $0 * 3) % words.count] }.joined(separator: " ")
                if t == 5 && c % 4 == 0 { text = "The lighthouse lantern needs new bulbs, says chat \(c). " + text }
                let line: [String: Any] = [
                    "conversation": String(format: "chat-%02d", c), "title": String(format: "Chat %02d", c),
                    "speaker": t % 2 == 0 ? "Ana" : "Ben", "text": text,
                    "time": String(format: "2024-01-%02dT%02d:%02d:00Z", 1 + c / 24, c % 24, t),
                ]
                lines.append(String(decoding: try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]), as: UTF8.self))
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The status line's coverage while indexing: "indexing 41% · dense results cover 1,203 of 2,950 conversations".
    struct Coverage: Equatable, CustomStringConvertible {
        var percent: Int, covered: Int, total: Int
        var description: String { "\(percent)%, \(covered) of \(total)" }

        init?(_ screen: [String]) {
            guard let status = screen.last,
                  let m = status.firstMatch(of: /indexing (\d+)% · dense results cover ([\d,]+) of ([\d,]+) conversations/),
                  let p = Int(m.1), let a = Int(m.2.replacing(",", with: "")), let b = Int(m.3.replacing(",", with: "")) else { return nil }
            percent = p
            covered = a
            total = b
        }
    }

    /// The status line once everything is embedded.
    static func fullyIndexed(_ screen: [String]) -> Bool {
        (screen.last ?? "").contains("\(indexingConversations) conversations · \(indexingConversations * 16) turns indexed")
    }

    @Test func searchWhileIndexingThenQuitAndContinue() throws {
        // Printed at the end: the coverage seen at each step (how far the embedding got meanwhile).
        var seen: [String] = []
        defer { print("search while indexing, coverage seen: \(seen.joined(separator: "; "))") }
        let dir = TestPaths.temporaryDirectory("tui-indexing")
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("chats.jsonl").path
        let index = dir.appendingPathComponent("index.sqlite").path
        try Self.writeIndexingCorpus(to: corpus)
        let total = Self.indexingConversations
        let long: Double = 300  // waits for embedding work, generous for a busy machine

        // 1. A fresh index: the search screen at once, the status line saying what the dense results cover.
        var app = try AppRun(width: 130, height: 35, paths: corpus, index: index)
        defer { app.kill() }
        var tmux = app.tmux
        var screen = try app.waitForSearchScreen(conversations: total)
        let opened = try #require(Coverage(screen), "no coverage in the status line at start\n\(TmuxSession.describe(screen))")
        seen.append("at start \(opened)")
        expectScreen(opened.total == total && opened.covered < total, "coverage at start: \(opened)", screen)

        // 2. Typed at once: lexical hits in the hybrid pane before the conversations are embedded.
        try tmux.type(Self.indexingQuery)
        screen = try tmux.waitFor("hybrid hits while indexing", timeout: Self.resultsTimeout) {
            try app.checkRunning()
            let rows = TUIScreen.paneRows($0).right
            return $0[1].contains("Hybrid (lexical") && rows.first?.rank == 1 && rows.count >= 2 && !$0[0].contains("searching")
        }
        let early = try #require(Coverage(screen), "no coverage in the status line with the first hits\n\(TmuxSession.describe(screen))")
        seen.append("first hits \(early)")
        expectScreen(early.covered < total, "indexing finished before the first hits: \(early)", screen)
        let hybridRows = TUIScreen.paneRows(screen).right
        expectScreen(hybridRows.prefix(2).allSatisfy { $0.rest.contains("The lighthouse") }, "hybrid hits are not the lexical matches", screen)

        // 3. The selection moved down once in the hybrid pane, before coverage grows.
        try tmux.press("Tab")
        screen = try tmux.waitFor("the hybrid pane active", timeout: Self.stepTimeout) {
            $0[1].contains("▸ Hybrid") && TUIScreen.contextHeader($0) != nil
        }
        let first = TUIScreen.contextHeader(screen)
        try tmux.press("Down")
        screen = try tmux.waitFor("the selection on hybrid rank 2", timeout: Self.stepTimeout) {
            TUIScreen.contextHeader($0).map { $0 != first } ?? false
        }
        let selected = try #require(TUIScreen.contextHeader(screen))
        let before = try #require(Coverage(screen), "\(TmuxSession.describe(screen))")
        let rowsBefore = TUIScreen.paneRows(screen)
        seen.append("selection moved \(before)")

        // 4. Coverage grows, the results are searched again, and the same turn stays selected.
        screen = try tmux.waitFor("coverage to grow and the results to refresh", timeout: long) {
            try app.checkRunning()
            let rows = TUIScreen.paneRows($0)
            let grown = Coverage($0).map { $0.covered > before.covered } ?? Self.fullyIndexed($0)
            return grown && (rows.left != rowsBefore.left || rows.right != rowsBefore.right) && !$0[0].contains("searching")
        }
        expectScreen(TUIScreen.contextHeader(screen) == selected, "the selection moved from “\(selected)” when the results refreshed", screen)
        expectScreen(TUIScreen.paneRows(screen).left.first?.rank == 1, "no late hits once conversations are embedded", screen)

        // 5. Quit mid-way: what was embedded stays in the index.
        let atQuit = try #require(Coverage(screen), "indexing finished before quitting mid-way\n\(TmuxSession.describe(screen))")
        seen.append("quit \(atQuit)")
        try tmux.press("Escape")
        try tmux.waitFor("the result list (Esc)", timeout: Self.stepTimeout) { $0[0].hasSuffix("/ edit query") }
        try tmux.press("q")
        let status = try tmux.waitFor("the exit status after q", timeout: Self.stepTimeout) { app.exitStatus }
        #expect(status == 0, "exit status \(status) after q")
        let kept = try IndexCounts.of(index: index)
        #expect(kept.conversations == total, "texts stored: \(kept)")
        #expect(kept.vectorSets >= 2 * atQuit.covered && kept.vectorSets < 2 * total, "after quitting at \(atQuit): \(kept)")
        app.kill()

        // 6. Started again on the same index: it continues from there, and finishes.
        app = try AppRun(width: 130, height: 35, paths: corpus, index: index)
        tmux = app.tmux
        screen = try app.waitForSearchScreen(conversations: total)
        let again = try #require(Coverage(screen), "no coverage in the status line of the second start\n\(TmuxSession.describe(screen))")
        seen.append("second start \(again)")
        expectScreen(again.covered >= atQuit.covered && again.covered > 0 && again.percent > 0,
                     "coverage restarted: \(again) after quitting at \(atQuit)", screen)
        try tmux.type(Self.indexingQuery)
        screen = try tmux.waitFor("everything embedded and dense hits", timeout: long) {
            try app.checkRunning()
            let rows = TUIScreen.paneRows($0)
            return Self.fullyIndexed($0) && rows.left.first?.rank == 1 && rows.right.first?.rank == 1 && !$0[0].contains("searching")
        }
        let late = TUIScreen.paneRows(screen).left
        expectScreen(late.first?.rest.contains("The lighthouse") == true, "late rank 1 is not a lighthouse turn", screen)
        try tmux.press("Escape")
        try tmux.waitFor("the result list (Esc)", timeout: Self.stepTimeout) { $0[0].hasSuffix("/ edit query") }
        try tmux.press("h")
        screen = try tmux.waitFor("naive hits in the right pane (h)", timeout: Self.stepTimeout) {
            $0[1].contains("Late chunking: OFF") && TUIScreen.paneRows($0).right.first?.rank == 1
        }
        expectScreen(TUIScreen.paneRows(screen).right.first?.rest.contains("The lighthouse") == true, "naive rank 1 is not a lighthouse turn", screen)
        try tmux.press("q")
        let second = try tmux.waitFor("the exit status of the second run", timeout: Self.stepTimeout) { app.exitStatus }
        #expect(second == 0)
        #expect(try IndexCounts.of(index: index).vectorSets == 2 * total)
    }
}
