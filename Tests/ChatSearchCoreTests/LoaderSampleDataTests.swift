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
        #expect(result.files.count == 9)
        #expect(!result.files.contains { $0.hasSuffix("README.md") })
        #expect(result.conversations.reduce(0) { $0 + $1.turns.count } > 1500)
        #expect(Set(result.conversations.map(\.id)).count == result.conversations.count)
    }

    @Test func dinnerChatMatchesTheSeedDemo() throws {
        let english = try ConversationLoader.load(file: folder + "/dinner-plans.json")
        let chinese = try ConversationLoader.load(file: folder + "/dinner-plans-zh.json")
        #expect(english.first?.turns.count == 10)
        #expect(chinese.first?.turns.count == 10)
        #expect(english.first?.turns[6].text == "How about this place, Bella Italia? It looks nice.")
        #expect(english.first?.turns.map(\.speaker) == chinese.first?.turns.map(\.speaker))
    }

    @Test func eachSampleFileIsDetectedAsItsFormat() throws {
        let expected: [String: ChatFormat] = [
            "dinner-plans.json": .canonical, "portugal-trip.json": .canonical, "ledgerly-team.jsonl": .jsonl,
            "WhatsApp Chat with Sharma Family.txt": .whatsapp, "WhatsApp Chat with Chapter & Verse.txt": .whatsapp,
            "chatgpt-export/conversations.json": .chatgpt, "slow-travel-podcast-ep42.txt": .transcript,
            "garden-committee-2024-04.txt": .transcript,
        ]
        for (name, format) in expected {
            let path = folder + "/" + name
            #expect(ConversationLoader.detect(path: path, data: try Data(contentsOf: URL(fileURLWithPath: path))) == format, "\(name)")
        }
    }

    @Test func chatGPTSampleShowsOnlyTheEditedBranch() throws {
        let conversations = try ConversationLoader.load(file: folder + "/chatgpt-export/conversations.json")
        let lisbon = try #require(conversations.first { $0.title == "Lisbon 4-day itinerary" })
        #expect(lisbon.turns.count == 4)
        #expect(!lisbon.turns.contains { $0.text.contains("add Porto instead") })
    }
}
