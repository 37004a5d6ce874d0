import Foundation
import Testing
import TestSupport

/// `chatsearch sources` and source names on a fake home folder, with the built binary and the real model.
@Suite(.serialized)
struct SourcesEndToEndTests {
    /// The coding-agent fixtures of the readers' tests.
    static let agents = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ChatSearchCoreTests/Fixtures/formats/agents")

    static func fakeHome() throws -> URL {
        let home = TestPaths.temporaryDirectory("sources-home")
        let fm = FileManager.default
        func copy(_ from: String, _ to: String) throws {
            let target = home.appendingPathComponent(to)
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.copyItem(at: agents.appendingPathComponent(from), to: target)
        }
        try copy("claude-code/-home-ana-myapp", ".claude/projects/-home-ana-myapp")
        try copy("codex/2025", ".codex/sessions/2025")
        try copy("webshop/.aider.chat.history.md", "src/webshop/.aider.chat.history.md")
        return home
    }

    @Test func sourcesListsWhatIsFoundAndANameStandsForItsFiles() throws {
        let home = try Self.fakeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let env = ["HOME": home.path]
        let listed = try BinaryRunner.run(["sources"], environment: env)
        #expect(listed.status == 0, "stderr: \(listed.stderr)")
        #expect(listed.lines.count == 4, "\(listed.stdout)")
        #expect(listed.lines[0].hasPrefix("claude-code  Claude Code  2 files, "))
        #expect(listed.lines[0].hasSuffix("~/.claude/projects"))
        #expect(listed.lines[1].hasPrefix("codex        Codex CLI    1 file, "))
        #expect(listed.lines[2].hasPrefix("aider        Aider        1 file, "))
        #expect(listed.lines[3].hasPrefix("    ~/src/webshop/.aider.chat.history.md  "))

        let index = home.appendingPathComponent("index.sqlite").path
        let hits = try BinaryRunner.run(["search", "claude-code", "-q", "why does the login test fail on CI", "--mode", "hybrid",
                                         "--top", "1", "--index", index], environment: env)
        #expect(hits.status == 0, "stderr: \(hits.stderr)")
        let hit = try #require(try JSONSerialization.jsonObject(with: Data(hits.lines[0].utf8)) as? [String: Any])
        #expect((hit["title"] as? String)?.hasPrefix("myapp · ") == true)
        #expect(hit["speaker"] as? String == "user" || hit["speaker"] as? String == "assistant")

        let none = try BinaryRunner.run(["search", "gemini", "-q", "x", "--index", index], environment: env)
        #expect(none.status == 66)
        #expect(none.stderr.contains("no Gemini CLI histories found"))
    }
}
