import CSQLite
import Foundation

/// One turn found by the lexical index. `score` is the negated FTS5 bm25: higher is better.
public struct LexicalMatch: Sendable, Equatable {
    public var conversationHash: String
    public var turnIndex: Int
    public var score: Double

    public init(conversationHash: String, turnIndex: Int, score: Double) {
        self.conversationHash = conversationHash
        self.turnIndex = turnIndex
        self.score = score
    }
}

/// The persistent index: an SQLite database holding conversations (keyed by content hash), their turns,
/// their vectors per model and recipe, and an FTS5 lexical index of the turns.
///
/// Schema (version `IndexStore.schemaVersion`, kept in `PRAGMA user_version`):
/// - `conversations(hash PK, conv_id, title, turn_count, saved_at)`
/// - `sources(hash, source)`: the files a conversation was read from (several files may hold the same
///   content); `prune` works on these.
/// - `turns(id INTEGER PK, conv_hash, turn_index, turn_id, speaker, time, session, text, timestamp)`,
///   unique on `(conv_hash, turn_index)`.
/// - `vectors(conv_hash, model, recipe, dims, count, data, checksum)`, primary key `(conv_hash, model, recipe)`;
///   `data` is `count × dims` little-endian Float32 values, turn after turn (see `StoredVectors`: a set
///   that fails its checks when read is treated as missing and embedded again).
/// - `lexical`: FTS5 table (`body`, tokenizer `porter unicode61 remove_diacritics 2`) whose rowid is
///   `turns.id`; `body` is `LexicalText.indexed(turn:)`.
/// - `turn_keys(conv_hash, model, recipe, turn_index, key)`: what each stored vector's encoding saw (see
///   `TurnKeysMigration`, `IndexStore.reusableVectors`), so a changed conversation re-encodes only the
///   turns whose key changed.
/// - `meta(key PK, value)`: the `LexicalText.version` the lexical rows were built with.
///
/// Only ChatSearch's own file is ever opened for writing (see `IndexFile`): any other file at `path`
/// makes `init` throw `IndexError.notAnIndex` and is left untouched. A database with an older
/// `user_version` is upgraded in place when `IndexMigration` has the steps (vectors kept); any other
/// version (much older, or a newer program's) drops every table and recreates the schema: the index is a
/// cache and is rebuilt from the chat files. A damaged index makes `init` (or
/// a later call) throw `IndexError.corrupt`; `IndexStore.open(path:warn:)` checks the whole file and
/// rebuilds a damaged one.
///
/// Durability: WAL journal, `synchronous=NORMAL`; every write happens in a transaction, so a process killed
/// at any moment leaves the last committed state (SQLite rolls back the unfinished transaction when the
/// database is next opened). Other processes wait up to `busyTimeoutMilliseconds` for a lock.
///
/// Thread safety: the store owns one connection and serialises every call with a recursive lock, so it may
/// be shared between threads; calls from different threads simply wait for each other. `transaction`
/// holds the lock for the whole body.
public final class IndexStore: @unchecked Sendable {
    public static let schemaVersion: Int32 = 4
    public static let busyTimeoutMilliseconds: Int32 = 5000
    /// Bound on a stored turn count (and so on turn indexes) trusted when reading: rows beyond it are ignored.
    static let maxTurnsPerConversation = Int(Int32.max)

    public let path: String
    /// Internal, not private: tests reach the connection itself (to close it as a crash would, or to
    /// damage what it holds).
    let db: SQLiteConnection
    private let lock = NSRecursiveLock()
    private var transactionDepth = 0
    /// Why this index cannot be written, when it cannot: it is then opened read-only (`IndexAccess`).
    public let readOnlyReason: String?

    public struct Stats: Sendable, Equatable {
        public var conversations: Int
        public var turns: Int
        public var vectorSets: Int
        public init(conversations: Int, turns: Int, vectorSets: Int) {
            self.conversations = conversations
            self.turns = turns
            self.vectorSets = vectorSets
        }
    }

    /// Opens (creating when needed) the index at `path`, creating its parent folders. Throws
    /// `IndexError.notAnIndex` when `path` holds anything but a ChatSearch index.
    public init(path: String) throws {
        self.path = path
        try IndexFile.prepareFolders(for: path)
        try IndexFile.requireOurs(path)
        readOnlyReason = IndexAccess.readOnlyReason(path)
        if readOnlyReason == nil { try IndexFile.makePrivate(path) }
        db = try SQLiteConnection(path: path, readOnlyURI: readOnlyReason.map { _ in IndexAccess.readOnlyURI(path) })
        do {
            if let readOnlyReason { try requireCurrentSchema(readOnlyReason); return }
            try setUp()
        } catch {
            db.close()
            throw error
        }
    }

    deinit { db.close() }

    /// Opens the index at `path` after checking every page of it (SQLite's quick check and FTS5's
    /// integrity check). A damaged index is a cache to rebuild: `warn` gets one line, the file is
    /// deleted and created again. Files that are not ChatSearch's are refused as by `init`.
    public static func open(path: String, warn: (String) -> Void) throws -> IndexStore {
        do {
            let store = try IndexStore(path: path)
            try store.verify()
            return store
        } catch let e as IndexError where e.isCorruption {
            if let reason = IndexAccess.readOnlyReason(path) {
                throw IndexError.readOnly(path: path, reason: reason, missing: "it is damaged (\(e.detail))")
            }
            warn("chatsearch: warning: the index \(path) is damaged (\(e.detail)); rebuilding it")
        }
        try destroy(path: path)
        return try IndexStore(path: path)
    }

    /// Throws `IndexError.corrupt` when any page of the database or of the lexical index is damaged.
    func verify() throws {
        try locked {
            let s = try db.prepare("PRAGMA quick_check")
            defer { s.reset() }
            var problems: [String] = []
            while try s.step() { if let p = s.string(0), p != "ok" { problems.append(p) } }
            if let first = problems.first { throw IndexError.corrupt(path: path, detail: first) }
            if readOnlyReason != nil { return } // FTS5's check writes
            // FTS5's check is a write statement: while another process writes it is skipped (after a short
            // wait) rather than delaying or failing the open.
            sqlite3_busy_timeout(db.handle, 100)
            defer { sqlite3_busy_timeout(db.handle, IndexStore.busyTimeoutMilliseconds) }
            do {
                try db.exec("INSERT INTO lexical(lexical, rank) VALUES('integrity-check', 0)")
            } catch IndexError.sqlite(let code, let message, _) {
                let primary = code & 0xff
                if primary == SQLITE_BUSY || primary == SQLITE_LOCKED { return }
                throw IndexError.corrupt(path: path, detail: message)
            }
        }
    }

    /// Removes the database file at `path` with its WAL and shared-memory files, to rebuild from scratch
    /// (for instance after `IndexError.corrupt`). No store may have it open. A file that is not
    /// ChatSearch's is refused with `IndexError.notAnIndex`.
    public static func destroy(path: String) throws {
        try IndexFile.requireOurs(path)
        if let reason = IndexAccess.readOnlyReason(path) {
            throw IndexError.readOnly(path: path, reason: reason, missing: "cannot be rebuilt")
        }
        let fm = FileManager.default
        for p in [path, path + "-wal", path + "-shm", path + "-journal"] where fm.fileExists(atPath: p) {
            try fm.removeItem(atPath: p)
        }
    }

    // MARK: - Schema

    private func setUp() throws {
        sqlite3_busy_timeout(db.handle, IndexStore.busyTimeoutMilliseconds)
        // The first statement that reads the file: a non-database file fails here with SQLITE_NOTADB.
        let version = Int32(try db.scalarInt("PRAGMA user_version"))
        // Marked as ChatSearch's before anything else is written (a new file is still in rollback mode,
        // so the mark reaches the file at once).
        if try db.scalarInt("PRAGMA application_id") != Int(IndexFile.applicationID) {
            try db.exec("PRAGMA application_id = \(IndexFile.applicationID)")
        }
        try db.exec("PRAGMA journal_mode=WAL")
        try db.exec("PRAGMA synchronous=NORMAL")
        try db.exec("PRAGMA foreign_keys=ON")
        if version != IndexStore.schemaVersion {
            if IndexMigration.canMigrate(from: version, to: IndexStore.schemaVersion) {
                try migrateSchema()
            } else {
                try recreateSchema()
            }
        }
        try rebuildLexicalIfStale()
    }

    private static let schema = """
        CREATE TABLE conversations(
            hash TEXT PRIMARY KEY NOT NULL,
            conv_id TEXT NOT NULL,
            title TEXT,
            turn_count INTEGER NOT NULL,
            saved_at REAL NOT NULL
        );
        CREATE TABLE sources(
            hash TEXT NOT NULL REFERENCES conversations(hash) ON DELETE CASCADE,
            source TEXT NOT NULL,
            PRIMARY KEY(hash, source)
        ) WITHOUT ROWID;
        CREATE INDEX sources_by_source ON sources(source);
        CREATE TABLE turns(
            id INTEGER PRIMARY KEY,
            conv_hash TEXT NOT NULL REFERENCES conversations(hash) ON DELETE CASCADE,
            turn_index INTEGER NOT NULL,
            turn_id TEXT NOT NULL,
            speaker TEXT,
            time TEXT,
            session TEXT,
            text TEXT NOT NULL,
            timestamp TEXT,
            UNIQUE(conv_hash, turn_index)
        );
        CREATE TABLE vectors(
            conv_hash TEXT NOT NULL REFERENCES conversations(hash) ON DELETE CASCADE,
            model TEXT NOT NULL,
            recipe TEXT NOT NULL,
            dims INTEGER NOT NULL,
            count INTEGER NOT NULL,
            data BLOB NOT NULL,
            checksum INTEGER NOT NULL,
            PRIMARY KEY(conv_hash, model, recipe)
        ) WITHOUT ROWID;
        CREATE VIRTUAL TABLE lexical USING fts5(body, tokenize='porter unicode61 remove_diacritics 2');
        CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
        """

    /// Upgrades an older schema in place (`IndexMigration`), keeping every row and vector.
    private func migrateSchema() throws {
        db.clearStatementCache()
        try writeTransaction {
            let version = Int32(try db.scalarInt("PRAGMA user_version"))
            // Another process may have upgraded it while this one waited for the write lock.
            guard version != IndexStore.schemaVersion else { return }
            guard IndexMigration.canMigrate(from: version, to: IndexStore.schemaVersion) else {
                throw IndexError.corrupt(path: path, detail: "schema version \(version) changed while opening")
            }
            try IndexMigration.migrate(db, from: version, to: IndexStore.schemaVersion)
        }
    }

    /// Drops every table (whatever program made them) and creates the current schema.
    private func recreateSchema() throws {
        db.clearStatementCache()
        try writeTransaction {
            // Another process may have created the schema while this one waited for the write lock.
            if try db.scalarInt("PRAGMA user_version") == Int(IndexStore.schemaVersion) { return }
            // Virtual tables first: dropping one drops its shadow tables.
            for virtualOnly in [true, false] {
                let s = try db.prepare("""
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                    AND (sql LIKE 'CREATE VIRTUAL TABLE%') = ?1
                    """)
                try s.bind(1, virtualOnly ? 1 : 0)
                var names: [String] = []
                while try s.step() { if let n = s.string(0) { names.append(n) } }
                s.reset()
                db.clearStatementCache()
                for name in names {
                    try db.exec("DROP TABLE IF EXISTS \"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"")
                }
            }
            try db.exec(IndexStore.schema)
            try db.exec(TurnKeysMigration.schema)
            try setMeta("lexical_version", String(LexicalText.version))
            try db.exec("PRAGMA user_version = \(IndexStore.schemaVersion)")
        }
    }

    private func setMeta(_ key: String, _ value: String) throws {
        let s = try db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)")
        try s.bind(1, key).bind(2, value).run()
    }

    private func meta(_ key: String) throws -> String? {
        let s = try db.prepare("SELECT value FROM meta WHERE key = ?1")
        defer { s.reset() }
        try s.bind(1, key)
        return try s.step() ? s.string(0) : nil
    }

    /// Rebuilds the FTS rows from the stored turns when `LexicalText.version` changed.
    private func rebuildLexicalIfStale() throws {
        guard try meta("lexical_version") != String(LexicalText.version) else { return }
        try writeTransaction {
            try db.exec("DELETE FROM lexical")
            let read = try db.prepare("SELECT id, speaker, time, session, text, turn_id FROM turns")
            var rows: [(Int, Turn)] = []
            while try read.step() {
                rows.append((read.int(0), Turn(id: read.string(5) ?? "", speaker: read.string(1), time: read.string(2),
                                              text: read.string(4) ?? "", session: read.string(3))))
            }
            read.reset()
            let insert = try db.prepare("INSERT INTO lexical(rowid, body) VALUES(?1, ?2)")
            for (id, turn) in rows {
                try insert.bind(1, id).bind(2, LexicalText.indexed(turn: turn)).run()
            }
            try setMeta("lexical_version", String(LexicalText.version))
        }
    }

    // MARK: - Transactions

    func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Runs `body` in a write transaction (a savepoint when nested). Throwing rolls it back.
    func writeTransaction<T>(_ body: () throws -> T) throws -> T {
        try locked {
            let depth = transactionDepth
            if depth == 0 {
                try db.exec("BEGIN IMMEDIATE")
            } else {
                try db.exec("SAVEPOINT sp\(depth)")
            }
            transactionDepth += 1
            do {
                let result = try body()
                transactionDepth -= 1
                if depth == 0 {
                    try db.exec("COMMIT")
                } else {
                    try db.exec("RELEASE sp\(depth)")
                }
                return result
            } catch {
                if transactionDepth > depth { transactionDepth = depth }
                if depth == 0 {
                    if !db.isAutocommit { try? db.exec("ROLLBACK") }
                } else {
                    try? db.exec("ROLLBACK TO sp\(depth)")
                    try? db.exec("RELEASE sp\(depth)")
                }
                throw error
            }
        }
    }

    /// Runs `body` (typically many `save` calls) in one transaction, which is much faster than one
    /// transaction per save. If `body` throws, everything it wrote is rolled back; if the process dies
    /// before it returns, the index keeps its previous committed state. Nesting is allowed (savepoints).
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try writeTransaction(body)
    }

    // MARK: - Vectors

    /// Vectors for every turn of the conversation, or nil when not indexed for this model+recipe, or when
    /// the stored set fails the checks of `StoredVectors` (sizes, checksum, finite unit vectors), has not
    /// one vector per turn, or (when `dimensions` is given) has vectors of another length.
    public func vectors(conversationHash: String, model: String, recipe: String, dimensions: Int? = nil) throws -> [[Float]]? {
        guard let (dims, flat) = try vectorRows(conversationHash: conversationHash, model: model, recipe: recipe, dimensions: dimensions) else { return nil }
        return stride(from: 0, to: flat.count, by: max(dims, 1)).map { Array(flat[$0..<($0 + dims)]) }
    }

    /// The same vectors as one flat buffer, turn after turn, with their dimension (the fast path for
    /// loading a whole index).
    public func vectorRows(conversationHash: String, model: String, recipe: String, dimensions: Int? = nil) throws -> (dimensions: Int, values: [Float])? {
        try locked {
            let s = try db.prepare("""
                SELECT v.dims, v.count, v.data, c.turn_count, v.checksum FROM vectors v
                JOIN conversations c ON c.hash = v.conv_hash
                WHERE v.conv_hash = ?1 AND v.model = ?2 AND v.recipe = ?3
                """)
            defer { s.reset() }
            try s.bind(1, conversationHash).bind(2, model).bind(3, recipe)
            guard try s.step() else { return nil }
            let dims = s.int(0), count = s.int(1), turnCount = s.int(3)
            guard count == turnCount else { return nil }
            if count > 0, let dimensions, dims != dimensions { return nil }
            guard let rows = s.withBlob(2, { StoredVectors.decodeRows($0, dims: dims, count: count, checksum: Int64(s.int(4))) }) else { return nil }
            return (dims, rows)
        }
    }

    // MARK: - Saving

    /// Stores the conversation (metadata, turns, lexical rows) and its vectors for one model+recipe, in one
    /// transaction. `hash` must identify the content (use `ConversationHash.of`): when a conversation with
    /// this hash is already stored, its turns and lexical rows are kept and only the source and the vectors
    /// are added or replaced. `vectors` must hold one vector per turn, all of the same non-zero length.
    public func save(_ conversation: Conversation, hash: String, model: String, recipe: String, vectors: [[Float]]) throws {
        let count = conversation.turns.count
        guard vectors.count == count else {
            throw IndexError.invalidVectors("\(vectors.count) vectors for \(count) turns")
        }
        let dims = vectors.first?.count ?? 0
        if count > 0 && dims == 0 { throw IndexError.invalidVectors("empty vectors") }
        if let bad = vectors.firstIndex(where: { $0.count != dims }) {
            throw IndexError.invalidVectors("vector \(bad) has \(vectors[bad].count) dimensions, expected \(dims)")
        }
        if dims > StoredVectors.maxDimensions { throw IndexError.invalidVectors("\(dims) dimensions") }
        if let problem = StoredVectors.problem(vectors) { throw IndexError.invalidVectors(problem) }
        let (words, checksum) = StoredVectors.encode(vectors)

        try writeTransaction {
            try saveText(conversation, hash: hash)
            let put = try db.prepare("""
                INSERT OR REPLACE INTO vectors(conv_hash, model, recipe, dims, count, data, checksum)
                VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)
                """)
            try put.bind(1, hash).bind(2, model).bind(3, recipe).bind(4, dims).bind(5, count).bind(7, Int(checksum))
            _ = try words.withUnsafeBytes { try put.bindBlob(6, $0) }
            try put.run()
        }
    }

    /// Stores the conversation's metadata, turns and lexical rows (and its source) without vectors, so
    /// lexical search finds it before it is embedded. Same rules as `save` for a hash already stored.
    public func saveText(_ conversation: Conversation, hash: String) throws {
        try writeTransaction {
            let count = conversation.turns.count
            let existing = try db.prepare("SELECT turn_count FROM conversations WHERE hash = ?1")
            try existing.bind(1, hash)
            let storedCount: Int? = try existing.step() ? existing.int(0) : nil
            existing.reset()
            if let storedCount, storedCount != count {
                // Same key, different content: the caller's hash is not a content hash. Replace everything.
                try deleteConversations([hash])
            }
            if storedCount == nil || storedCount != count {
                try insertConversation(conversation, hash: hash)
            } else {
                try fillTimestamps(conversation, hash: hash)
            }
            if let source = conversation.source {
                try db.prepare("INSERT OR IGNORE INTO sources(hash, source) VALUES(?1, ?2)")
                    .bind(1, hash).bind(2, source).run()
            }
        }
    }

    private func insertConversation(_ c: Conversation, hash: String) throws {
        try db.prepare("INSERT INTO conversations(hash, conv_id, title, turn_count, saved_at) VALUES(?1, ?2, ?3, ?4, ?5)")
            .bind(1, hash).bind(2, c.id).bind(3, c.title).bind(4, c.turns.count)
            .bind(5, Date().timeIntervalSince1970).run()
        let turn = try db.prepare("""
            INSERT INTO turns(conv_hash, turn_index, turn_id, speaker, time, session, text, timestamp)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            """)
        let lexical = try db.prepare("INSERT INTO lexical(rowid, body) VALUES(?1, ?2)")
        for (i, t) in c.turns.enumerated() {
            try turn.bind(1, hash).bind(2, i).bind(3, t.id).bind(4, t.speaker).bind(5, t.time)
                .bind(6, t.session).bind(7, t.text).bind(8, t.timestamp).run()
            let rowid = Int(db.lastInsertRowID)
            try lexical.bind(1, rowid).bind(2, LexicalText.indexed(turn: t)).run()
        }
    }

    /// Stores the timestamps of a conversation already stored whose rows lack them (an index made before
    /// turns had timestamps): one cheap check when none is missing.
    private func fillTimestamps(_ c: Conversation, hash: String) throws {
        guard c.turns.contains(where: { $0.timestamp != nil }) else { return }
        let missing = try db.prepare("SELECT 1 FROM turns WHERE conv_hash = ?1 AND timestamp IS NULL LIMIT 1")
        try missing.bind(1, hash)
        let any = try missing.step()
        missing.reset()
        guard any else { return }
        let update = try db.prepare("UPDATE turns SET timestamp = ?3 WHERE conv_hash = ?1 AND turn_index = ?2 AND timestamp IS NULL")
        for (i, t) in c.turns.enumerated() where t.timestamp != nil {
            try update.bind(1, hash).bind(2, i).bind(3, t.timestamp).run()
        }
    }

    /// The stored timestamp of every turn of a conversation, by turn index (nil where it has none).
    public func timestamps(conversationHash: String) throws -> [String?] {
        try locked {
            let s = try db.prepare("SELECT turn_index, timestamp FROM turns WHERE conv_hash = ?1 ORDER BY turn_index")
            defer { s.reset() }
            try s.bind(1, conversationHash)
            var out: [String?] = []
            while try s.step() { out.append(s.string(1)) }
            return out
        }
    }

    /// Deletes conversations with their sources, turns, lexical rows and vectors (inside a transaction).
    private func deleteConversations(_ hashes: [String]) throws {
        let lexical = try db.prepare("DELETE FROM lexical WHERE rowid IN (SELECT id FROM turns WHERE conv_hash = ?1)")
        let turns = try db.prepare("DELETE FROM turns WHERE conv_hash = ?1")
        let vectors = try db.prepare("DELETE FROM vectors WHERE conv_hash = ?1")
        let sources = try db.prepare("DELETE FROM sources WHERE hash = ?1")
        let conversation = try db.prepare("DELETE FROM conversations WHERE hash = ?1")
        for h in hashes {
            for s in [lexical, turns, vectors, sources, conversation] {
                try s.bind(1, h).run()
            }
        }
    }

    // MARK: - Pruning

    /// Removes conversations (and their vectors and lexical rows) whose source lies under one of `roots`
    /// (a file path, or a folder: every path below it) but whose hash is not in `keep`. Paths are compared
    /// as strings, so pass them in the same form as `Conversation.source` (e.g. both absolute). A
    /// conversation also read from a file outside `roots` (same content in two places) loses only the
    /// source under `roots`, and stays. Conversations saved without a source are never pruned.
    /// Returns the number of conversations removed.
    public func prune(roots: [String], keep: Set<String>) throws -> Int {
        let roots = roots.filter { !$0.isEmpty }
        if roots.isEmpty { return 0 }
        return try writeTransaction {
            let find = try db.prepare("""
                SELECT hash, source FROM sources
                WHERE source = ?1 OR substr(source, 1, length(?2)) = ?2
                """)
            var stale: [(hash: String, source: String)] = []
            for root in roots {
                var folder = root
                while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
                let exact = folder
                if !folder.hasSuffix("/") { folder += "/" }
                try find.bind(1, exact).bind(2, folder)
                while try find.step() {
                    guard let h = find.string(0), let src = find.string(1) else { continue }
                    if !keep.contains(h) { stale.append((h, src)) }
                }
                find.reset()
            }
            let unlink = try db.prepare("DELETE FROM sources WHERE hash = ?1 AND source = ?2")
            var touched: [String] = []
            var seen: Set<String> = []
            for (h, src) in stale {
                try unlink.bind(1, h).bind(2, src).run()
                if seen.insert(h).inserted { touched.append(h) }
            }
            let remaining = try db.prepare("SELECT count(*) FROM sources WHERE hash = ?1")
            var orphans: [String] = []
            for h in touched {
                try remaining.bind(1, h)
                let n = try remaining.step() ? remaining.int(0) : 0
                remaining.reset()
                if n == 0 { orphans.append(h) }
            }
            try deleteConversations(orphans)
            return orphans.count
        }
    }

    // MARK: - Lexical search

    /// bm25 scores (higher = better, i.e. negated `bm25()`) of turns matching `query`, restricted to the
    /// given conversation hashes (nil: all), best first, at most `limit` results. The query is free text,
    /// made safe by `LexicalQuery.fts` (any input is accepted; one with no usable term gives []). Rows whose
    /// stored turn index is out of range for their conversation, or whose score is not finite (a damaged or
    /// crafted index), are left out.
    /// `table`: the FTS5 table searched, whose statistics give the scores (`lexicalTable(for:)`).
    public func lexicalMatches(query: String, conversationHashes: Set<String>?, limit: Int, table: String = "lexical") throws -> [LexicalMatch] {
        guard limit > 0, let match = LexicalQuery.fts(query) else { return [] }
        if let hashes = conversationHashes, hashes.isEmpty { return [] }
        return try locked {
            let s = try db.prepare("""
                SELECT t.conv_hash, t.turn_index, l.score
                FROM (SELECT rowid, bm25(\(table)) AS score FROM \(table) WHERE \(table) MATCH ?1) AS l
                JOIN turns t ON t.id = l.rowid
                JOIN conversations c ON c.hash = t.conv_hash
                WHERE t.turn_index >= 0 AND t.turn_index < c.turn_count AND c.turn_count <= \(IndexStore.maxTurnsPerConversation)
                ORDER BY l.score, t.conv_hash, t.turn_index
                LIMIT ?2
                """)
            defer { s.reset() }
            try s.bind(1, match).bind(2, conversationHashes == nil ? limit : -1)
            var out: [LexicalMatch] = []
            while out.count < limit, try s.step() {
                guard let h = s.string(0) else { continue }
                if let allowed = conversationHashes, !allowed.contains(h) { continue }
                let score = -s.double(2)
                guard score.isFinite else { continue }
                out.append(LexicalMatch(conversationHash: h, turnIndex: s.int(1), score: score))
            }
            return out
        }
    }

    /// For each term of `query` (`LexicalQuery.terms`, in order), the ids (`turns.id`) of every turn that
    /// contains it, in the whole index: one pass over the term's FTS5 postings, no join (callers map ids
    /// to their own rows with `turnIDs`).
    public func termTurnIDs(query: String) throws -> [[Int]] {
        let terms = LexicalQuery.terms(query)
        if terms.isEmpty { return [] }
        return try locked {
            let s = try db.prepare("SELECT rowid FROM lexical WHERE lexical MATCH ?1")
            defer { s.reset() }
            return try terms.map { term in
                s.reset()
                // A term holds only letters, digits, marks and single spaces, never a double quote.
                try s.bind(1, "\"\(term)\"")
                var out: [Int] = []
                while try s.step() { out.append(s.int(0)) }
                return out
            }
        }
    }

    /// The id, conversation hash and turn index of every stored turn.
    public func turnIDs() throws -> [(id: Int, conversationHash: String, turnIndex: Int)] {
        try locked {
            let s = try db.prepare("SELECT id, conv_hash, turn_index FROM turns")
            defer { s.reset() }
            var out: [(id: Int, conversationHash: String, turnIndex: Int)] = []
            while try s.step() {
                guard let h = s.string(1) else { continue }
                out.append((s.int(0), h, s.int(2)))
            }
            return out
        }
    }

    // MARK: - Statistics

    public func stats() throws -> Stats {
        try locked {
            Stats(conversations: try db.scalarInt("SELECT count(*) FROM conversations"),
                  turns: try db.scalarInt("SELECT count(*) FROM turns"),
                  vectorSets: try db.scalarInt("SELECT count(*) FROM vectors"))
        }
    }
}
