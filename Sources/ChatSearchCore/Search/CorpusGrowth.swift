/// What a watched set of files holds after some of them changed: the conversations of the changed
/// files replace theirs, in place where a conversation is still there (so a conversation keeps its
/// position and the turns it had keep theirs), new ones at the end; those of a removed file, or gone
/// from a changed one, go.
public enum CorpusGrowth {
    public struct Merged: Equatable, Sendable {
        public var conversations: [Conversation]
        /// Turns in `conversations` that were not there before (new conversations and grown ones).
        public var addedTurns: Int
        /// Conversations that were there and are gone.
        public var removedConversations: Int
    }

    /// `files`: the changed and the removed files (a zip archive's conversations are those whose source
    /// is inside it, `archive.zip/inner/path`); `fresh`: what the changed files hold now.
    public static func merged(_ old: [Conversation], files: [String], fresh: [Conversation]) -> Merged {
        func key(_ c: Conversation) -> String { "\(c.source ?? "")\u{0}\(c.id)" }
        func fromFiles(_ c: Conversation) -> Bool {
            guard let s = c.source else { return false }
            return files.contains { s == $0 || s.hasPrefix($0 + "/") }
        }
        var replacement: [String: Conversation] = [:]
        for c in fresh where replacement[key(c)] == nil { replacement[key(c)] = c }
        var out: [Conversation] = [], placed = Set<String>()
        var added = 0, removed = 0
        for c in old {
            guard fromFiles(c) else { out.append(c); continue }
            if let now = replacement[key(c)], !placed.contains(key(c)) {
                out.append(now)
                placed.insert(key(c))
                added += max(0, now.turns.count - c.turns.count)
            } else {
                removed += 1
            }
        }
        for c in fresh where !placed.contains(key(c)) {
            out.append(c)
            placed.insert(key(c))
            added += c.turns.count
        }
        return Merged(conversations: out, addedTurns: added, removedConversations: removed)
    }
}
