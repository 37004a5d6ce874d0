import Foundation

/// bm25 statistics over the searched turns only. FTS5 computes a term's weight (IDF) and the average
/// turn length from the whole table, and the default index holds every chat a user ever searched: the
/// same files and query would rank differently depending on what else was indexed. So lexical scores
/// come from a table holding exactly the searched conversations' turns:
/// - when the index holds nothing else, that is `lexical` itself (no cost);
/// - otherwise a temporary FTS5 table (in SQLite's temp database, never in the index file, so read-only
///   indexes work too) made once per connection and set, with the same definition and the same rowids
///   (`turns.id`), from the stored lexical rows.
extension IndexStore {
    /// The name of the FTS5 table whose statistics are those of exactly `hashes`' turns.
    public func lexicalTable(for hashes: Set<String>) throws -> String {
        try locked {
            let digest = String(Digest.hex(hashes.sorted().joined(separator: "\n")).prefix(16))
            let table = "searched_lexical_\(digest)", set = "searched_hashes_\(digest)"
            if try db.scalarInt("SELECT count(*) FROM temp.sqlite_master WHERE name = '\(table)'") > 0 { return table }
            try db.exec("CREATE TEMP TABLE IF NOT EXISTS \(set)(hash TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID")
            try db.exec("DELETE FROM temp.\(set)")
            let put = try db.prepare("INSERT OR IGNORE INTO temp.\(set)(hash) VALUES(?1)")
            for h in hashes { try put.bind(1, h).run() }
            let inSet = try db.scalarInt("SELECT count(*) FROM turns WHERE conv_hash IN (SELECT hash FROM temp.\(set))")
            let all = try db.scalarInt("SELECT count(*) FROM turns")
            if inSet == all {
                try db.exec("DROP TABLE temp.\(set)")
                db.clearStatementCache()
                return "lexical"
            }
            let definition = try db.prepare("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = 'lexical'")
            let sql = try definition.step() ? definition.string(0) ?? "" : ""
            definition.reset()
            let prefix = "CREATE VIRTUAL TABLE lexical "
            guard sql.hasPrefix(prefix) else {
                throw IndexError.corrupt(path: path, detail: "the lexical table has an unexpected definition")
            }
            try db.exec("CREATE VIRTUAL TABLE temp.\(table) " + sql.dropFirst(prefix.count))
            try db.exec("""
                INSERT INTO temp.\(table)(rowid, body) SELECT l.rowid, l.body FROM main.lexical l
                JOIN main.turns t ON t.id = l.rowid WHERE t.conv_hash IN (SELECT hash FROM temp.\(set))
                """)
            try db.exec("DROP TABLE temp.\(set)")
            db.clearStatementCache()
            return table
        }
    }
}
