import CSQLite
import Foundation
import Testing
@testable import ChatSearchCore

/// Index files that are not ours, private modes, damaged pages and hostile stored values.
@Suite(.serialized) struct IndexHostileTests {
    func mode(_ path: String) -> mode_t {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_mode & 0o777 : 0
    }

    func fill(_ store: IndexStore, conversations: Int, turns: Int = 4) throws {
        try store.transaction {
            for i in 0..<conversations {
                let texts = (0..<turns).map { "turn \($0) of conversation \(i) about kayaks and " + String(repeating: "words \(i) ", count: 20) }
                let c = indexTestConversation("c\(i)", source: "/chats/c\(i).json", texts: texts)
                try store.save(c, hash: "h\(i)", model: "m", recipe: "r", vectors: indexTestVectors(count: turns, dims: 32, seed: UInt32(i + 1)))
            }
        }
    }

    @Test func aFileThatIsNotAnIndexIsRefusedAndLeftUntouched() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let export = scratch.dir + "/my-chat-export.json"
        let text = Data(#"{"conversations": [{"title": "precious", "messages": []}]}"#.utf8) + Data(repeating: 0x20, count: 5000)
        try text.write(to: URL(fileURLWithPath: export))
        let other = scratch.dir + "/notes.sqlite"
        do {
            let db = try SQLiteConnection(path: other)
            try db.exec("PRAGMA journal_mode=WAL; CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES('keep me')")
            db.close()
        }
        let otherBytes = try Data(contentsOf: URL(fileURLWithPath: other))
        for (path, original) in [(export, text), (other, otherBytes)] {
            for attempt in 0..<3 {
                do {
                    switch attempt {
                    case 0: _ = try IndexStore(path: path)
                    case 1: _ = try IndexStore.open(path: path) { Issue.record("unexpected warning \($0)") }
                    default: try IndexStore.destroy(path: path)
                    }
                    Issue.record("\(path) was accepted as an index")
                } catch let e as IndexError {
                    guard case .notAnIndex(let p, _) = e else { Issue.record("unexpected \(e)"); continue }
                    #expect(p == path)
                    #expect(e.description.contains(path))
                }
                #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
                #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
                #expect(!FileManager.default.fileExists(atPath: path + "-shm"))
            }
        }
    }

    @Test func anOlderIndexWithoutTheApplicationIDIsStillOurs() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        do {
            let store = try IndexStore(path: scratch.dbPath)
            try fill(store, conversations: 2)
            try store.db.exec("PRAGMA application_id = 0")
        }
        #expect(IndexFile.status(of: scratch.dbPath) == .ours)
        let store = try IndexStore(path: scratch.dbPath)
        #expect(try store.stats().conversations == 2)
        let db = try SQLiteConnection(path: scratch.dbPath)
        #expect(try db.scalarInt("PRAGMA application_id") == Int(IndexFile.applicationID))
    }

    @Test func indexFilesArePrivateWhateverTheUmask() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let old = umask(0)
        defer { umask(old) }
        for (i, mask) in [mode_t(0), 0o022, 0o277].enumerated() {
            umask(mask)
            let path = scratch.dir + "/u\(i)/cache/chatsearch/index.sqlite"
            let store = try IndexStore(path: path)
            try fill(store, conversations: 1)
            for folder in [scratch.dir + "/u\(i)", scratch.dir + "/u\(i)/cache", scratch.dir + "/u\(i)/cache/chatsearch"] {
                #expect(mode(folder) == 0o700, "\(folder) with umask \(String(mask, radix: 8))")
            }
            for suffix in ["", "-wal", "-shm"] {
                #expect(FileManager.default.fileExists(atPath: path + suffix))
                #expect(mode(path + suffix) == 0o600, "\(path + suffix) with umask \(String(mask, radix: 8))")
            }
        }
        // An index written by an older version with 0644 becomes private when opened.
        umask(0o022)
        let path = scratch.dir + "/u0/cache/chatsearch/index.sqlite"
        chmod(path, 0o644)
        _ = try IndexStore(path: path)
        #expect(mode(path) == 0o600)
    }

    @Test func storedSizesOutOfRangeAreDroppedNotACrash() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let store = try IndexStore(path: scratch.dbPath)
        try fill(store, conversations: 1)
        #expect(try store.vectors(conversationHash: "h0", model: "m", recipe: "r") != nil)
        for update in ["dims = 4611686018427387904", "dims = -8", "dims = 0", "count = 9223372036854775807",
                       "dims = 2305843009213693952, count = 4", "dims = 70000"] {
            try store.db.exec("SAVEPOINT s; UPDATE vectors SET \(update)")
            #expect(try store.vectors(conversationHash: "h0", model: "m", recipe: "r") == nil, "\(update)")
            try store.db.exec("ROLLBACK TO s; RELEASE s")
        }
        // The right shape for another model's dimensions is not used either.
        #expect(try store.vectors(conversationHash: "h0", model: "m", recipe: "r", dimensions: 16) == nil)
        #expect(try store.vectors(conversationHash: "h0", model: "m", recipe: "r", dimensions: 32) != nil)
    }

    @Test func storedTurnIndexesOutOfRangeAreLeftOutOfLexicalMatches() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let store = try IndexStore(path: scratch.dbPath)
        try fill(store, conversations: 2)
        #expect(try store.lexicalMatches(query: "kayaks", conversationHashes: nil, limit: 20).count == 8)
        try store.db.exec("UPDATE turns SET turn_index = 9223372036854775807 WHERE conv_hash = 'h0' AND turn_index = 1")
        try store.db.exec("UPDATE turns SET turn_index = -3 WHERE conv_hash = 'h0' AND turn_index = 2")
        try store.db.exec("UPDATE conversations SET turn_count = 9223372036854775807 WHERE hash = 'h1'")
        let matches = try store.lexicalMatches(query: "kayaks", conversationHashes: nil, limit: 20)
        #expect(matches.count == 2)
        #expect(matches.allSatisfy { $0.conversationHash == "h0" && (0..<4).contains($0.turnIndex) })
    }

    func blob(_ store: IndexStore, _ path: String) throws -> [UInt8] {
        let db = try SQLiteConnection(path: path)
        defer { db.close() }
        let s = try db.prepare("SELECT data FROM vectors WHERE conv_hash = 'h0'")
        defer { s.reset() }
        #expect(try s.step())
        return s.withBlob(0) { Array($0) }
    }

    @Test func aFlippedBitOrABadValueInAStoredVectorIsDropped() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let store = try IndexStore(path: scratch.dbPath)
        try fill(store, conversations: 1)
        let good = try blob(store, scratch.dbPath)
        func hex(_ b: [UInt8]) -> String { b.map { String(format: "%02X", $0) }.joined() }
        // One bit of the exponent (the 9.2e35 score), one of the sign, one of the lowest mantissa bit.
        for (byte, bit) in [(5 * 4 + 3, 6), (7 * 4 + 3, 7), (9 * 4, 0)] {
            var bad = good
            bad[byte] ^= UInt8(1 << bit)
            try store.db.exec("SAVEPOINT s; UPDATE vectors SET data = X'\(hex(bad))' WHERE conv_hash = 'h0'")
            #expect(try store.vectors(conversationHash: "h0", model: "m", recipe: "r") == nil, "byte \(byte) bit \(bit)")
            try store.db.exec("ROLLBACK TO s; RELEASE s")
        }
        // Crafted values with a matching checksum: non-finite, or not of unit length.
        for value in [Float.nan, .infinity, 9.2e35, 0.5] {
            var v = indexTestVectors(count: 4, dims: 32, seed: 1)
            v[2][3] = value
            let (words, checksum) = StoredVectors.encode(v)
            let bytes = words.withUnsafeBytes { Array($0) }
            try store.db.exec("SAVEPOINT s; UPDATE vectors SET data = X'\(hex(bytes))', checksum = \(checksum) WHERE conv_hash = 'h0'")
            #expect(try store.vectors(conversationHash: "h0", model: "m", recipe: "r") == nil, "value \(value)")
            try store.db.exec("ROLLBACK TO s; RELEASE s")
        }
        #expect(indexBits(try store.vectors(conversationHash: "h0", model: "m", recipe: "r")) == indexBits(indexTestVectors(count: 4, dims: 32, seed: 1)))
        // Such values are refused when saved, too.
        #expect(throws: IndexError.self) {
            try store.save(indexTestConversation("x", source: nil, texts: ["a"]), hash: "hx", model: "m", recipe: "r", vectors: [[.nan, 0]])
        }
    }

    /// Overwrites the root page of `table` with garbage, as a bad disk or a stray write would.
    func damage(table: String, at path: String) throws {
        let (root, pageSize): (Int, Int) = try {
            let db = try SQLiteConnection(path: path)
            defer { db.close() }
            return (try db.scalarInt("SELECT rootpage FROM sqlite_master WHERE name = '\(table)'"), try db.scalarInt("PRAGMA page_size"))
        }()
        #expect(root > 1)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let fh = try #require(FileHandle(forUpdatingAtPath: path))
        try fh.seek(toOffset: UInt64((root - 1) * pageSize))
        try fh.write(contentsOf: Data((0..<pageSize).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }))
        try fh.close()
    }

    @Test(arguments: ["turns", "lexical_data", "vectors"])
    func damagedPagesRebuildTheIndexWithOneLine(table: String) throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        do {
            let store = try IndexStore(path: scratch.dbPath)
            try fill(store, conversations: 60)
        }
        try damage(table: table, at: scratch.dbPath)
        var warnings: [String] = []
        let store = try IndexStore.open(path: scratch.dbPath) { warnings.append($0) }
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains(scratch.dbPath) == true)
        #expect(warnings.first?.contains("rebuilding") == true)
        #expect(warnings.first?.contains("\n") == false)
        #expect(try store.stats() == IndexStore.Stats(conversations: 0, turns: 0, vectorSets: 0))
        try fill(store, conversations: 2)
        #expect(try store.lexicalMatches(query: "kayaks", conversationHashes: nil, limit: 5).count == 5)
        #expect(IndexFile.status(of: scratch.dbPath) == .ours)
        // A sound index opens without a word.
        var again: [String] = []
        _ = try IndexStore.open(path: scratch.dbPath) { again.append($0) }
        #expect(again.isEmpty)
    }

    @Test func theCheckOnOpenDoesNotWaitForAnotherWriter() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let writer = try IndexStore(path: scratch.dbPath)
        try fill(writer, conversations: 3)
        try writer.db.exec("BEGIN IMMEDIATE")
        defer { try? writer.db.exec("ROLLBACK") }
        let started = Date()
        var warnings: [String] = []
        let reader = try IndexStore.open(path: scratch.dbPath) { warnings.append($0) }
        #expect(warnings.isEmpty)
        #expect(try reader.stats().conversations == 3)
        #expect(Date().timeIntervalSince(started) < Double(IndexStore.busyTimeoutMilliseconds) / 1000)
    }

    @Test func indexPathErrorsNameThePathInOneLine() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let file = scratch.dir + "/plain.txt"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        for path in [file + "/index.sqlite", file + "/deeper/index.sqlite", scratch.dir] {
            do {
                _ = try IndexStore(path: path)
                Issue.record("\(path) was opened")
            } catch let e as IndexError {
                let message = e.description
                #expect(message.contains(path) || message.contains(file), "\(message)")
                #expect(!message.contains("\n") && !message.contains("Domain") && !message.contains("SQLite error"), "\(message)")
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data("x".utf8))
    }
}
