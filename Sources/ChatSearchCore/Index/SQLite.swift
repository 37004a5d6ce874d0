import CSQLite

/// Errors from the index; each names the index path where one is involved. `corrupt` means SQLite found
/// ChatSearch's index damaged: `IndexStore.open(path:warn:)` rebuilds it.
public enum IndexError: Error, Equatable, CustomStringConvertible {
    /// SQLite found the index damaged.
    case corrupt(path: String, detail: String)
    /// The path holds a file that is not a ChatSearch index; it is never written to.
    case notAnIndex(path: String, reason: String)
    /// The index file cannot be opened or created (permissions, read-only file system, ...).
    case cannotOpen(path: String, detail: String)
    /// Any other SQLite failure (I/O, disk full, locked for longer than the busy timeout, ...).
    case sqlite(code: Int32, message: String, context: String)
    /// The vectors passed to `save` do not fit the conversation (count or dimensions).
    case invalidVectors(String)
    /// The parent folder of the database could not be created.
    case cannotCreateDirectory(path: String, detail: String)
    /// The index cannot be written (`reason`) and lacks what this run needs (`missing`); it was left untouched.
    case readOnly(path: String, reason: String, missing: String)

    public var description: String {
        switch self {
        case let .corrupt(path, detail):
            return "the index \(path) is damaged (\(detail))"
        case let .notAnIndex(path, reason):
            return "\(path) is not a ChatSearch index (\(reason)); it was left untouched: give --index a new file name"
        case let .cannotOpen(path, detail):
            return "cannot open the index \(path): \(detail)"
        case let .sqlite(code, message, context):
            return "SQLite error \(code) (\(message)) during \(context)"
        case let .invalidVectors(detail):
            return "invalid vectors: \(detail)"
        case let .cannotCreateDirectory(path, detail):
            return "cannot create the index folder \(path): \(detail)"
        case let .readOnly(path, reason, missing):
            return "the index \(path) cannot be written (\(reason)) and \(missing); it was left untouched: give --index a file you can write"
        }
    }

    /// True when rebuilding the index from scratch is the cure.
    public var isCorruption: Bool {
        if case .corrupt = self { return true }
        return false
    }

    /// What went wrong, without the path.
    public var detail: String {
        switch self {
        case let .corrupt(_, d), let .cannotOpen(_, d), let .cannotCreateDirectory(_, d): return d
        case let .notAnIndex(_, r): return r
        case let .sqlite(_, message, _): return message
        case let .invalidVectors(d): return d
        case let .readOnly(_, reason, missing): return "\(reason); \(missing)"
        }
    }
}

/// A thin wrapper over one `sqlite3*` connection. Not thread-safe by itself; `IndexStore` serialises use.
final class SQLiteConnection {
    private(set) var handle: OpaquePointer?
    let path: String
    private var statements: [String: SQLiteStatement] = [:]

    /// Opens `path` for reading and writing, or with `readOnlyURI` read-only (see `IndexAccess`).
    init(path: String, readOnlyURI: String? = nil) throws {
        self.path = path
        var db: OpaquePointer?
        let flags = readOnlyURI == nil ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
            : SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        let rc = sqlite3_open_v2(readOnlyURI ?? path, &db, flags, nil)
        if rc != SQLITE_OK {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(db)
            throw IndexError.cannotOpen(path: path, detail: message)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
    }

    deinit { close() }

    /// Closes the connection. An open transaction is rolled back by SQLite, as in a crash.
    func close() {
        for (_, s) in statements { s.finalize() }
        statements.removeAll()
        if let h = handle { sqlite3_close_v2(h) }
        handle = nil
    }

    static func error(_ rc: Int32, message: String, context: String, path: String) -> IndexError {
        let primary = rc & 0xff
        if primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT {
            return .corrupt(path: path, detail: message)
        }
        if primary == SQLITE_CANTOPEN { return .cannotOpen(path: path, detail: message) }
        if primary == SQLITE_FULL { return .sqlite(code: rc, message: "the disk holding the index \(path) is full", context: context) }
        return .sqlite(code: rc, message: message, context: context)
    }

    func error(_ rc: Int32, context: String) -> IndexError {
        let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
        return SQLiteConnection.error(rc, message: message, context: context, path: path)
    }

    func check(_ rc: Int32, _ context: @autoclosure () -> String) throws {
        if rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW { throw error(rc, context: context()) }
    }

    /// Runs one or more statements without results.
    func exec(_ sql: String) throws {
        guard let handle else { throw IndexError.sqlite(code: SQLITE_MISUSE, message: "connection closed", context: sql) }
        var msg: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &msg)
        if rc != SQLITE_OK {
            let message = msg.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_free(msg)
            throw SQLiteConnection.error(rc, message: message, context: sql, path: path)
        }
    }

    /// A prepared statement, cached by its SQL text, reset and with bindings cleared.
    func prepare(_ sql: String) throws -> SQLiteStatement {
        if let s = statements[sql] {
            s.reset()
            return s
        }
        guard let handle else { throw IndexError.sqlite(code: SQLITE_MISUSE, message: "connection closed", context: sql) }
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
        if rc != SQLITE_OK { throw error(rc, context: sql) }
        let s = SQLiteStatement(stmt!, connection: self, sql: sql)
        statements[sql] = s
        return s
    }

    /// Forgets cached statements (needed before dropping tables they refer to).
    func clearStatementCache() {
        for (_, s) in statements { s.finalize() }
        statements.removeAll()
    }

    var lastInsertRowID: Int64 { handle.map { sqlite3_last_insert_rowid($0) } ?? 0 }
    var changes: Int { handle.map { Int(sqlite3_changes($0)) } ?? 0 }
    var isAutocommit: Bool { handle.map { sqlite3_get_autocommit($0) != 0 } ?? true }

    func scalarInt(_ sql: String) throws -> Int {
        let s = try prepare(sql)
        defer { s.reset() }
        guard try s.step() else { return 0 }
        return s.int(0)
    }
}

final class SQLiteStatement {
    private var stmt: OpaquePointer?
    private unowned let connection: SQLiteConnection
    let sql: String

    init(_ stmt: OpaquePointer, connection: SQLiteConnection, sql: String) {
        self.stmt = stmt
        self.connection = connection
        self.sql = sql
    }

    func finalize() {
        if let stmt { sqlite3_finalize(stmt) }
        stmt = nil
    }

    func reset() {
        sqlite3_reset(stmt)
        sqlite3_clear_bindings(stmt)
    }

    @discardableResult
    func bind(_ index: Int32, _ value: String?) throws -> SQLiteStatement {
        let rc: Int32
        if let value {
            rc = sqlite3_bind_text(stmt, index, value, -1, CSQLite_TRANSIENT())
        } else {
            rc = sqlite3_bind_null(stmt, index)
        }
        try connection.check(rc, "bind \(index) of \(sql)")
        return self
    }

    @discardableResult
    func bind(_ index: Int32, _ value: Int) throws -> SQLiteStatement {
        try connection.check(sqlite3_bind_int64(stmt, index, Int64(value)), "bind \(index) of \(sql)")
        return self
    }

    @discardableResult
    func bind(_ index: Int32, _ value: Double) throws -> SQLiteStatement {
        try connection.check(sqlite3_bind_double(stmt, index, value), "bind \(index) of \(sql)")
        return self
    }

    @discardableResult
    func bindBlob(_ index: Int32, _ bytes: UnsafeRawBufferPointer) throws -> SQLiteStatement {
        // A zero-length blob must still be a blob, not NULL: pass a non-nil pointer.
        let rc: Int32
        if bytes.count == 0 {
            rc = sqlite3_bind_zeroblob(stmt, index, 0)
        } else {
            rc = sqlite3_bind_blob(stmt, index, bytes.baseAddress, Int32(bytes.count), CSQLite_TRANSIENT())
        }
        try connection.check(rc, "bind \(index) of \(sql)")
        return self
    }

    /// Steps once: true when a row is available, false when done.
    func step() throws -> Bool {
        let rc = sqlite3_step(stmt)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        let err = connection.error(rc, context: sql)
        sqlite3_reset(stmt)
        throw err
    }

    /// Steps to completion, ignoring rows.
    func run() throws {
        while try step() {}
        sqlite3_reset(stmt)
    }

    func isNull(_ col: Int32) -> Bool { sqlite3_column_type(stmt, col) == SQLITE_NULL }
    func int(_ col: Int32) -> Int { Int(sqlite3_column_int64(stmt, col)) }
    func double(_ col: Int32) -> Double { sqlite3_column_double(stmt, col) }
    func string(_ col: Int32) -> String? {
        guard let p = sqlite3_column_text(stmt, col) else { return nil }
        let n = Int(sqlite3_column_bytes(stmt, col))
        return String(decoding: UnsafeRawBufferPointer(start: p, count: n), as: UTF8.self)
    }
    /// Calls `body` with the column's bytes (valid only during the call).
    func withBlob<T>(_ col: Int32, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        let p = sqlite3_column_blob(stmt, col)
        let n = Int(sqlite3_column_bytes(stmt, col))
        return try body(UnsafeRawBufferPointer(start: n > 0 ? p : nil, count: n))
    }
}
