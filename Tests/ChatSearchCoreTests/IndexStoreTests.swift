import Foundation
import Testing
@testable import ChatSearchCore

/// A fresh folder under the temporary directory, removed by `cleanup()`.
struct IndexScratch {
    let dir: String
    init() throws {
        dir = NSTemporaryDirectory() + "chatsearch-index-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }
    var dbPath: String { dir + "/cache/chatsearch/index.sqlite" }
    func cleanup() { try? FileManager.default.removeItem(atPath: dir) }
}

func indexTestConversation(_ id: String, source: String?, texts: [String], title: String? = nil) -> Conversation {
    Conversation(id: id, title: title, turns: texts.enumerated().map { i, t in
        Turn(id: "\(id)-\(i)", speaker: i % 2 == 0 ? "ann" : "bob", time: "2024-05-0\(i % 9 + 1)", text: t)
    }, source: source)
}

/// Deterministic unit vectors with awkward values (negative zero, subnormals) that must round-trip bit
/// for bit.
func indexTestVectors(count: Int, dims: Int, seed: UInt32 = 1) -> [[Float]] {
    var state = seed &* 2654435761 | 1
    return (0..<count).map { i in
        let raw: [Float] = (0..<dims).map { j in
            state ^= state << 13; state ^= state >> 17; state ^= state << 5
            switch (i + j) % 11 {
            case 0: return -0.0
            case 1: return Float.leastNonzeroMagnitude
            default: return Float(Int32(bitPattern: state) % 1000) / 1000 + 0.0005
            }
        }
        return VectorMath.normalized(raw)
    }
}

func indexBits(_ v: [[Float]]?) -> [[UInt32]]? { v?.map { $0.map(\.bitPattern) } }

@Suite struct IndexStoreTests {
    @Test func createsParentFoldersAndWAL() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let store = try IndexStore(path: scratch.dbPath)
        #expect(store.path == scratch.dbPath)
        #expect(FileManager.default.fileExists(atPath: scratch.dbPath))
        #expect(try store.stats() == IndexStore.Stats(conversations: 0, turns: 0, vectorSets: 0))
        // WAL mode persists in the file.
        try store.save(indexTestConversation("c", source: "/x", texts: ["a"]), hash: "h", model: "m", recipe: "r",
                       vectors: [[1]])
        #expect(FileManager.default.fileExists(atPath: scratch.dbPath + "-wal"))
    }

    @Test func vectorsRoundTripBitExact() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let c = indexTestConversation("c1", source: "/chats/a.json", texts: ["one", "two", "three"])
        let hash = ConversationHash.of(c)
        let late = indexTestVectors(count: 3, dims: 17, seed: 7)
        let naive = indexTestVectors(count: 3, dims: 17, seed: 8)
        do {
            let store = try IndexStore(path: scratch.dbPath)
            try store.save(c, hash: hash, model: "model-A", recipe: "late:session:v1", vectors: late)
            try store.save(c, hash: hash, model: "model-A", recipe: "naive:v1", vectors: naive)
            #expect(indexBits(try store.vectors(conversationHash: hash, model: "model-A", recipe: "late:session:v1")) == indexBits(late))
        }
        // After reopening too.
        let store = try IndexStore(path: scratch.dbPath)
        #expect(indexBits(try store.vectors(conversationHash: hash, model: "model-A", recipe: "late:session:v1")) == indexBits(late))
        #expect(indexBits(try store.vectors(conversationHash: hash, model: "model-A", recipe: "naive:v1")) == indexBits(naive))
        #expect(try store.stats() == IndexStore.Stats(conversations: 1, turns: 3, vectorSets: 2))
    }

    @Test func blobIsLittleEndianFloat32() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let store = try IndexStore(path: scratch.dbPath)
        let c = indexTestConversation("c1", source: nil, texts: ["x", "y"])
        try store.save(c, hash: "h", model: "m", recipe: "r", vectors: [[1.0, -0.0], [0.6, -0.8]])
        let db = try SQLiteConnection(path: scratch.dbPath)
        let s = try db.prepare("SELECT hex(data), dims, count FROM vectors")
        #expect(try s.step())
        #expect(s.string(0) == "0000803F000000809A99193FCDCC4CBF")
        #expect(s.int(1) == 2)
        #expect(s.int(2) == 2)
        s.reset()
    }

    @Test func missingModelOrRecipeIsNil() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let store = try IndexStore(path: scratch.dbPath)
        let c = indexTestConversation("c1", source: "/a", texts: ["one", "two"])
        let hash = ConversationHash.of(c)
        try store.save(c, hash: hash, model: "m1", recipe: "late:v1", vectors: indexTestVectors(count: 2, dims: 4))
        #expect(try store.vectors(conversationHash: hash, model: "m1", recipe: "late:v1") != nil)
        #expect(try store.vectors(conversationHash: hash, model: "m2", recipe: "late:v1") == nil)
        #expect(try store.vectors(conversationHash: hash, model: "m1", recipe: "late:v2") == nil)
        #expect(try store.vectors(conversationHash: "nope", model: "m1", recipe: "late:v1") == nil)
    }

    @Test func malformedStoredVectorsAreTreatedAsMissing() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let store = try IndexStore(path: scratch.dbPath)
        let c = indexTestConversation("c1", source: "/a", texts: ["one", "two"])
        try store.save(c, hash: "h", model: "m", recipe: "r", vectors: indexTestVectors(count: 2, dims: 4))
        try store.db.exec("UPDATE vectors SET count = 3")
        #expect(try store.vectors(conversationHash: "h", model: "m", recipe: "r") == nil)
        try store.db.exec("UPDATE vectors SET count = 2, data = substr(data, 1, 20)")
        #expect(try store.vectors(conversationHash: "h", model: "m", recipe: "r") == nil)
        // Self-consistent blob (one vector of 4 floats) but not one vector per turn.
        try store.db.exec("UPDATE vectors SET count = 1, data = substr(data, 1, 16)")
        #expect(try store.vectors(conversationHash: "h", model: "m", recipe: "r") == nil)
    }

    @Test func saveRejectsVectorsThatDoNotFit() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let store = try IndexStore(path: scratch.dbPath)
        let c = indexTestConversation("c1", source: "/a", texts: ["one", "two"])
        #expect(throws: IndexError.self) {
            try store.save(c, hash: "h", model: "m", recipe: "r", vectors: [[1, 2]])
        }
        #expect(throws: IndexError.self) {
            try store.save(c, hash: "h", model: "m", recipe: "r", vectors: [[1, 2], [3]])
        }
        #expect(try store.stats() == IndexStore.Stats(conversations: 0, turns: 0, vectorSets: 0))
    }

    @Test func emptyConversationRoundTrips() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let store = try IndexStore(path: scratch.dbPath)
        let c = Conversation(id: "empty", turns: [], source: "/e")
        try store.save(c, hash: "h0", model: "m", recipe: "r", vectors: [])
        #expect(try store.vectors(conversationHash: "h0", model: "m", recipe: "r") == [])
    }

    @Test func replacedConversationIsPrunedWithItsLexicalRows() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let store = try IndexStore(path: scratch.dbPath)
        let old = indexTestConversation("c1", source: "/chats/a.json", texts: ["we visited the aquarium", "nice"])
        var new = old
        new.turns[0].text = "we visited the planetarium"
        let oldHash = ConversationHash.of(old), newHash = ConversationHash.of(new)
        #expect(oldHash != newHash)
        try store.save(old, hash: oldHash, model: "m", recipe: "late", vectors: indexTestVectors(count: 2, dims: 3))
        try store.save(old, hash: oldHash, model: "m", recipe: "naive", vectors: indexTestVectors(count: 2, dims: 3))
        try store.save(new, hash: newHash, model: "m", recipe: "late", vectors: indexTestVectors(count: 2, dims: 3))
        #expect(try store.lexicalMatches(query: "aquarium", conversationHashes: nil, limit: 10).map(\.conversationHash) == [oldHash])

        let removed = try store.prune(roots: ["/chats"], keep: [newHash])
        #expect(removed == 1)
        #expect(try store.vectors(conversationHash: oldHash, model: "m", recipe: "late") == nil)
        #expect(try store.vectors(conversationHash: oldHash, model: "m", recipe: "naive") == nil)
        #expect(try store.vectors(conversationHash: newHash, model: "m", recipe: "late") != nil)
        #expect(try store.lexicalMatches(query: "aquarium", conversationHashes: nil, limit: 10).isEmpty)
        #expect(try store.lexicalMatches(query: "planetarium", conversationHashes: nil, limit: 10).map(\.conversationHash) == [newHash])
        #expect(try store.stats() == IndexStore.Stats(conversations: 1, turns: 2, vectorSets: 1))
        // The FTS table itself holds only the surviving rows.
        let db = try SQLiteConnection(path: scratch.dbPath)
        #expect(try db.scalarInt("SELECT count(*) FROM lexical") == 2)
    }

    @Test func pruneOnlyTouchesConversationsUnderRoots() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let store = try IndexStore(path: scratch.dbPath)
        let convs = [
            indexTestConversation("a", source: "/data/chats/a.json", texts: ["alpha"]),
            indexTestConversation("b", source: "/data/chats/sub/b.json", texts: ["beta"]),
            indexTestConversation("c", source: "/data/chats-old/c.json", texts: ["gamma"]),  // sibling, not under /data/chats
            indexTestConversation("d", source: "/other/d.json", texts: ["delta"]),
            indexTestConversation("e", source: "/data/single.json", texts: ["epsilon"]),
            indexTestConversation("f", source: nil, texts: ["phi"]),
        ]
        let hashes = convs.map(ConversationHash.of)
        try store.transaction {
            for (c, h) in zip(convs, hashes) {
                try store.save(c, hash: h, model: "m", recipe: "r", vectors: indexTestVectors(count: 1, dims: 2))
            }
        }
        // Keep `a`; `b` lies under the folder root; `e` is a file root; the rest are outside.
        let removed = try store.prune(roots: ["/data/chats/", "/data/single.json"], keep: [hashes[0]])
        #expect(removed == 2)
        let present = try hashes.map { try store.vectors(conversationHash: $0, model: "m", recipe: "r") != nil }
        #expect(present == [true, false, true, true, false, true])
        #expect(try store.prune(roots: [], keep: []) == 0)
        #expect(try store.stats().conversations == 4)
    }

    @Test func sameContentInTwoFilesSurvivesPruneOfOne() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let store = try IndexStore(path: scratch.dbPath)
        var c = indexTestConversation("a", source: "/one/a.json", texts: ["hello"])
        let h = ConversationHash.of(c)
        try store.save(c, hash: h, model: "m", recipe: "r", vectors: [[1]])
        c.source = "/two/a.json"
        try store.save(c, hash: h, model: "m", recipe: "r", vectors: [[1]])
        #expect(try store.prune(roots: ["/one"], keep: []) == 0)
        #expect(try store.vectors(conversationHash: h, model: "m", recipe: "r") != nil)
        #expect(try store.prune(roots: ["/two"], keep: []) == 1)
        #expect(try store.stats() == IndexStore.Stats(conversations: 0, turns: 0, vectorSets: 0))
    }

    @Test func statsCount() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let store = try IndexStore(path: scratch.dbPath)
        let a = indexTestConversation("a", source: "/a", texts: ["1", "2", "3"])
        let b = indexTestConversation("b", source: "/b", texts: ["1", "2"])
        try store.save(a, hash: "ha", model: "m", recipe: "late", vectors: indexTestVectors(count: 3, dims: 2))
        try store.save(a, hash: "ha", model: "m", recipe: "naive", vectors: indexTestVectors(count: 3, dims: 2))
        try store.save(a, hash: "ha", model: "m2", recipe: "naive", vectors: indexTestVectors(count: 3, dims: 5))
        try store.save(b, hash: "hb", model: "m", recipe: "late", vectors: indexTestVectors(count: 2, dims: 2))
        // Saving the same set again replaces it.
        try store.save(b, hash: "hb", model: "m", recipe: "late", vectors: indexTestVectors(count: 2, dims: 2, seed: 9))
        #expect(try store.stats() == IndexStore.Stats(conversations: 2, turns: 5, vectorSets: 4))
        #expect(indexBits(try store.vectors(conversationHash: "hb", model: "m", recipe: "late")) == indexBits(indexTestVectors(count: 2, dims: 2, seed: 9)))
    }

    @Test func transactionThatThrowsLeavesNothing() throws {
        struct Boom: Error {}
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let store = try IndexStore(path: scratch.dbPath)
        try store.save(indexTestConversation("a", source: "/a", texts: ["x"]), hash: "ha", model: "m", recipe: "r", vectors: [[1]])
        #expect(throws: Boom.self) {
            try store.transaction {
                try store.save(indexTestConversation("b", source: "/b", texts: ["y"]), hash: "hb", model: "m", recipe: "r", vectors: [[-1]])
                _ = try store.prune(roots: ["/a"], keep: [])
                throw Boom()
            }
        }
        #expect(try store.stats() == IndexStore.Stats(conversations: 1, turns: 1, vectorSets: 1))
        #expect(try store.vectors(conversationHash: "ha", model: "m", recipe: "r") == [[1]])
        // Still usable afterwards.
        try store.save(indexTestConversation("b", source: "/b", texts: ["y"]), hash: "hb", model: "m", recipe: "r", vectors: [[-1]])
        #expect(try store.stats().conversations == 2)
    }

    @Test func interruptedTransactionLeavesPreviousState() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let first = indexTestConversation("a", source: "/chats/a", texts: ["committed turn about kayaks"])
        let firstHash = ConversationHash.of(first)
        do {
            let store = try IndexStore(path: scratch.dbPath)
            try store.save(first, hash: firstHash, model: "m", recipe: "r", vectors: [[0.6, 0.8]])
            // A run that saves, replaces vectors and prunes, then dies before committing: the connection
            // goes away with the transaction open, as when the process is killed.
            #expect(throws: IndexError.self) {
                try store.transaction {
                    for i in 0..<50 {
                        let c = indexTestConversation("n\(i)", source: "/chats/n\(i)", texts: ["uncommitted canoe \(i)", "more"])
                        try store.save(c, hash: "n\(i)", model: "m", recipe: "r", vectors: indexTestVectors(count: 2, dims: 2))
                    }
                    try store.save(first, hash: firstHash, model: "m", recipe: "r", vectors: [[0.8, 0.6]])
                    #expect(try store.prune(roots: ["/chats/a"], keep: []) == 1)
                    #expect(try store.stats().conversations == 50)
                    store.db.close()
                }
            }
        }
        let store = try IndexStore(path: scratch.dbPath)
        #expect(try store.stats() == IndexStore.Stats(conversations: 1, turns: 1, vectorSets: 1))
        #expect(try store.vectors(conversationHash: firstHash, model: "m", recipe: "r") == [[0.6, 0.8]])
        #expect(try store.lexicalMatches(query: "canoe", conversationHashes: nil, limit: 5).isEmpty)
        #expect(try store.lexicalMatches(query: "kayak", conversationHashes: nil, limit: 5).count == 1)
    }

    /// A kill leaves the files as they are on disk. Copy them in the middle of a big transaction whose
    /// pages have spilled into the WAL (tiny page cache), and open the copy.
    @Test func filesSnapshottedMidTransactionOpenToPreviousState() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let store = try IndexStore(path: scratch.dbPath)
        let first = indexTestConversation("a", source: "/chats/a", texts: ["committed"])
        try store.save(first, hash: "ha", model: "m", recipe: "r", vectors: [[1]])
        try store.db.exec("PRAGMA cache_size = 8")
        let walBefore = (try? FileManager.default.attributesOfItem(atPath: scratch.dbPath + "-wal")[.size] as? Int) ?? 0
        let copy = scratch.dir + "/copy/index.sqlite"
        try FileManager.default.createDirectory(atPath: scratch.dir + "/copy", withIntermediateDirectories: true)
        try store.transaction {
            for i in 0..<300 {
                let c = indexTestConversation("n\(i)", source: "/chats/n\(i)", texts: [String(repeating: "filler \(i) ", count: 40)])
                try store.save(c, hash: "n\(i)", model: "m", recipe: "r", vectors: indexTestVectors(count: 1, dims: 64))
            }
            for suffix in ["", "-wal"] {
                try FileManager.default.copyItem(atPath: scratch.dbPath + suffix, toPath: copy + suffix)
            }
        }
        let walCopy = (try FileManager.default.attributesOfItem(atPath: copy + "-wal")[.size] as? Int) ?? 0
        #expect(walCopy > walBefore)  // uncommitted pages did reach the disk
        let reopened = try IndexStore(path: copy)
        #expect(try reopened.stats() == IndexStore.Stats(conversations: 1, turns: 1, vectorSets: 1))
        #expect(try store.stats().conversations == 301)
    }

    @Test func schemaVersionMismatchRecreates() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        do {
            let store = try IndexStore(path: scratch.dbPath)
            try store.save(indexTestConversation("a", source: "/a", texts: ["x"]), hash: "ha", model: "m", recipe: "r", vectors: [[1]])
            try store.db.exec("PRAGMA user_version = 999")
        }
        let store = try IndexStore(path: scratch.dbPath)
        #expect(try store.stats() == IndexStore.Stats(conversations: 0, turns: 0, vectorSets: 0))
        try store.save(indexTestConversation("a", source: "/a", texts: ["x"]), hash: "ha", model: "m", recipe: "r", vectors: [[1]])
        #expect(try store.lexicalMatches(query: "x", conversationHashes: nil, limit: 3).count == 1)
        let db = try SQLiteConnection(path: scratch.dbPath)
        #expect(try db.scalarInt("PRAGMA user_version") == Int(IndexStore.schemaVersion))
    }

    @Test func staleLexicalVersionIsRebuiltOnOpen() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        do {
            let store = try IndexStore(path: scratch.dbPath)
            try store.save(indexTestConversation("a", source: "/a", texts: ["zebra crossing"]), hash: "ha", model: "m", recipe: "r", vectors: [[1]])
            try store.db.exec("DELETE FROM lexical; UPDATE meta SET value = 'old' WHERE key = 'lexical_version'")
            #expect(try store.lexicalMatches(query: "zebra", conversationHashes: nil, limit: 3).isEmpty)
        }
        let store = try IndexStore(path: scratch.dbPath)
        #expect(try store.lexicalMatches(query: "zebra", conversationHashes: nil, limit: 3).count == 1)
    }

    @Test func sharedAcrossThreads() async throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let store = try IndexStore(path: scratch.dbPath)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<8 {
                group.addTask {
                    let c = indexTestConversation("t\(i)", source: "/t/\(i)", texts: ["thread \(i)", "word"])
                    try store.save(c, hash: "t\(i)", model: "m", recipe: "r", vectors: indexTestVectors(count: 2, dims: 4))
                    _ = try store.lexicalMatches(query: "word", conversationHashes: nil, limit: 5)
                    _ = try store.stats()
                }
            }
            try await group.waitForAll()
        }
        #expect(try store.stats() == IndexStore.Stats(conversations: 8, turns: 16, vectorSets: 8))
    }
}
