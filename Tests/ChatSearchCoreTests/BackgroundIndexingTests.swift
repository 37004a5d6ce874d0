import Foundation
import Testing
import TestSupport
@testable import ChatSearchCore

/// Searching while indexing: the text of every conversation is searchable at once, dense rankings cover
/// the conversations embedded so far (most recent first), and a stopped run resumes where it stopped.
struct BackgroundIndexingTests {
    /// Four conversations of 3 turns; "c2" is the most recent, then "c0"; "c1" and "c3" have no ISO times.
    static let conversations: [Conversation] = [
        Conversation(id: "c0", turns: (1...3).map { Turn(id: "\($0)", time: "2024-01-0\($0)T10:00:00Z", text: "w\($0) w10") }, source: "/chats/c0"),
        Conversation(id: "c1", turns: (1...3).map { Turn(id: "\($0)", time: "12/03/2025", text: "w\($0 + 3) w11") }, source: "/chats/c1"),
        Conversation(id: "c2", turns: (1...3).map { Turn(id: "\($0)", time: "2025-06-0\($0)T10:00:00Z", text: "w\($0 + 6) w12") }, source: "/chats/c2"),
        Conversation(id: "c3", turns: (1...3).map { Turn(id: "\($0)", text: "w\($0 + 9) w13") }, source: "/chats/c3"),
    ]

    func open(_ store: IndexStore, _ e: TransparentEmbedder) throws -> IndexedCorpus {
        let encoder = try TurnEncoder(embedder: e, recipe: EmbeddingRecipe(turnText: .plain, lateContext: .window(1)))
        let corpus = try IndexedCorpus(conversations: Self.conversations, encoder: encoder, modelID: "m", store: store,
                                       options: SearchOptions(), pruneRoots: ["/chats"], embedNow: false)
        corpus.chunkTurns = 3
        return corpus
    }

    @Test func recentConversationsComeFirst() {
        #expect(Recency.mostRecentFirst(Self.conversations) == [2, 0, 1, 3])
    }

    @Test func lexicalResultsBeforeAnyEmbeddingThenCoverageGrowsAndResumes() throws {
        let path = TestPaths.temporaryDirectory().appendingPathComponent("i.sqlite").path
        let first = TransparentEmbedder()
        let a = try open(try IndexStore(path: path), first)
        #expect(first.encoded.isEmpty)
        #expect(a.coverage == IndexCoverage(conversations: 0, totalConversations: 4, turnVectors: 0, totalTurnVectors: 24))
        // Nothing embedded: no dense hits, but hybrid finds the word in the lexical index.
        let before = a.searcher.search(query: [1, 0], queryText: "w13", lexical: try a.lexicalScores("w13"), top: 10)
        #expect(before.ranking(.late).isEmpty && before.ranking(.naive).isEmpty)
        #expect(Set(before.ranking(.hybrid).map(\.ref.conversation)) == [3])
        #expect(before.ranking(.hybrid).allSatisfy { $0.ranks[.late] == nil && $0.ranks[.hybrid] != nil })

        // Stop after the first chunk (one conversation): the most recent one is covered and kept.
        #expect(throws: CancellationError.self) {
            try a.indexMissing(isCancelled: { a.coverage.conversations >= 1 })
        }
        #expect(a.coverage.conversations == 1 && a.searcher.covered == [false, false, true, false])
        let partial = a.searcher.search(query: [1, 0], queryText: "q", lexical: [:], top: 10)
        #expect(partial.ranking(.late).map(\.ref.conversation) == [2, 2, 2])
        #expect(partial.ranking(.late).allSatisfy { $0.ranks[.naive] != nil })

        // The next start reads what was done and embeds only the rest.
        let second = TransparentEmbedder()
        let b = try open(try IndexStore(path: path), second)
        #expect(b.coverage.conversations == 1 && b.coverage.turnVectors == 6)
        try b.indexMissing()
        #expect(b.coverage.isComplete && b.coverage.fraction == 1)
        #expect(second.encoded.allSatisfy { !$0.contains(7) && !$0.contains(8) && !$0.contains(9) })
        #expect(b.embeddedTurns == 18)

        // The result is the index a single uninterrupted run builds.
        let whole = try open(try IndexStore(path: TestPaths.temporaryDirectory().appendingPathComponent("j.sqlite").path), TransparentEmbedder())
        try whole.indexMissing()
        #expect(whole.searcher.late.values == b.searcher.late.values)
        #expect(whole.searcher.naive.values == b.searcher.naive.values)
    }
}
