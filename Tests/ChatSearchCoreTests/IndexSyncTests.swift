import ChatSearchCore
import Foundation
import Testing
import TestSupport

/// The sync step (embed what is missing, prune what is gone) and the read-only corpus over a real
/// SQLite index, with the transparent engine.
struct IndexSyncTests {
    static let modelID = "transparent-model"

    static func conversation(_ id: String, source: String?, words: [String]) -> Conversation {
        Conversation(id: id, title: id, turns: words.enumerated().map { i, w in Turn(id: "\(i + 1)", text: w, session: "s") },
                     source: source)
    }

    static func encoder(_ engine: TokenEmbedder = TransparentEmbedder()) throws -> TurnEncoder {
        try TurnEncoder(embedder: engine, recipe: EmbeddingRecipe(turnText: .plain, lateContext: .window(1)))
    }

    /// `path` written relative to the current directory, as a user may type it.
    static func relative(_ path: String) -> String {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.pathComponents.dropFirst()
        return String(repeating: "../", count: cwd.count) + path.drop { $0 == "/" }
    }

    @Test func relativePathsArePrunedAfterAnEdit() throws {
        let dir = TestPaths.temporaryDirectory("sync-relative").standardizedFileURL.path
        let store = try IndexStore(path: dir + "/index.sqlite")
        let folder = Self.relative(dir + "/chats")
        let a = Self.conversation("a", source: folder + "/a.json", words: ["w1 w2", "w3"])
        let b = Self.conversation("b", source: folder + "/b.json", words: ["w4", "w5 w6"])
        let sync = IndexSync(encoder: try Self.encoder(), store: store, modelID: Self.modelID)
        try sync.run([a, b], pruneRoots: [folder])
        #expect(try store.stats().conversations == 2)

        var edited = b
        edited.turns[1].text = "w7"
        let outcome = try sync.run([a, edited], pruneRoots: [folder])
        // The edited turn's naive vector, and the late vectors of both turns (window:1 sees the edit).
        #expect(outcome.embeddedTurns == 3)
        #expect(outcome.reusedTurns == 1)
        #expect(outcome.pruned == 1)
        #expect(try store.stats().conversations == 2)

        // The same folder named absolutely, with a trailing slash: the same files.
        let gone = try sync.run([a], pruneRoots: [dir + "/./chats/"])
        #expect(gone.pruned == 1)
        #expect(try store.stats().conversations == 1)
    }

    @Test func aChangedDocumentPrefixEmbedsAgain() throws {
        let dir = TestPaths.temporaryDirectory("sync-prefix").path
        let store = try IndexStore(path: dir + "/index.sqlite")
        let convs = [Self.conversation("a", source: nil, words: ["w1 w2", "w3"])]
        let plain = IndexSync(encoder: try Self.encoder(), store: store, modelID: Self.modelID)
        #expect(try plain.run(convs, pruneRoots: []).embeddedTurns == 4)
        #expect(try plain.run(convs, pruneRoots: []).embeddedTurns == 0)

        let prefixed = IndexSync(encoder: try Self.encoder(TransparentEmbedder(documentPrefix: "w9 ")), store: store, modelID: Self.modelID)
        #expect(prefixed.recipeKeys[.naive] != plain.recipeKeys[.naive])
        #expect(prefixed.recipeKeys[.late] != plain.recipeKeys[.late])
        #expect(try prefixed.run(convs, pruneRoots: []).embeddedTurns == 4)

        // Each corpus reads the vectors of its own prefix.
        let q: [Float] = VectorMath.normalized([1, 1])
        let plainCorpus = try IndexedCorpus(conversations: convs, encoder: plain.encoder, modelID: Self.modelID, store: store, options: SearchOptions())
        let prefixedCorpus = try IndexedCorpus(conversations: convs, encoder: prefixed.encoder, modelID: Self.modelID, store: store, options: SearchOptions())
        let s1 = plainCorpus.searcher.scores(query: q, lexical: .none).byMode[.naive]!
        let s2 = prefixedCorpus.searcher.scores(query: q, lexical: .none).byMode[.naive]!
        #expect(s1 != s2)
    }

    @Test func syncReportsEachStoredConversationAndTheCorpusReadsWhatIsStored() throws {
        let dir = TestPaths.temporaryDirectory("sync-partial").path
        let store = try IndexStore(path: dir + "/index.sqlite")
        let convs = (1...3).map { Self.conversation("c\($0)", source: nil, words: ["w\($0)", "w\($0 + 3) w\($0)"]) }
        var sync = IndexSync(encoder: try Self.encoder(), store: store, modelID: Self.modelID)
        sync.turnsPerRound = 1
        var stored: [Int] = []
        // Cancel once the first conversation is stored.
        #expect(throws: CancellationError.self) {
            try sync.run(convs, pruneRoots: [], isCancelled: { !stored.isEmpty }, stored: { stored.append($0) })
        }
        #expect(stored == [0])

        let partial = try IndexedCorpus(conversations: convs, encoder: sync.encoder, modelID: Self.modelID, store: store, options: SearchOptions())
        #expect(partial.conversations.map(\.id) == ["c1", "c2", "c3"])
        #expect(partial.missing == [1, 2])
        #expect(partial.searcher.covered == [true, false, false])

        stored = []
        let rest = try sync.run(convs, pruneRoots: [], stored: { stored.append($0) })
        #expect(stored == [1, 2])
        #expect(rest.embeddedTurns == 8)
        let full = try IndexedCorpus(conversations: convs, encoder: sync.encoder, modelID: Self.modelID, store: store, options: SearchOptions())
        #expect(full.missing.isEmpty)
        #expect(full.conversations.map(\.id) == ["c1", "c2", "c3"])
    }
}
