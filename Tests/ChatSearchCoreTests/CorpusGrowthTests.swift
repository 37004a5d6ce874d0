import ChatSearchCore
import Testing

@Suite struct CorpusGrowthTests {
    static func conv(_ id: String, _ source: String, turns: Int) -> Conversation {
        Conversation(id: id, turns: (1...max(1, turns)).map { Turn(id: "\($0)", speaker: "A", text: "t\($0)") }, source: source)
    }

    @Test func aGrownConversationKeepsItsPlaceAndCountsOnlyItsNewTurns() {
        let old = [Self.conv("a", "/c/a.txt", turns: 3), Self.conv("b", "/c/b.txt", turns: 2)]
        let m = CorpusGrowth.merged(old, files: ["/c/a.txt"], fresh: [Self.conv("a", "/c/a.txt", turns: 5)])
        #expect(m.conversations.map(\.id) == ["a", "b"])
        #expect(m.conversations[0].turns.count == 5)
        #expect(m.addedTurns == 2)
        #expect(m.removedConversations == 0)
    }

    @Test func newConversationsGoLastAndRemovedFilesTakeTheirsAway() {
        let old = [Self.conv("a", "/c/a.txt", turns: 3), Self.conv("z1", "/c/x.zip/one.json", turns: 2), Self.conv("b", "/c/b.txt", turns: 2)]
        let m = CorpusGrowth.merged(old, files: ["/c/x.zip", "/c/new.txt"], fresh: [Self.conv("n", "/c/new.txt", turns: 4)])
        #expect(m.conversations.map(\.id) == ["a", "b", "n"])
        #expect(m.addedTurns == 4)
        #expect(m.removedConversations == 1)
    }

    @Test func aFileWithASimilarNameIsNotTouched() {
        let old = [Self.conv("a", "/c/a.txt.bak", turns: 3)]
        let m = CorpusGrowth.merged(old, files: ["/c/a.txt"], fresh: [])
        #expect(m.conversations.map(\.id) == ["a"])
        #expect(m.removedConversations == 0)
    }
}
