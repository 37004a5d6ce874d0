/// Upgrades an index made by an older ChatSearch in place, one ordered step per schema version, so what
/// it holds (above all its vectors) is kept. `IndexStore` runs `migrate` when the file's `user_version`
/// is older than `IndexStore.schemaVersion`; a version with no path to the current one (older than the
/// first step's, or newer than this program's) is rebuilt from scratch as before.
///
/// To change the schema: raise `IndexStore.schemaVersion`, change `IndexStore.schema` for new files, and
/// append a `Step` here whose `from` is the previous version. Steps run in one write transaction; each
/// must leave a database equal to one created with the new schema (data that cannot be derived in SQL,
/// such as a turn's timestamp parsed from its file, is filled in when the file is next stored).
enum IndexMigration {
    struct Step: Sendable {
        /// The version this step upgrades from (to `from + 1`).
        var from: Int32
        var apply: @Sendable (SQLiteConnection) throws -> Void
    }

    static let steps: [Step] = [
        // 2 → 3: turns gain `timestamp` (ISO-8601), left NULL here and filled by `IndexStore.saveText`
        // when each conversation's file is loaded again (its hash, so its vectors, are unchanged).
        Step(from: 2) { db in try db.exec("ALTER TABLE turns ADD COLUMN timestamp TEXT") },
        // 3 → 4: `turn_keys` (each stored vector's key, `TurnKeysMigration`); the vectors stored before it
        // get their keys when their conversation is next synced (`IndexSync.addMissingTurnKeys`).
        Step(from: 3) { db in try db.exec(TurnKeysMigration.schema) },
    ]

    /// Whether every step from `version` to `target` exists.
    static func canMigrate(from version: Int32, to target: Int32) -> Bool {
        guard version > 0, version < target else { return false }
        return (version..<target).allSatisfy { v in steps.contains { $0.from == v } }
    }

    /// Applies the steps from `version` up to `target` and sets `user_version` (inside the caller's
    /// transaction).
    static func migrate(_ db: SQLiteConnection, from version: Int32, to target: Int32) throws {
        for v in version..<target {
            guard let step = steps.first(where: { $0.from == v }) else { return }
            try step.apply(db)
            db.clearStatementCache()
            try db.exec("PRAGMA user_version = \(v + 1)")
        }
    }
}
