import CSQLite

/// The schema step that gives every stored vector a key of its own: `turn_keys` rows say, per
/// conversation, model, recipe and turn, what that turn's vector was encoded from (`TurnEncoder.turnKeys`).
/// An index of schema version 3 (made before this step) gets the empty table in place
/// (`IndexMigration`), its vectors kept;
/// the keys of its stored vectors are computed from the stored turns the first time they are needed
/// (`IndexSync`), so nothing unchanged is embedded again.
enum TurnKeysMigration {
    static let schema = """
        CREATE TABLE turn_keys(
            conv_hash TEXT NOT NULL REFERENCES conversations(hash) ON DELETE CASCADE,
            model TEXT NOT NULL,
            recipe TEXT NOT NULL,
            turn_index INTEGER NOT NULL,
            key TEXT NOT NULL,
            PRIMARY KEY(conv_hash, model, recipe, turn_index)
        ) WITHOUT ROWID;
        CREATE INDEX turn_keys_by_key ON turn_keys(key, model, recipe);
        """
}

extension IndexStore {
    /// Records the key of every turn's vector of one conversation (one key per turn, in order), replacing
    /// the keys stored before. Call in the transaction that saves the vectors.
    public func saveTurnKeys(conversationHash: String, model: String, recipe: String, keys: [String]) throws {
        try writeTransaction {
            try db.prepare("DELETE FROM turn_keys WHERE conv_hash = ?1 AND model = ?2 AND recipe = ?3")
                .bind(1, conversationHash).bind(2, model).bind(3, recipe).run()
            let put = try db.prepare("""
                INSERT OR REPLACE INTO turn_keys(conv_hash, model, recipe, turn_index, key) VALUES(?1, ?2, ?3, ?4, ?5)
                """)
            for (i, k) in keys.enumerated() {
                try put.bind(1, conversationHash).bind(2, model).bind(3, recipe).bind(4, i).bind(5, k).run()
            }
        }
    }

    /// For each key, a stored vector encoded from exactly that (any conversation's, for this model and
    /// recipe), or nil. Vectors whose set fails its checks (`StoredVectors`) are not offered.
    public func reusableVectors(keys: [String], model: String, recipe: String, dimensions: Int) throws -> [[Float]?] {
        try locked {
            let find = try db.prepare("""
                SELECT conv_hash, turn_index FROM turn_keys WHERE key = ?1 AND model = ?2 AND recipe = ?3
                """)
            var sets: [String: (dimensions: Int, values: [Float])?] = [:]
            return try keys.map { key -> [Float]? in
                defer { find.reset() }
                try find.bind(1, key).bind(2, model).bind(3, recipe)
                while try find.step() {
                    guard let h = find.string(0) else { continue }
                    let t = find.int(1)
                    if sets[h] == nil {
                        sets[h] = .some(try vectorRows(conversationHash: h, model: model, recipe: recipe, dimensions: dimensions))
                    }
                    guard let set = sets[h]!, set.dimensions == dimensions, t >= 0, (t + 1) * dimensions <= set.values.count else { continue }
                    return Array(set.values[(t * dimensions)..<((t + 1) * dimensions)])
                }
                return nil
            }
        }
    }

    /// Hashes of the conversations whose vectors for this model and recipe have no keys yet (stored by an
    /// index before `TurnKeysMigration`).
    public func conversationsWithoutTurnKeys(model: String, recipe: String) throws -> [String] {
        try locked {
            let s = try db.prepare("""
                SELECT v.conv_hash FROM vectors v WHERE v.model = ?1 AND v.recipe = ?2 AND v.count > 0
                AND NOT EXISTS (SELECT 1 FROM turn_keys k WHERE k.conv_hash = v.conv_hash AND k.model = v.model AND k.recipe = v.recipe)
                """)
            defer { s.reset() }
            try s.bind(1, model).bind(2, recipe)
            var out: [String] = []
            while try s.step() { if let h = s.string(0) { out.append(h) } }
            return out
        }
    }

    /// A stored conversation as it was saved (id, title and turns; no source), or nil.
    public func storedConversation(hash: String) throws -> Conversation? {
        try locked {
            let c = try db.prepare("SELECT conv_id, title, turn_count FROM conversations WHERE hash = ?1")
            defer { c.reset() }
            try c.bind(1, hash)
            guard try c.step(), let id = c.string(0) else { return nil }
            let title = c.string(1), count = c.int(2)
            let t = try db.prepare("""
                SELECT turn_index, turn_id, speaker, time, session, text FROM turns WHERE conv_hash = ?1 ORDER BY turn_index
                """)
            defer { t.reset() }
            try t.bind(1, hash)
            var turns: [Turn] = []
            while try t.step() {
                guard t.int(0) == turns.count, let tid = t.string(1), let text = t.string(5) else { return nil }
                turns.append(Turn(id: tid, speaker: t.string(2), time: t.string(3), text: text, session: t.string(4)))
            }
            guard turns.count == count else { return nil }
            return Conversation(id: id, title: title, turns: turns)
        }
    }
}
