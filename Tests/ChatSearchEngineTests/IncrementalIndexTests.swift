@testable import ChatSearchCore
import ChatSearchEngine
import Foundation
import Testing
import TestSupport

/// The index keyed per turn, with the real engine and real SQLite: a changed conversation re-encodes only
/// the turns whose encoding saw the change, and the vectors equal those of a fresh index.
@Suite(.serialized) struct IncrementalIndexTests {
    static let modelID = "test-model"
    static let recipe = EmbeddingRecipe(turnText: .speaker, lateContext: .block(size: 1, context: 2, contextTokens: 128))

    static let subjects = ["the train", "my sister", "the new oven", "our landlord", "the football match", "the dentist",
                           "a parcel", "the garden", "the printer", "grandma's recipe", "the concert", "the bike"]
    static let verbs = ["was late again", "called this morning", "needs fixing", "arrives on Friday", "was cancelled",
                        "smelled of smoke", "is finally here", "costs too much", "made me laugh", "broke down"]

    /// A chat of `count` short turns (each well under the block context), all different.
    static func chat(_ count: Int, id: String = "chat", source: String = "/chats/chat.txt") -> Conversation {
        Conversation(id: id, title: "Chat", turns: (0..<count).map { i in
            Turn(id: "\(i)", speaker: i % 2 == 0 ? "Ana" : "Ben",
                 text: "\(subjects[i % subjects.count]) \(verbs[(i * 7 + i / 12) % verbs.count]), turn \(i).")
        }, source: source)
    }

    struct Run {
        var outcome: IndexSync.Outcome
        var tokens: [TurnEncoder.Mode: Int]
        var corpus: IndexedCorpus
    }

    /// Syncs `convs` into the index at `path` with a new encoder and reads the corpus.
    static func index(_ convs: [Conversation], _ engine: TokenEmbedder, _ path: String) throws -> Run {
        let store = try IndexStore(path: path)
        let encoder = try TurnEncoder(embedder: engine, recipe: recipe)
        let outcome = try IndexSync(encoder: encoder, store: store, modelID: modelID).run(convs, pruneRoots: ["/chats"])
        let corpus = try IndexedCorpus(conversations: convs, encoder: encoder, modelID: modelID, store: store, options: SearchOptions())
        return Run(outcome: outcome, tokens: encoder.tokensEncoded, corpus: corpus)
    }

    /// Every vector of `convs` in the incremental index equals the fresh index's (cosine >= 0.9999), and
    /// searches rank alike.
    static func expectSameAsFresh(_ convs: [Conversation], _ incremental: Run, _ engine: TokenEmbedder) throws {
        let fresh = try index(convs, engine, TestPaths.temporaryDirectory().appendingPathComponent("fresh.sqlite").path)
        for mode in TurnEncoder.Mode.allCases {
            let key = incremental.corpus.encoder.recipeKeys[mode]!
            for c in convs {
                let h = ConversationHash.of(c)
                let a = try #require(try incremental.corpus.store.vectors(conversationHash: h, model: modelID, recipe: key))
                let b = try #require(try fresh.corpus.store.vectors(conversationHash: h, model: modelID, recipe: key))
                #expect(a.count == b.count)
                for (x, y) in zip(a, b) { #expect(VectorMath.dot(x, y) >= 0.9999, "\(mode) turn vector differs") }
            }
        }
        for q in ["the oven needs fixing", "a late train", "grandma's recipe made me laugh"] {
            let r1 = try incremental.corpus.search(q, top: 10), r2 = try fresh.corpus.search(q, top: 10)
            for m in [RankingMode.late, .naive] { #expect(r1.ranking(m).map(\.ref) == r2.ranking(m).map(\.ref), "\(m) ranking differs") }
        }
    }

    @Test func appendingOneTurnEncodesThatTurnAndTheBlocksThatSeeIt() throws {
        let path = TestPaths.temporaryDirectory().appendingPathComponent("index.sqlite").path
        try SharedModel.with { engine in
            let first = try Self.index([Self.chat(30)], engine, path)
            #expect(first.outcome.embeddedTurns == 60)
            var grown = Self.chat(30)
            grown.turns.append(Turn(id: "30", speaker: "Ana", text: "The plumber is coming at noon about the leak."))
            let next = try Self.index([grown], engine, path)
            // Naive: the new turn. Late (block:1:2): the new turn and the two before it, whose context reaches it.
            #expect(next.outcome.embeddedTurns == 1 + 3)
            #expect(next.outcome.reusedTurns == 30 + 28)
            #expect(next.outcome.pruned == 1)
            let naiveTurn = try engine.tokenize(Self.recipe.turnText.text(of: grown.turns[30])).count + 2
            #expect(next.tokens[.naive] == naiveTurn)
            #expect(next.outcome.encodedTokens * 100 < first.outcome.encodedTokens * 15)
            try Self.expectSameAsFresh([grown], next, engine)
        }
    }

    @Test func editingAMiddleTurnEncodesTheBlocksThatSeeIt() throws {
        let path = TestPaths.temporaryDirectory().appendingPathComponent("index.sqlite").path
        try SharedModel.with { engine in
            _ = try Self.index([Self.chat(30)], engine, path)
            var edited = Self.chat(30)
            edited.turns[15].text = "Actually the dentist moved my appointment to Tuesday."
            let next = try Self.index([edited], engine, path)
            // Naive: the edited turn. Late: turns 13...17 (two turns of context on either side).
            #expect(next.outcome.embeddedTurns == 1 + 5)
            #expect(next.outcome.reusedTurns == 29 + 25)
            try Self.expectSameAsFresh([edited], next, engine)
        }
    }

    @Test func reorderingTurnsReusesEveryNaiveVector() throws {
        let path = TestPaths.temporaryDirectory().appendingPathComponent("index.sqlite").path
        try SharedModel.with { engine in
            _ = try Self.index([Self.chat(30)], engine, path)
            var moved = Self.chat(30)
            moved.turns.swapAt(10, 11)
            let next = try Self.index([moved], engine, path)
            #expect(next.tokens[.naive, default: 0] == 0)
            // Late: turns 8...13 see the swapped pair in a new order.
            #expect(next.outcome.embeddedTurns == 6)
            try Self.expectSameAsFresh([moved], next, engine)
        }
    }

    @Test func aDeletedConversationsRowsGo() throws {
        let path = TestPaths.temporaryDirectory().appendingPathComponent("index.sqlite").path
        try SharedModel.with { engine in
            var other = Self.chat(8, id: "other", source: "/chats/other.txt")
            for i in other.turns.indices { other.turns[i].text = "In the other chat: " + other.turns[i].text }
            let first = try Self.index([Self.chat(10), other], engine, path)
            let otherKeys = try first.corpus.encoder.turnKeys([other], modes: [.naive])[.naive]![0]
            let next = try Self.index([Self.chat(10)], engine, path)
            #expect(next.outcome.pruned == 1)
            #expect(next.outcome.embeddedTurns == 0)
            #expect(try next.corpus.store.stats() == IndexStore.Stats(conversations: 1, turns: 10, vectorSets: 2))
            let left = try next.corpus.store.reusableVectors(keys: otherKeys, model: Self.modelID,
                                                             recipe: next.corpus.encoder.recipeKeys[.naive]!, dimensions: engine.info.dimensions)
            #expect(left.allSatisfy { $0 == nil })
            #expect(try next.corpus.store.db.scalarInt("SELECT count(*) FROM turn_keys") == 20)
        }
    }

    @Test func sessionContextReencodesTheWholeSession() throws {
        let path = TestPaths.temporaryDirectory().appendingPathComponent("index.sqlite").path
        try SharedModel.with { engine in
            let store = try IndexStore(path: path)
            let encoder = try TurnEncoder(embedder: engine, recipe: EmbeddingRecipe(turnText: .speaker, lateContext: .session))
            _ = try IndexSync(encoder: encoder, store: store, modelID: Self.modelID).run([Self.chat(12)], pruneRoots: ["/chats"])
            var grown = Self.chat(12)
            grown.turns.append(Turn(id: "12", speaker: "Ben", text: "See you tomorrow."))
            let again = try TurnEncoder(embedder: engine, recipe: EmbeddingRecipe(turnText: .speaker, lateContext: .session))
            let out = try IndexSync(encoder: again, store: store, modelID: Self.modelID).run([grown], pruneRoots: ["/chats"])
            #expect(out.embeddedTurns == 1 + 13)
        }
    }

    /// An index of the schema before turn keys (version 3: no `turn_keys`) is upgraded in place and its vectors are
    /// reused: a conversation grown by one turn costs what it costs in a current index.
    @Test func anIndexOfThePreviousSchemaUpgradesWithoutReembedding() throws {
        let path = TestPaths.temporaryDirectory().appendingPathComponent("index.sqlite").path
        try SharedModel.with { engine in
            _ = try Self.index([Self.chat(30)], engine, path)
            do {
                // Version 3 is exactly today's schema without the turn_keys step.
                let old = try IndexStore(path: path)
                try old.db.exec("DROP TABLE turn_keys")
                try old.db.exec("PRAGMA user_version = 3")
            }
            let unchanged = try Self.index([Self.chat(30)], engine, path)
            #expect(try unchanged.corpus.store.db.scalarInt("PRAGMA user_version") == Int(IndexStore.schemaVersion))
            #expect(unchanged.outcome.embeddedTurns == 0)
            #expect(try unchanged.corpus.store.db.scalarInt("SELECT count(*) FROM turn_keys") == 60)

            // Once more from the old schema, this time with a turn appended.
            do {
                let old = try IndexStore(path: path)
                try old.db.exec("DROP TABLE turn_keys")
                try old.db.exec("PRAGMA user_version = 3")
            }
            var grown = Self.chat(30)
            grown.turns.append(Turn(id: "30", speaker: "Ana", text: "The plumber is coming at noon about the leak."))
            let next = try Self.index([grown], engine, path)
            #expect(next.outcome.embeddedTurns == 1 + 3)
            try Self.expectSameAsFresh([grown], next, engine)
        }
    }
}
