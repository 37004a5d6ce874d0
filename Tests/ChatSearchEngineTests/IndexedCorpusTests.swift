import ChatSearchCore
import ChatSearchEngine
import Foundation
import Testing
import TestSupport

/// The index with the real engine: reopening embeds nothing, changes are embedded incrementally,
/// removed conversations disappear, and the seed demo ranks as the golden vectors say.
struct IndexedCorpusTests {
    static let modelID = "test-model"

    static func conversations() -> [Conversation] {
        [
            Conversation(id: "dinner", title: "Dinner", turns: [
                Turn(id: "1", speaker: "Ana", text: "Where should we eat on Saturday?", session: "s1"),
                Turn(id: "2", speaker: "Ben", text: "The Thai place on Elm Street has great curry.", session: "s1"),
                Turn(id: "3", speaker: "Ana", text: "Perfect, I will book a table for eight.", session: "s1"),
            ], source: "/chats/dinner.json"),
            Conversation(id: "bugs", title: "Release", turns: [
                Turn(id: "1", speaker: "Kim", text: "The login test is flaky again on CI.", session: "s1"),
                Turn(id: "2", speaker: "Lee", text: "I pinned the browser version, try now.", session: "s1"),
            ], source: "/chats/bugs.json"),
        ]
    }

    /// Syncs the index with `convs` (pruning under /chats) and reads the corpus.
    func open(_ convs: [Conversation], _ engine: TokenEmbedder, _ store: IndexStore) throws -> (corpus: IndexedCorpus, embeddedTurns: Int) {
        let encoder = try TurnEncoder(embedder: engine, recipe: EmbeddingRecipe(turnText: .speaker, lateContext: .window(1)))
        let embedded = try IndexSync(encoder: encoder, store: store, modelID: Self.modelID).run(convs, pruneRoots: ["/chats"]).embeddedTurns
        return (try IndexedCorpus(conversations: convs, encoder: encoder, modelID: Self.modelID, store: store, options: SearchOptions()), embedded)
    }

    @Test func reopeningEmbedsNothingAndChangesAreIncremental() throws {
        let dir = TestPaths.temporaryDirectory()
        let path = dir.appendingPathComponent("index.sqlite").path
        try SharedModel.with { real in
            let first = CountingEmbedder(real)
            let a = try open(Self.conversations(), first, try IndexStore(path: path))
            #expect(a.embeddedTurns == 10)
            #expect(first.sequencesEmbedded == 10)

            let again = CountingEmbedder(real)
            let b = try open(Self.conversations(), again, try IndexStore(path: path))
            #expect(again.embedCalls == 0)
            #expect(b.embeddedTurns == 0)
            let q = try b.corpus.encoder.query("curry")
            #expect(again.embedCalls == 1) // the query only
            let fresh = a.corpus.searcher.search(query: q, queryText: "curry", lexical: .none, top: 5)
            let cached = b.corpus.searcher.search(query: q, queryText: "curry", lexical: .none, top: 5)
            #expect(fresh == cached)

            // Change one turn of one conversation: only the vectors whose encoding saw it are embedded
            // again (its naive vector; late window:1, its own and its neighbour's).
            var changed = Self.conversations()
            changed[1].turns[1].text = "I pinned the browser version and the test passes."
            let third = CountingEmbedder(real)
            let c = try open(changed, third, try IndexStore(path: path))
            #expect(c.embeddedTurns == 3)
            #expect(third.sequencesEmbedded == 3)
            #expect(try c.corpus.store.stats().conversations == 2) // the old version was pruned

            // Remove a conversation: it disappears from the index, lexical rows included.
            let d = try open([changed[0]], CountingEmbedder(real), try IndexStore(path: path))
            #expect(try d.corpus.store.stats().conversations == 1)
            #expect(try d.corpus.store.lexicalMatches(query: "flaky", conversationHashes: nil, limit: 10).isEmpty)
        }
    }

    @Test func hybridFindsTheLexicalAnswer() throws {
        let dir = TestPaths.temporaryDirectory()
        try SharedModel.with { real in
            let c = try open(Self.conversations(), real, try IndexStore(path: dir.appendingPathComponent("i.sqlite").path)).corpus
            let r = try c.search("Elm Street", top: 3)
            let top = r.ranking(.hybrid)[0]
            #expect(c.conversations[top.ref.conversation].turns[top.ref.turn].text.contains("Elm Street"))
            // A query with no lexical match still ranks by the dense score.
            let none = try c.search("zzzqqq", top: 3)
            #expect(none.ranking(.hybrid).count == 3)
            let stop = try c.search("the and of", top: 3)
            #expect(stop.ranking(.hybrid).count == 3)
        }
    }

    @Test func seedDemoRanksAsTheGoldenVectorsSay() throws {
        let g = try GoldenVectorTests.golden()
        let conv = GoldenVectorTests.conversation(g)
        func goldenOrder(_ vectors: [[Float]]) -> [Int] {
            let s = vectors.map { VectorMath.dot($0, g.query_vector) }
            return s.indices.sorted { s[$0] > s[$1] }
        }
        try SharedModel.with { engine in
            let encoder = try TurnEncoder(embedder: engine, recipe: EmbeddingRecipe(turnText: .plain, lateContext: .conversation))
            let out = try encoder.encode([conv], modes: [.naive, .late])
            var late = VectorTable(dimensions: 384), naive = VectorTable(dimensions: 384)
            out[.late]![0].forEach { late.append($0) }
            out[.naive]![0].forEach { naive.append($0) }
            let searcher = Searcher(conversations: [conv], late: late, naive: naive)
            let r = searcher.search(query: try encoder.query(g.query), queryText: g.query, lexical: .none, top: 10)
            let lateOrder = r.ranking(.late).map(\.ref.turn)
            let naiveOrder = r.ranking(.naive).map(\.ref.turn)
            #expect(lateOrder == goldenOrder(g.turns.map(\.late)))
            #expect(naiveOrder == goldenOrder(g.turns.map(\.naive)))
            // The documented facts: Bella Italia (turn 7) is 5th naive, 4th late; late's first hit is turn 8.
            #expect(naiveOrder.firstIndex(of: 6) == 4)
            #expect(lateOrder.firstIndex(of: 6) == 3)
            #expect(lateOrder.first == 7)
        }
    }
}
