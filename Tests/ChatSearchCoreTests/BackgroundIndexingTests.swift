import Foundation
import Testing
import TestSupport
@testable import ChatSearchCore

/// Searching while indexing: the text of every conversation is searchable at once, dense rankings cover
/// the conversations stored so far (most recent first), and a stopped run resumes where it stopped.
struct BackgroundIndexingTests {
    /// Four conversations of 3 turns; "c2" is the most recent, then "c0"; "c1" and "c3" have no ISO times.
    static let conversations: [Conversation] = [
        Conversation(id: "c0", turns: (1...3).map { Turn(id: "\($0)", time: "2024-01-0\($0)T10:00:00Z", text: "w\($0) w10") }, source: "/chats/c0"),
        Conversation(id: "c1", turns: (1...3).map { Turn(id: "\($0)", time: "12/03/2025", text: "w\($0 + 3) w11") }, source: "/chats/c1"),
        Conversation(id: "c2", turns: (1...3).map { Turn(id: "\($0)", time: "2025-06-0\($0)T10:00:00Z", text: "w\($0 + 6) w12") }, source: "/chats/c2"),
        Conversation(id: "c3", turns: (1...3).map { Turn(id: "\($0)", text: "w\($0 + 9) w13") }, source: "/chats/c3"),
    ]

    func sync(_ store: IndexStore, _ e: TransparentEmbedder) throws -> IndexSync {
        var s = IndexSync(encoder: try TurnEncoder(embedder: e, recipe: EmbeddingRecipe(turnText: .plain, lateContext: .window(1))),
                          store: store, modelID: "m")
        s.turnsPerRound = 3
        return s
    }

    func corpus(_ s: IndexSync) throws -> IndexedCorpus {
        try IndexedCorpus(conversations: Self.conversations, encoder: s.encoder, modelID: "m", store: s.store, options: SearchOptions())
    }

    @Test func recentConversationsComeFirst() {
        #expect(Recency.mostRecentFirst(Self.conversations) == [2, 0, 1, 3])
    }

    @Test func lexicalResultsBeforeAnyEmbeddingThenCoverageGrowsAndResumes() throws {
        let path = TestPaths.temporaryDirectory().appendingPathComponent("i.sqlite").path
        let first = TransparentEmbedder()
        let s1 = try sync(try IndexStore(path: path), first)
        try s1.storeTexts(Self.conversations)
        let a = try corpus(s1)
        #expect(first.encoded.isEmpty)
        #expect(a.coverage == IndexCoverage(conversations: 0, totalConversations: 4, turnVectors: 0, totalTurnVectors: 24))
        #expect(a.missing == [0, 1, 2, 3])
        // Nothing embedded: no dense hits, but hybrid finds the word in the lexical index.
        let before = a.searcher.search(query: [1, 0], queryText: "w13", lexical: try a.lexicalEvidence("w13"), top: 10)
        #expect(before.ranking(.late).isEmpty && before.ranking(.naive).isEmpty)
        #expect(Set(before.ranking(.hybrid).map(\.ref.conversation)) == [3])
        #expect(before.ranking(.hybrid).allSatisfy { $0.ranks[.late] == nil && $0.ranks[.hybrid] != nil })

        // Stop after the first round (one conversation): the most recent one is stored and covered.
        #expect(throws: CancellationError.self) {
            try s1.run(Self.conversations, pruneRoots: [], isCancelled: { a.coverage.conversations >= 1 }, stored: { try? a.cover([$0]) })
        }
        #expect(a.coverage.conversations == 1 && a.searcher.covered == [false, false, true, false])
        let partial = a.searcher.search(query: [1, 0], queryText: "q", lexical: .none, top: 10)
        #expect(partial.ranking(.late).map(\.ref.conversation) == [2, 2, 2])
        #expect(partial.ranking(.late).allSatisfy { $0.ranks[.naive] != nil })

        // The next start reads what was done and embeds only the rest.
        let second = TransparentEmbedder()
        let s2 = try sync(try IndexStore(path: path), second)
        let b = try corpus(s2)
        #expect(b.coverage.conversations == 1 && b.coverage.turnVectors == 6 && b.missing == [0, 1, 3])
        #expect(try s2.run(Self.conversations, pruneRoots: [], stored: { try? b.cover([$0]) }).embeddedTurns == 18)
        #expect(b.coverage.isComplete && b.coverage.fraction == 1 && b.missing.isEmpty)
        #expect(second.encoded.allSatisfy { !$0.contains(7) && !$0.contains(8) && !$0.contains(9) })

        // The result is the index a single uninterrupted run builds.
        let s3 = try sync(try IndexStore(path: TestPaths.temporaryDirectory().appendingPathComponent("j.sqlite").path), TransparentEmbedder())
        try s3.run(Self.conversations, pruneRoots: [])
        let whole = try corpus(s3)
        #expect(whole.searcher.late.values == b.searcher.late.values)
        #expect(whole.searcher.naive.values == b.searcher.naive.values)
    }
}
