import Foundation
import Testing
@testable import ChatSearchCore

/// The JSON exports of chat apps: each fixture was written for the project in the shape the app exports.
@Suite struct ExportReaderTests {
    private func load(_ relative: String) -> LoadResult {
        ConversationLoader.load(paths: [formatsFixture("exports/" + relative)])
    }

    @Test func claudeExport() throws {
        let path = formatsFixture("exports/claude/conversations.json")
        #expect(try detect(path) == .claude)
        let result = load("claude/conversations.json")
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.conversations.count == 2)
        let c = result.conversations[0]
        #expect(c.id == "5f1c2a9e-1b7d-4e0a-9c1f-3d2b8a7e6f01")
        #expect(c.title == "Fixing the greenhouse vent opener")
        #expect(c.turnIDs == ["m-0001", "m-0002", "m-0003"])
        #expect(c.speakers == ["user", "assistant", "user"])
        #expect(c.turns[0].time == "2024-05-02T08:14:03.200000Z")
        #expect(c.texts == [
            "My wax-cylinder vent opener stopped opening above 25 degrees. Worth fixing?",
            "Usually the cylinder has lost its wax charge. A replacement cylinder costs about 15 pounds.\n\nCheck the return spring first: a weak spring feels like a dead cylinder.",
            "Thanks, I will try the spring.",
        ])
        #expect(result.conversations[1].turns.isEmpty && result.conversations[1].title == nil)
    }

    @Test func assistantChatsShareOneSpeakerNaming() throws {
        let chatgpt = try ConversationLoader.load(file: formatsFixture("good/conversations.json"))
        let claude = try ConversationLoader.load(file: formatsFixture("exports/claude/conversations.json"))
        let speakers = Set((chatgpt + claude).flatMap { $0.turns.compactMap(\.speaker) })
        #expect(speakers == ["user", "assistant"])
    }

    @Test func telegramChat() throws {
        #expect(try detect(formatsFixture("exports/telegram/result.json")) == .telegram)
        let result = load("telegram/result.json")
        #expect(result.problems.isEmpty, "\(result.problems)")
        let c = try #require(result.conversations.first)
        #expect(c.id == "4009231177" && c.title == "Allotment 14B")
        #expect(c.turnIDs == ["102", "103", "105", "107"])
        #expect(c.speakers == ["Marta Kowalska", "Dev Patel", "Marta Kowalska", "user5550003"])
        #expect(c.texts == [
            "The water butt by the shed is cracked again.",
            "I saw one for £24 at the garden centre, shall I get it?",
            "Crack is along the bottom seam",
            "Deleted account says: bring the hosepipe back please",
        ])
        #expect(c.turns[0].time == "2024-04-06T09:01:40")
    }

    @Test func telegramWholeAccountIsOneConversationPerChat() throws {
        let result = load("telegram-account/result.json")
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.conversations.map(\.id) == ["5550002", "5550001"])
        #expect(result.conversations.map(\.title) == ["Dev Patel", nil])
        #expect(result.conversations[0].texts == ["Seed potatoes arrived: Charlotte and Pink Fir Apple.", "Chitting them on the windowsill then"])
        #expect(result.conversations[1].texts == ["Reminder: plot rent due 1 April"])
    }

    @Test func discordChannel() throws {
        #expect(try detect(formatsFixture("exports/discord/allotment-general.json")) == .discord)
        let result = load("discord/allotment-general.json")
        #expect(result.problems.isEmpty, "\(result.problems)")
        let c = try #require(result.conversations.first)
        #expect(c.id == "880000000000000100")
        #expect(c.title == "Allotment Society / #general")
        #expect(c.turnIDs == ["880000000000001002", "880000000000001003", "880000000000001008"])
        #expect(c.speakers == ["Ravi", "helen.w", "plotbot"])
        #expect(c.texts == ["Who has the key to the tool store this weekend?", "I do, it's under the blue pot by plot 7",
                            "Reminder: hose ban starts Monday.\nWater cans only."])
        #expect(c.turns[0].time == "2024-06-01T09:05:11.250+00:00")
    }

    @Test func messengerPartsAreOneConversationOldestFirstWithMojibakeRepaired() throws {
        let folder = formatsFixture("exports/messenger")
        #expect(try detect(folder + "/inbox/priyaandtomas_8812/message_1.json") == .messenger)
        let result = ConversationLoader.load(paths: [folder])
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.files.count == 2)
        #expect(result.conversations.count == 1)
        let c = try #require(result.conversations.first)
        #expect(c.id == "priyaandtomas_8812")
        #expect(c.title == "Tomás Ruiz")
        #expect(c.turnIDs == ["1", "2", "3", "4"])
        #expect(c.speakers == ["Priya Nair", "Tomás Ruiz", "Priya Nair", "Tomás Ruiz"])
        #expect(c.texts == ["Brunch on Sunday?", "Sunday works. Café Müller opens at 9", "Bring the crème brûlée recipe",
                            "Perfect, see you at the café at 10 then 😀"])
        #expect(c.turns.map(\.time) == ["2024-02-29T16:59:00Z", "2024-02-29T17:00:00Z", "2024-03-01T16:59:05Z", "2024-03-01T17:01:00Z"])
    }

    @Test func instagramThread() throws {
        let result = load("instagram")
        #expect(result.problems.isEmpty, "\(result.problems)")
        let c = try #require(result.conversations.first)
        #expect(c.id == "lucia_ramos_2207")
        #expect(c.speakers == ["sam_okafor", "lucia.ramos"])
        #expect(c.texts == ["Saw your pottery post — the blue glaze one", "¡Qué bonito! Mañana te lo mando"])
    }

    @Test func mojibakeRepairDecidesPerFileThenPerString() {
        #expect(Mojibake.repaired("caf\u{C3}\u{A9}") == "café")
        #expect(Mojibake.repaired("café") == "café")  // "é" alone is not UTF-8: kept
        #expect(Mojibake.repaired("plain") == "plain")
        #expect(Mojibake.isMetaEncoded(["caf\u{C3}\u{A9}", "ok"]))
        #expect(!Mojibake.isMetaEncoded(["caf\u{C3}\u{A9}", "already fine 😀"]))
    }

    @Test func slackWorkspaceIsOneConversationPerChannelWithADayPerSession() throws {
        let folder = formatsFixture("exports/slack")
        #expect(try detect(folder + "/general/2024-03-01.json") == .slack)
        let result = ConversationLoader.load(paths: [folder])
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.conversations.map(\.id) == ["general", "random"])
        let general = result.conversations[0]
        #expect(general.title == "#general")
        #expect(general.turnIDs == ["1709283700.000200", "1709283800.000300", "1709370100.000200", "1709370200.000300"])
        #expect(general.speakers == ["Anna Berg", "Omar K", "Liz Moreau", "Omar K"])
        #expect(general.turns.map(\.session) == ["2024-03-01", "2024-03-01", "2024-03-02", "2024-03-02"])
        #expect(general.texts == [
            "Welcome @Omar K! Plot fees are on the fees page, due by 31 March.",
            "Thanks! Is it cash & card, or bank transfer only? See https://example.com/bank",
            "Photo of the broken gate hinge, @here can someone with a drill help?",
            "I can on Saturday, @Liz Moreau. Ask in #random for screws <M6>",
        ])
        #expect(general.turns[0].time == "2024-03-01T09:01:40Z")
        #expect(result.conversations[1].texts == ["Anyone want rhubarb crowns? I have six spare."])
    }

    @Test func aSlackDayFileOnItsOwnLoads() throws {
        let folder = try makeTemporaryFolder([
            "2024-03-02.json": try Data(contentsOf: URL(fileURLWithPath: formatsFixture("exports/slack/general/2024-03-02.json"))),
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = ConversationLoader.load(paths: [folder + "/2024-03-02.json"])
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.conversations.first?.speakers == ["U03LIZ", "U02OMAR"])
        #expect(result.conversations.first?.texts.last == "I can on Saturday, @U03LIZ. Ask in #random for screws <M6>")
    }

    @Test func aJSONArrayOfTextObjectsIsNotJSONLines() throws {
        let folder = try makeTemporaryFolder(["notes.json": Data("[{\"text\": \"a\"},\n{\"text\": \"b\"}]".utf8)])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try detect(folder + "/notes.json") == nil)
        let result = ConversationLoader.load(paths: [folder])
        #expect(result.problems.count == 1)
        let reason = try #require(result.problems.first?.reason)
        #expect(reason.contains("unknown shape") && reason.contains("Slack day file") && reason.contains("Telegram"), "\(reason)")
    }

    @Test func theUnknownFormatHintNamesTheRealOption() throws {
        let folder = try makeTemporaryFolder(["notes.log": Data("no speakers, no dates\n".utf8)])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = ConversationLoader.load(paths: [folder + "/notes.log"])
        #expect(result.problems.map(\.reason) == ["unrecognised chat format (use --input-format to choose one)"])
    }

    @Test func aRecognisedFileWithoutMessagesSaysSo() throws {
        let folder = try makeTemporaryFolder([
            "conversations.json": Data(#"[{"title": "t", "mapping": {"a": {"id": "a", "message": {"author": {"role": "system"}, "content": {"content_type": "text", "parts": ["x"]}}}}}]"#.utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = ConversationLoader.load(paths: [folder])
        #expect(result.problems.map(\.reason) == ["read as chatgpt, but no message with text was found"])
    }

    private func detect(_ path: String) throws -> ChatFormat? {
        ConversationLoader.detect(path: path, data: try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
