import Foundation
import Testing
@testable import ChatSearchCore

/// Finding chat histories under a fake home folder, by place and name only.
@Suite struct HistorySourcesTests {
    static func fakeHome() throws -> String {
        let bytes = Data("{}\n".utf8)
        return try makeTemporaryFolder([
            ".claude/projects/-home-ana-myapp/s1.jsonl": bytes,
            ".claude/projects/-home-ana-myapp/s1/subagents/agent-a.jsonl": bytes,
            ".claude/projects/-home-ana-api/s2.jsonl": Data(repeating: 0x20, count: 2048),
            ".claude/projects/-home-ana-api/notes.txt": bytes,
            ".codex/sessions/2025/06/02/rollout-2025-06-02T10-15-00-x.jsonl": bytes,
            ".gemini/tmp/3f9a/chats/session-1.json": bytes,
            ".gemini/tmp/3f9a/logs.json": bytes,
            "src/webshop/.aider.chat.history.md": bytes,
            ".aider.chat.history.md": bytes,
            "a/b/c/d/.aider.chat.history.md": bytes,  // deeper than the walk goes
            "node_modules/x/.aider.chat.history.md": bytes,  // a folder never entered
            "Downloads/conversations.json": bytes,
            "Downloads/WhatsApp Chat with Ben.txt": bytes,
            "Downloads/" + String(repeating: "ab", count: 32) + "-2025-06-01-10-00-00.zip": bytes,
            "Downloads/holiday.zip": bytes,
        ])
    }

    @Test func findsEachToolWhereItKeepsItsFiles() throws {
        let home = try Self.fakeHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let found = HistorySources.find(home: home)
        #expect(found.map(\.name) == ["claude-code", "codex", "gemini", "aider", "downloads"])
        let claude = found[0]
        #expect(claude.paths == [home + "/.claude/projects"])
        #expect(claude.files.map { String($0.path.dropFirst(home.count)) } == [
            "/.claude/projects/-home-ana-api/s2.jsonl", "/.claude/projects/-home-ana-myapp/s1.jsonl",
            "/.claude/projects/-home-ana-myapp/s1/subagents/agent-a.jsonl",
        ])
        #expect(claude.bytes == 2048 + 3 + 3)
        #expect(found[1].files.count == 1)
        #expect(found[2].paths == [home + "/.gemini/tmp/3f9a/chats"])
        #expect(found[2].files.count == 1)
        #expect(found[3].files.map(\.path) == [home + "/.aider.chat.history.md", home + "/src/webshop/.aider.chat.history.md"])
        #expect(found[4].files.map { SourceFile.fileName($0.path) } == [
            "WhatsApp Chat with Ben.txt", String(repeating: "ab", count: 32) + "-2025-06-01-10-00-00.zip", "conversations.json",
        ])
        #expect(found[4].files.map(\.kind) == ["WhatsApp chat", "ChatGPT export", "ChatGPT or Claude conversations.json"])
    }

    @Test func anEmptyHomeHasNoSources() throws {
        let home = try makeTemporaryFolder(["Documents/todo.txt": Data("x".utf8)])
        defer { try? FileManager.default.removeItem(atPath: home) }
        #expect(HistorySources.find(home: home).isEmpty)
        #expect(HistorySources.find("codex", home: home)?.files == [])
        #expect(HistorySources.find("telegram", home: home) == nil)
    }
}
