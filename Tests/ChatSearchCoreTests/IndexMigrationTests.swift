import Foundation
import Testing
@testable import ChatSearchCore

/// An index made before turns had timestamps is upgraded in place: its vectors are kept (nothing is
/// embedded again) and the timestamps arrive when the files are next stored.
@Suite struct IndexMigrationTests {
    /// The schema of version 2, as the previous release created it (turns without `timestamp`).
    static let versionTwoTurns = """
        CREATE TABLE turns(
            id INTEGER PRIMARY KEY,
            conv_hash TEXT NOT NULL REFERENCES conversations(hash) ON DELETE CASCADE,
            turn_index INTEGER NOT NULL,
            turn_id TEXT NOT NULL,
            speaker TEXT,
            time TEXT,
            session TEXT,
            text TEXT NOT NULL,
            UNIQUE(conv_hash, turn_index)
        );
        """

    /// Writes a version-2 index holding `c` with `vectors`: today's tables, with `turns` rebuilt to the
    /// old definition, no `turn_keys`, and `user_version` 2.
    static func makeVersionTwo(at path: String, _ c: Conversation, hash: String, vectors: [[Float]]) throws {
        let store = try IndexStore(path: path)
        var old = c
        for i in old.turns.indices { old.turns[i].timestamp = nil }
        try store.save(old, hash: hash, model: "m", recipe: "r", vectors: vectors)
        try store.db.exec("PRAGMA foreign_keys=OFF")
        try store.db.exec("DROP TABLE turn_keys")
        try store.db.exec("ALTER TABLE turns RENAME TO turns_new")
        try store.db.exec(versionTwoTurns)
        try store.db.exec("INSERT INTO turns SELECT id, conv_hash, turn_index, turn_id, speaker, time, session, text FROM turns_new")
        try store.db.exec("DROP TABLE turns_new")
        try store.db.exec("PRAGMA user_version = 2")
        store.db.close()
    }

    @Test func versionTwoUpgradesWithoutReembedding() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        var c = indexTestConversation("c1", source: "/chats/a.json", texts: ["one", "two", "three"])
        c.turns[0].timestamp = "2024-05-01T10:00:00Z"
        c.turns[2].timestamp = "2024-05-03T10:00:00"
        let hash = ConversationHash.of(c)
        let vectors = indexTestVectors(count: 3, dims: 8)
        try Self.makeVersionTwo(at: scratch.dbPath, c, hash: hash, vectors: vectors)

        let store = try IndexStore(path: scratch.dbPath)
        #expect(try store.db.scalarInt("PRAGMA user_version") == Int(IndexStore.schemaVersion))
        #expect(indexBits(try store.vectors(conversationHash: hash, model: "m", recipe: "r")) == indexBits(vectors))
        #expect(try store.timestamps(conversationHash: hash) == [nil, nil, nil])
        #expect(try store.lexicalMatches(query: "two", conversationHashes: nil, limit: 5).map(\.turnIndex) == [1])
        // The file loaded again (same content, same hash): its timestamps are filled in, vectors untouched.
        try store.saveText(c, hash: hash)
        #expect(try store.timestamps(conversationHash: hash) == ["2024-05-01T10:00:00Z", nil, "2024-05-03T10:00:00"])
        #expect(indexBits(try store.vectors(conversationHash: hash, model: "m", recipe: "r")) == indexBits(vectors))
        try store.verify()
    }

    @Test func newIndexesStoreTimestampsAtOnce() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        var c = indexTestConversation("c1", source: "/chats/a.json", texts: ["one", "two"])
        c.turns[1].timestamp = "2024-05-02T10:00:00Z"
        let store = try IndexStore(path: scratch.dbPath)
        try store.saveText(c, hash: ConversationHash.of(c))
        #expect(try store.timestamps(conversationHash: ConversationHash.of(c)) == [nil, "2024-05-02T10:00:00Z"])
    }

    @Test func onlyKnownVersionsMigrate() {
        #expect(IndexMigration.canMigrate(from: 2, to: 3))
        #expect(!IndexMigration.canMigrate(from: 1, to: 3))
        #expect(!IndexMigration.canMigrate(from: 0, to: 3))
        #expect(!IndexMigration.canMigrate(from: 999, to: 3))
    }
}
