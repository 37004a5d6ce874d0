import Foundation
import Testing
@testable import ChatSearchCore

@Suite struct LoaderSampleDataTests {
    private let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SampleData").path

    @Test func sampleDataLoadsWithoutProblems() {
        let result = ConversationLoader.load(paths: [folder])
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.files.count == 27)
        #expect(!result.files.contains { $0.hasSuffix("README.md") })
        #expect(result.conversations.reduce(0) { $0 + $1.turns.count } == 2823)
        #expect(Set(result.conversations.map(\.id)).count == result.conversations.count)
    }

    @Test func dinnerChatMatchesTheSeedDemo() throws {
        let english = try ConversationLoader.load(file: folder + "/dinner-plans.json")
        let chinese = try ConversationLoader.load(file: folder + "/dinner-plans-zh.json")
        #expect(english.first?.turns.count == 10)
        #expect(chinese.first?.turns.count == 10)
        #expect(english.first?.turns[6].text == "How about this place, Bella Italia? It looks nice.")
        // The seed post's Chinese version, word for word (a JSON array of strings, as it was published).
        #expect(chinese.first?.turns[6].text == "这个地方怎么样,Bella Italia?看起来不错。")
    }

    @Test func eachSampleFileIsDetectedAsItsFormat() throws {
        let expected: [String: ChatFormat] = [
            "dinner-plans.json": .canonical, "portugal-trip.json": .canonical, "ledgerly-team.jsonl": .jsonl,
            "WhatsApp Chat with Sharma Family.txt": .whatsapp, "WhatsApp Chat with Chapter & Verse.txt": .whatsapp,
            "chatgpt-export/conversations.json": .chatgpt, "slow-travel-podcast-ep42.txt": .transcript,
            "garden-committee-2024-04.txt": .transcript, "flat-2-1-craigpark.json": .canonical,
            "WhatsApp Chat with Lena.txt": .whatsapp, "northpoint-support-call-2024-11-14.txt": .transcript,
            "book-group-rebecca-2024-03.txt": .transcript, "dinner-plans-zh.json": .strings,
            "busan-trip-ko.json": .canonical, "flatshare-mixed.json": .canonical,
            "app-exports/telegram-ChatExport_2024-05-08/result.json": .telegram,
            "app-exports/Meeple Mondays - game-night [100000000000000100].json": .discord,
            "app-exports/messenger/your_facebook_activity/messages/inbox/remilaurent_1048213377/message_1.json": .messenger,
            "app-exports/slack-export/office-move/2024-05-13.json": .slack,
            "app-exports/sprint-retro-2024-05-17.vtt": .webvtt, "app-exports/one-bus-a-day-documentary.srt": .srt,
            "app-exports/choir-committee-otter.txt": .otter, "app-exports/bakery-interview-whisperx.json": .segments,
        ]
        for (name, format) in expected {
            let path = folder + "/" + name
            #expect(ConversationLoader.detect(path: path, data: try Data(contentsOf: URL(fileURLWithPath: path))) == format, "\(name)")
        }
    }

    /// The counts in SampleData/README.md (a transcript's header loads as one more turn, without a speaker).
    @Test func sampleFilesHaveTheDocumentedTurnCounts() throws {
        let expected = [
            "dinner-plans.json": 10, "dinner-plans-zh.json": 10, "portugal-trip.json": 260, "ledgerly-team.jsonl": 658,
            "WhatsApp Chat with Sharma Family.txt": 325, "WhatsApp Chat with Chapter & Verse.txt": 189,
            "chatgpt-export/conversations.json": 130, "slow-travel-podcast-ep42.txt": 64,
            "garden-committee-2024-04.txt": 50, "flat-2-1-craigpark.json": 500, "WhatsApp Chat with Lena.txt": 338,
            "northpoint-support-call-2024-11-14.txt": 79, "book-group-rebecca-2024-03.txt": 89,
            "busan-trip-ko.json": 26, "flatshare-mixed.json": 28,
        ]
        for (name, count) in expected {
            let conversations = try ConversationLoader.load(file: folder + "/" + name)
            #expect(conversations.reduce(0) { $0 + $1.turns.count } == count, "\(name)")
        }
    }

    @Test func flatmatesChatHasOneSessionPerDay() throws {
        let flat = try #require(try ConversationLoader.load(file: folder + "/flat-2-1-craigpark.json").first)
        #expect(flat.turns.allSatisfy { $0.session != nil && $0.time?.hasPrefix($0.session!) == true })
        #expect(Set(flat.turns.compactMap(\.session)).count > 60)
    }

    @Test func chatGPTSampleShowsOnlyTheEditedBranch() throws {
        let conversations = try ConversationLoader.load(file: folder + "/chatgpt-export/conversations.json")
        let lisbon = try #require(conversations.first { $0.title == "Lisbon 4-day itinerary" })
        #expect(lisbon.turns.count == 4)
        #expect(!lisbon.turns.contains { $0.text.contains("add Porto instead") })
        let salary = try #require(conversations.first { $0.title == "Salary negotiation for senior designer offer" })
        #expect(salary.turns.count == 6)
        #expect(!salary.turns.contains { $0.text.contains("What if they say no to everything?") })
        #expect(conversations.count == 21)
    }

    /// One conversation per reader of app exports, in SampleData/app-exports (see SampleData/README.md).
    @Test func appExportsLoadOneConversationEach() throws {
        let expected: [(file: String, id: String, turns: Int)] = [
            ("claude-data-2024-06-02.zip", "c1a0de00-0000-4000-8000-000000000000", 8),
            ("telegram-ChatExport_2024-05-08/result.json", "4100552211", 9),
            ("Meeple Mondays - game-night [100000000000000100].json", "100000000000000100", 8),
            ("messenger", "remilaurent_1048213377", 8), ("slack-export", "office-move", 7),
            ("sprint-retro-2024-05-17.vtt", "sprint-retro-2024-05-17", 7),
            ("one-bus-a-day-documentary.srt", "one-bus-a-day-documentary", 5),
            ("choir-committee-otter.txt", "choir-committee-otter", 6),
            ("bakery-interview-whisperx.json", "bakery-interview-whisperx", 7),
        ]
        for (file, id, turns) in expected {
            let result = ConversationLoader.load(paths: [folder + "/app-exports/" + file])
            #expect(result.problems.isEmpty, "\(file): \(result.problems)")
            let c = try #require(result.conversations.first, "\(file)")
            #expect(c.id == id, "\(file)")
            #expect(c.turns.count == turns, "\(file)")
            #expect(c.turns.allSatisfy { $0.speaker != nil || file.hasSuffix(".srt") }, "\(file)")
        }
        let messenger = try #require(ConversationLoader.load(paths: [folder + "/app-exports/messenger"]).conversations.first)
        #expect(messenger.turns.first?.text.hasPrefix("Mamie turns 90") == true)
        #expect(messenger.turns.contains { $0.text.contains("Crêperie Ker Ysa") && $0.text.contains("24 €") })
        let slack = ConversationLoader.load(paths: [folder + "/app-exports/slack-export"]).conversations
        #expect(slack.map(\.turns.count) == [7, 2])
        #expect(slack[0].turns[0].text.contains("floor plan v3") && !slack[0].turns[0].text.contains("https://"))
    }
}
