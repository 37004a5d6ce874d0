import Foundation
import Testing
@testable import ChatSearchCore

/// Exports read straight from their zip archives, without unpacking anything to disk.
@Suite struct ZipInputTests {
    private func zip(_ name: String) -> String { formatsFixture("zips/" + name) }

    @Test func chatGPTArchiveLoadsLikeTheFileAndSkipsCompanionFiles() throws {
        let result = ConversationLoader.load(paths: [zip("chatgpt-export.zip")])
        #expect(result.problems.isEmpty, "\(result.problems)")
        let plain = try ConversationLoader.load(file: formatsFixture("good/conversations.json"))
        #expect(result.conversations.map(\.turns) == plain.map(\.turns))
        #expect(result.files == [zip("chatgpt-export.zip") + "/conversations.json"])
        #expect(result.conversations.allSatisfy { $0.source == zip("chatgpt-export.zip") + "/conversations.json" })
    }

    @Test(arguments: [
        ("claude-export.zip", ChatFormat.claude), ("whatsapp-ios.zip", .whatsapp), ("telegram.zip", .telegram),
        ("messenger.zip", .messenger),
    ])
    func appArchivesLoadTheirChats(_ name: String, _ format: ChatFormat) throws {
        let result = ConversationLoader.load(paths: [zip(name)])
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.conversations.contains { !$0.turns.isEmpty })
        let unzipped: [String: String] = [
            "claude-export.zip": "exports/claude/conversations.json", "whatsapp-ios.zip": "good/whatsapp-ios.txt",
            "telegram.zip": "exports/telegram/result.json", "messenger.zip": "exports/messenger",
        ]
        let plain = ConversationLoader.load(paths: [formatsFixture(unzipped[name]!)])
        #expect(result.conversations.map(\.turns) == plain.conversations.map(\.turns))
        #expect(result.conversations.map(\.title) == plain.conversations.map(\.title) || format == .whatsapp)
    }

    @Test func anIOSWhatsAppArchiveNamesTheChat() throws {
        let result = ConversationLoader.load(paths: [zip("whatsapp-ios.zip")])
        #expect(result.conversations.map(\.id) == ["whatsapp-ios"])
        #expect(result.conversations.map(\.title) == ["whatsapp-ios.zip"])
        #expect(result.conversations.first?.source == zip("whatsapp-ios.zip") + "/_chat.txt")
    }

    @Test func slackArchiveFindsItsUsersInsideTheArchive() throws {
        let result = ConversationLoader.load(paths: [zip("slack.zip")])
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.conversations.map(\.id) == ["general", "random"])
        #expect(result.conversations[0].speakers == ["Anna Berg", "Omar K", "Liz Moreau", "Omar K"])
        #expect(!result.files.contains { $0.contains("__MACOSX") })
    }

    @Test func anArchiveWithoutChatsSaysWhatItHolds() {
        let result = ConversationLoader.load(paths: [zip("no-chats.zip")])
        #expect(result.conversations.isEmpty)
        #expect(result.problems.count == 1)
        let reason = result.problems.first?.reason ?? ""
        #expect(reason.contains("no chat files") && reason.contains("photo.jpg") && reason.contains("index.html"), "\(reason)")
    }

    @Test func aBrokenArchiveIsAProblemAndTheOtherFilesLoad() throws {
        let good = try Data(contentsOf: URL(fileURLWithPath: zip("claude-export.zip")))
        let folder = try makeTemporaryFolder([
            "broken.zip": good.prefix(good.count / 2),
            "notes.json": Data(#"{"id": "n", "turns": ["still here"]}"#.utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = ConversationLoader.load(paths: [folder])
        #expect(result.conversations.map(\.id) == ["n"])
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.path.hasPrefix(folder + "/broken.zip") == true, "\(result.problems)")
    }

    @Test func zipsInFoldersAreRead() throws {
        let folder = try makeTemporaryFolder([
            "exports/whatsapp.zip": try Data(contentsOf: URL(fileURLWithPath: zip("whatsapp-ios.zip"))),
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = ConversationLoader.load(paths: [folder])
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.files == [folder + "/exports/whatsapp.zip/_chat.txt"])
    }
}
