import Foundation
import Testing
@testable import ChatSearchCore

/// The coding-agent readers on fixtures written for the project (Fixtures/formats/agents/).
@Suite struct AgentSessionReaderTests {
    static let claudeFolder = "agents/claude-code/-home-ana-myapp"
    static let session = "5f1c2a9e-7d41-4c0b-9a53-2b8e61f0c7aa"
    static var claudeMain: String { formatsFixture("\(claudeFolder)/\(session).jsonl") }
    static var claudeAgent: String { formatsFixture("\(claudeFolder)/\(session)/subagents/agent-7e3d.jsonl") }
    static var codex: String {
        formatsFixture("agents/codex/2025/06/02/rollout-2025-06-02T10-15-00-0197a3c2-5b6e-7f10-8c2d-4e5f6a7b8c9d.jsonl")
    }

    private func detect(_ path: String) throws -> ChatFormat? {
        ConversationLoader.detect(path: path, data: try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    // MARK: Claude Code

    @Test func claudeCodeTextBlocksAreTheTurnsAndEverythingElseIsNot() throws {
        #expect(try detect(Self.claudeMain) == .claudeCode)
        let result = ConversationLoader.load(paths: [Self.claudeMain])
        let c = try #require(result.conversations.first)
        #expect(result.conversations.count == 1)
        #expect(c.id == Self.session)
        #expect(c.title == "myapp · The login test fails on CI since yesterday. Can you find out why?")
        #expect(c.speakers == ["user", "assistant", "assistant", "user", "assistant"])
        #expect(c.texts == [
            "The login test fails on CI since yesterday. Can you find out why?",
            "I'll run the test suite first to see the failure.",  // thinking and tool_use of msg_01 left out
            "The expiry is computed in local time, so the test breaks when CI runs in another timezone. I can pin the clock to UTC in the fixture.",
            "yes, do that",  // the system reminder beside it is not the user's
            "Done: the fixture clock is pinned to UTC and the login test passes.",
        ])
        #expect(c.turnIDs == ["u1", "a2", "a4", "u6", "a5"])
        #expect(c.turns[0].time == "2025-06-01T09:00:00.000Z")
        #expect(!c.texts.joined().contains("Caveat"))
        #expect(!c.texts.joined().contains("/cost"))
        // The malformed line is named and the records after it still load.
        #expect(result.problems.map(\.description) == ["\(Self.claudeMain):13: invalid JSON: unexpected end of file inside an object (truncated?); line skipped"])
    }

    @Test func claudeCodeRecordsOfOneMessageAreOneTurn() throws {
        let lines = [
            #"{"type":"user","sessionId":"s","cwd":"/w/app","uuid":"1","message":{"role":"user","content":"hi"}}"#,
            #"{"type":"assistant","sessionId":"s","uuid":"2","message":{"id":"m","role":"assistant","content":[{"type":"text","text":"first part"}]}}"#,
            #"{"type":"assistant","sessionId":"s","uuid":"3","message":{"id":"m","role":"assistant","content":[{"type":"text","text":"second part"}]}}"#,
        ]
        let folder = try makeTemporaryFolder(["s.jsonl": Data(lines.joined(separator: "\n").utf8)])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let c = try #require(try ConversationLoader.load(file: folder + "/s.jsonl").first)
        #expect(c.texts == ["hi", "first part\n\nsecond part"])
        #expect(c.turnIDs == ["1", "2"])
    }

    @Test func claudeCodeSubAgentIsItsOwnConversationTitledAfterItsParent() throws {
        let folder = formatsFixture(Self.claudeFolder)
        let result = ConversationLoader.load(paths: [folder])
        // The session's folder of sub-agents sorts before the session's file.
        #expect(result.conversations.map(\.id) == ["\(Self.session)/agent-7e3d", Self.session])
        #expect(result.problems.count == 1)  // the main file's malformed line
        let agent = result.conversations[0]
        #expect(agent.title == "myapp · The login test fails on CI since yesterday. Can you find out why? › sub-agent: Find every test that builds a Date from the local clock.")
        #expect(agent.texts == ["Find every test that builds a Date from the local clock.",
                                "Two tests use the local clock: login.test.ts line 12 and billing.test.ts line 40."])
        // Named alone, the parent is not read: the session id stands in.
        let alone = try #require(try ConversationLoader.load(file: Self.claudeAgent).first)
        #expect(alone.title == "myapp · session 5f1c2a9e › sub-agent: Find every test that builds a Date from the local clock.")
    }

    @Test func claudeCodeToolCallsAndOutputsAreTurnsOnlyWhenAsked() throws {
        let without = ConversationLoader.load(paths: [Self.claudeMain]).conversations[0]
        #expect(!without.speakers.contains("tool"))
        let with = ConversationLoader.load(paths: [Self.claudeMain], includeTools: true).conversations[0]
        let tools = with.turns.filter { $0.speaker == "tool" }.map(\.text)
        #expect(tools.count == 3)
        #expect(tools[0] == "Bash: npm test -- login")
        #expect(tools[1].hasPrefix("FAIL tests/login.test.ts"))
        #expect(tools[2].hasPrefix("Edit: {\"file_path\":\"tests/login.test.ts\""))
        #expect(with.turns.filter { $0.speaker != "tool" } == without.turns)
    }

    @Test func claudeCodeInjectedTagsAreRemoved() {
        #expect(ClaudeCodeFormat.withoutInjections("<command-name>/clear</command-name>\n<command-args></command-args>") == "")
        #expect(ClaudeCodeFormat.withoutInjections("fix it <system-reminder>secret</system-reminder> now") == "fix it  now")
        #expect(ClaudeCodeFormat.withoutInjections("[Request interrupted by user]") == "")
        #expect(ClaudeCodeFormat.withoutInjections("a <system-reminder>unterminated") == "a")
    }

    // MARK: Codex CLI

    @Test func codexMessagesAreTurnsOnceAndInjectedContextIsNot() throws {
        #expect(try detect(Self.codex) == .codex)
        let result = ConversationLoader.load(paths: [Self.codex])
        let c = try #require(result.conversations.first)
        #expect(c.id == "0197a3c2-5b6e-7f10-8c2d-4e5f6a7b8c9d")
        #expect(c.title == "billing · Invoices rounded to the cent disagree with the ledger by one cent. Why?")
        #expect(c.speakers == ["user", "assistant", "user", "assistant", "user"])
        #expect(c.texts[1].hasPrefix("The invoice rounds each line with toFixed"))
        #expect(c.texts[2] == "yes, do that")
        #expect(c.texts[4] == "yes, do that")  // said again later: a second turn, written both ways
        #expect(c.turns[0].time == "2025-06-02T10:15:04.010Z")
        #expect(!c.texts.joined().contains("environment_context"))
        #expect(!c.texts.joined().contains("linter"))
        #expect(!c.texts.joined().contains("Checking rounding mode"))
        #expect(result.problems.map(\.description) == ["\(Self.codex):14: invalid JSON: unexpected 'n'; line skipped"])
    }

    @Test func codexToolCallsWithIncludeTools() throws {
        let c = ConversationLoader.load(paths: [Self.codex], includeTools: true).conversations[0]
        let tools = c.turns.filter { $0.speaker == "tool" }.map(\.text)
        #expect(tools == [
            "shell: bash -lc rg -n 'toFixed' src",
            "src/invoice.ts:31:  return total.toFixed(2)",
            "apply_patch: *** Begin Patch\n*** Update File: src/invoice.ts\n-  return total.toFixed(2)\n+  return Math.round(total * 100) / 100\n*** End Patch",
            "Success. Updated the following files:\nM src/invoice.ts",
        ])
    }

    // MARK: Gemini CLI, Aider, messages arrays

    @Test func geminiCLIChat() throws {
        let path = formatsFixture("agents/gemini/3f9a1c/chats/session-2025-06-03T08-30-5d2e.json")
        #expect(try detect(path) == .gemini)
        let c = try #require(try ConversationLoader.load(file: path).first)
        #expect(c.id == "5d2e8b41-0c7a-4f3e-9b12-6a7c8d9e0f11")
        #expect(c.title == "Why does the photo upload hang on large files?")
        #expect(c.speakers == ["user", "assistant", "user"])
        #expect(c.texts.last == "ok, stream it")
        #expect(c.turnIDs == ["m1", "m2", "m4"])
        let tools = try ConversationLoader.load(file: path, includeTools: true)[0].turns.filter { $0.speaker == "tool" }
        #expect(tools.map(\.text) == ["read_file: /home/ana/photos/src/upload.ts", "const body = await file.arrayBuffer()"])
    }

    @Test func aiderHistory() throws {
        let path = formatsFixture("agents/webshop/.aider.chat.history.md")
        #expect(try detect(path) == .aider)
        let c = try #require(try ConversationLoader.load(file: path).first)
        #expect(c.title == "webshop · the cart total ignores the discount code")
        #expect(c.speakers == ["user", "assistant", "user", "assistant"])
        #expect(c.texts[0] == "the cart total ignores the discount code\nwhen the basket has one item")
        #expect(c.texts[1].contains("#### not a user line: inside a fence"))
        #expect(c.texts[1].contains("> not a tool line either"))
        #expect(!c.texts[1].contains("Applied edit"))
        #expect(c.texts[2] == "does the fix also cover gift cards?")
        #expect(c.turns[0].session == "2025-05-20 14:02:11")
        #expect(c.turns[0].time == "2025-05-20T14:02:11")
        #expect(c.turns[3].session == "2025-05-21 09:15:40")
        let tools = try ConversationLoader.load(file: path, includeTools: true)[0].turns.filter { $0.speaker == "tool" }
        #expect(tools.map(\.text).contains("Applied edit to cart.py\nCommit 9f3a2c1 fix: apply the discount to one-item baskets"))
    }

    @Test func aiderHistoryIsReadInsideAFolderThoughHidden() {
        let result = ConversationLoader.load(paths: [formatsFixture("agents/webshop")])
        #expect(result.conversations.count == 1)
        #expect(result.problems.isEmpty)
    }

    @Test func bareMessagesArray() throws {
        let path = formatsFixture("agents/messages-array.json")
        #expect(try detect(path) == .messages)
        let c = try #require(try ConversationLoader.load(file: path).first)
        #expect(c.speakers == ["user", "assistant", "user"])
        #expect(c.texts == ["Which night train goes from Vienna to Venice?",
                            "The Nightjet NJ 237 leaves Vienna at 21:27 and reaches Venice in the morning.", "Book a couchette"])
        #expect(c.turnIDs == ["2", "5", "6"])
        let all = try ConversationLoader.load(file: path, includeTools: true)[0]
        #expect(all.turns.filter { $0.speaker == "tool" }.map(\.text) == [#"search_trains: {"from":"Vienna","to":"Venice"}"#, "Nightjet NJ 237, departs 21:27"])
    }

    // MARK: Gaps in the older readers

    @Test func messengerThreadWithoutParticipantsIsMessenger() throws {
        let path = formatsFixture("agents/inbox/anaandben_1029384756/message_1.json")
        #expect(try detect(path) == .messenger)
        let c = try #require(ConversationLoader.load(paths: [path]).conversations.first)
        #expect(c.id == "anaandben_1029384756")
        #expect(c.texts == ["Which ferry do we take to the island?", "See you at the ferry at nine"])
        #expect(c.speakers == ["Ana", "Ben"])
    }

    @Test func chatGPTMessagesWithoutContentTypeLoad() throws {
        let c = try #require(try ConversationLoader.load(file: formatsFixture("agents/chatgpt-no-content-type.json")).first)
        #expect(c.texts == ["How often should I feed a sourdough starter?", "Once a day at room temperature, once a week in the fridge."])
        #expect(c.turns[0].time == "2023-01-01T00:00:00Z")
    }
}
