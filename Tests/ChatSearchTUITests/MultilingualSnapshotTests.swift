import ChatSearchCore
import Foundation
import Testing
@testable import ChatSearchTUI

/// The Chinese and Korean sample chats, loaded from SampleData by the real loader, rendered with the
/// rankings multilingual-e5-small gave for them (`chatsearch search` with --model multilingual-e5-small):
/// double-width characters, and titles and turns cut at the pane edges without splitting a character.
@Suite struct MultilingualSnapshotTests {
    static let sampleData = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SampleData")

    static let conversations: [Conversation] = ["dinner-plans-zh.json", "busan-trip-ko.json"].flatMap { name in
        (try? ConversationLoader.load(file: sampleData.appendingPathComponent(name).path)) ?? []
    }

    /// Hits for one conversation, in the measured order of turn ids per mode.
    static func results(_ query: String, conversation c: Int, orders: [RankingMode: [(String, Float)]]) -> SearchResults {
        let turns = conversations[c].turns
        func ref(_ id: String) -> TurnRef { TurnRef(conversation: c, turn: turns.firstIndex { $0.id == id }!) }
        var rankOf: [RankingMode: [TurnRef: Int]] = [:]
        for (mode, list) in orders {
            rankOf[mode] = Dictionary(uniqueKeysWithValues: list.enumerated().map { (ref($0.element.0), $0.offset + 1) })
        }
        var hits: [RankingMode: [Hit]] = [:]
        for (mode, list) in orders {
            hits[mode] = list.enumerated().map { i, item in
                var ranks: [RankingMode: Int] = [:]
                for (m, table) in rankOf { if let r = table[ref(item.0)] { ranks[m] = r } }
                return Hit(mode: mode, rank: i + 1, score: item.1, ref: ref(item.0), ranks: ranks)
            }
        }
        return SearchResults(query: query, hits: hits, elapsedSeconds: 0.05)
    }

    static func state(_ results: SearchResults, width: Int, height: Int) -> TUIState {
        var s = TUIState()
        s.info = CorpusInfo(modelName: "multilingual-e5-small", conversationCount: conversations.count,
                            turnCount: conversations.reduce(0) { $0 + $1.turns.count }, availableModes: [.late, .naive])
        s.width = width
        s.height = height
        s.query = results.query
        s.cursor = s.query.count
        s.searchGeneration = 1
        s.searchInFlight = true
        s = TUIReducer(conversations: conversations).reduce(s, .searchFinished(generation: 1, results: results, millis: 50)).0
        s.focus = .list
        return s
    }

    static let chinese = results("有什么好的餐馆推荐?", conversation: 0, orders: [
        .late: [("5", 0.903), ("8", 0.902), ("1", 0.902), ("7", 0.899), ("6", 0.899), ("2", 0.897), ("4", 0.895), ("3", 0.892), ("10", 0.884), ("9", 0.880)],
        .naive: [("6", 0.889), ("1", 0.883), ("5", 0.882), ("2", 0.878), ("8", 0.878), ("3", 0.876), ("7", 0.876), ("9", 0.858), ("10", 0.856), ("4", 0.847)],
    ])

    static let korean = results("부산에서 뭐 먹을까?", conversation: 1, orders: [
        .late: [("16", 0.847), ("17", 0.843), ("15", 0.839), ("1", 0.832), ("18", 0.827), ("20", 0.827), ("14", 0.825), ("21", 0.825)],
        .naive: [("17", 0.850), ("15", 0.839), ("1", 0.836), ("20", 0.832), ("14", 0.828), ("16", 0.826), ("23", 0.819), ("4", 0.810)],
    ])

    func render(_ s: TUIState) -> Frame {
        _ = utf8Locale
        return Screen.render(s, conversations: Self.conversations, width: s.width, height: s.height, color: false)
    }

    @Test func sampleChatsLoad() {
        #expect(Self.conversations.map(\.id) == ["dinner-plans-zh", "busan-trip-ko"])
    }

    @Test func chineseResults() {
        Snapshot.check(render(Self.state(Self.chinese, width: 100, height: 24)), "multilingual-chinese")
    }

    /// An odd width puts a pane edge in the middle of a double-width character.
    @Test func chineseResultsNarrowOddWidth() {
        Snapshot.check(render(Self.state(Self.chinese, width: 81, height: 20)), "multilingual-chinese-narrow")
    }

    @Test func koreanResults() {
        Snapshot.check(render(Self.state(Self.korean, width: 100, height: 24)), "multilingual-korean")
    }

    @Test func koreanResultsNarrowOddWidth() {
        Snapshot.check(render(Self.state(Self.korean, width: 79, height: 20)), "multilingual-korean-narrow")
    }
}
