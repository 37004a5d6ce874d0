import Crypto

/// Content hash of a conversation: the key of its rows in the index.
///
/// SHA-256 (lower-case hex) over a canonical, unambiguous encoding of the conversation's id, title and,
/// for every turn in order, its id, speaker, time, session and text. Every string is written as its exact
/// UTF-8 bytes behind a presence byte and a 64-bit big-endian byte length, so no two different
/// conversations encode alike (`nil` differs from `""`, field boundaries cannot shift). The source path is
/// deliberately left out: moving or renaming a file does not make its conversations stale.
/// Change `tag` if the encoding ever changes.
public enum ConversationHash {
    static let tag = "chatsearch.conversation.v1"

    public static func of(_ c: Conversation) -> String {
        var hasher = SHA256()
        put(tag, into: &hasher)
        put(c.id, into: &hasher)
        put(c.title, into: &hasher)
        putLength(UInt64(c.turns.count), into: &hasher)
        for t in c.turns {
            put(t.id, into: &hasher)
            put(t.speaker, into: &hasher)
            put(t.time, into: &hasher)
            put(t.session, into: &hasher)
            put(t.text, into: &hasher)
        }
        return Digest.hex(hasher.finalize())
    }

    private static func put(_ s: String?, into hasher: inout SHA256) {
        guard let s else {
            hasher.update(data: [UInt8(0)])
            return
        }
        hasher.update(data: [UInt8(1)])
        putLength(UInt64(s.utf8.count), into: &hasher)
        hasher.update(data: Array(s.utf8))
    }

    private static func putLength(_ n: UInt64, into hasher: inout SHA256) {
        var bytes: [UInt8] = []
        for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: n >> UInt64(shift))) }
        hasher.update(data: bytes)
    }
}
