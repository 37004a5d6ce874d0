import Foundation

/// What an index opened read-only (`IndexStore.readOnlyReason`) must hold to be searched: the current
/// schema, and every searched conversation (with its vectors, when the run needs them). Anything missing
/// is refused with `IndexError.readOnly`, naming the file; nothing is written.
extension IndexStore {
    public var isReadOnly: Bool { readOnlyReason != nil }

    /// Throws unless the index was written by this version (schema and lexical rows).
    func requireCurrentSchema(_ reason: String) throws {
        let version = try db.scalarInt("PRAGMA user_version")
        let lexical = try locked { () throws -> String? in
            guard version == Int(IndexStore.schemaVersion) else { return nil }
            let s = try db.prepare("SELECT value FROM meta WHERE key = 'lexical_version'")
            defer { s.reset() }
            return try s.step() ? s.string(0) : nil
        }
        if version == 0 && lexical == nil, try db.scalarInt("SELECT count(*) FROM sqlite_master") == 0 {
            throw IndexError.readOnly(path: path, reason: reason, missing: "it is empty")
        }
        guard lexical == String(LexicalText.version) else {
            throw IndexError.readOnly(path: path, reason: reason, missing: "it was made by another version of ChatSearch")
        }
    }

    /// Throws unless every conversation (by hash, with its turn count) is stored, and, for each recipe
    /// given, has its vectors for `model`.
    public func requireComplete(_ conversations: [Conversation], hashes: [String], model: String, recipes: [String], dimensions: Int) throws {
        guard let reason = readOnlyReason else { return }
        var missingText = 0, missingVectors = 0
        for (c, h) in zip(conversations, hashes) {
            let stored = try locked { () throws -> Int? in
                let s = try db.prepare("SELECT turn_count FROM conversations WHERE hash = ?1")
                defer { s.reset() }
                try s.bind(1, h)
                return try s.step() ? s.int(0) : nil
            }
            if stored != c.turns.count { missingText += 1; continue }
            for r in recipes where try vectorRows(conversationHash: h, model: model, recipe: r, dimensions: dimensions) == nil {
                missingVectors += 1
                break
            }
        }
        let total = conversations.count
        if missingText > 0 {
            throw IndexError.readOnly(path: path, reason: reason, missing: "\(missingText) of \(total) conversations are not in it")
        }
        if missingVectors > 0 {
            throw IndexError.readOnly(path: path, reason: reason,
                                      missing: "\(missingVectors) of \(total) conversations are not embedded in it for this model (--no-wait searches it as it is)")
        }
    }
}
