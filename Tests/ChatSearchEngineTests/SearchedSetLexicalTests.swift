import ChatSearchCore
import ChatSearchEngine
import Foundation
import Testing
import TestSupport

/// Hybrid rankings of a set of files do not depend on what else the index holds: bm25's term weights
/// and average turn length come from the searched turns only (`IndexStore.lexicalTable(for:)`).
struct SearchedSetLexicalTests {
    static let modelID = "test-model"
    static let recipe = EmbeddingRecipe(turnText: .speaker, lateContext: .window(1))

    /// Another folder's chat that uses the query's words a lot (so index-wide statistics would differ).
    static let unrelated = Conversation(id: "cooking", title: "Cooking club", turns: (1...12).map { i in
        Turn(id: "\(i)", speaker: i % 2 == 0 ? "Ria" : "Tom", text: "Curry night \(i): we book a table and the curry is great, table for \(i).", session: "s1")
    }, source: "/other/cooking.json")

    func hybrid(_ store: IndexStore, _ engine: TokenEmbedder, query: String) throws -> [Hit] {
        let convs = IndexedCorpusTests.conversations()
        let encoder = try TurnEncoder(embedder: engine, recipe: Self.recipe)
        try IndexSync(encoder: encoder, store: store, modelID: Self.modelID).run(convs, pruneRoots: ["/chats"])
        let corpus = try IndexedCorpus(conversations: convs, encoder: encoder, modelID: Self.modelID, store: store, options: SearchOptions())
        return try corpus.search([SearchRequest(query: query, top: 5, modes: [.hybrid])])[0].hits[.hybrid] ?? []
    }

    @Test func sameFilesAndQueryRankTheSameWhateverElseIsIndexed() throws {
        let dir = TestPaths.temporaryDirectory("searched-set")
        defer { try? FileManager.default.removeItem(at: dir) }
        try SharedModel.with { engine in
            let query = "book a table for the curry"
            let clean = try hybrid(try IndexStore(path: dir.appendingPathComponent("clean.sqlite").path), engine, query: query)

            let shared = try IndexStore(path: dir.appendingPathComponent("shared.sqlite").path)
            let encoder = try TurnEncoder(embedder: engine, recipe: Self.recipe)
            try IndexSync(encoder: encoder, store: shared, modelID: Self.modelID).run([Self.unrelated], pruneRoots: ["/other"])
            let mixed = try hybrid(shared, engine, query: query)

            #expect(!clean.isEmpty)
            #expect(clean.map(\.ref) == mixed.map(\.ref))
            #expect(clean.map(\.score) == mixed.map(\.score))
            #expect(try shared.stats().conversations == 3) // the other folder's chat is still in the index
        }
    }
}
