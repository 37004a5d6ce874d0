/// The order in which conversations are embedded in the background: people mostly search recent chats.
public enum Recency {
    /// Conversation indices, those with ISO-8601 turn times (ChatGPT exports, canonical JSON) newest
    /// first by their latest turn, then the others in load order (their times are not comparable).
    public static func mostRecentFirst(_ conversations: [Conversation]) -> [Int] {
        let latest: [String?] = conversations.map { c in c.turns.compactMap { $0.time }.filter(isISODate).max() }
        let dated = conversations.indices.filter { latest[$0] != nil }.sorted { a, b in
            latest[a]! != latest[b]! ? latest[a]! > latest[b]! : a < b
        }
        return dated + conversations.indices.filter { latest[$0] == nil }
    }

    /// "2024-03-12..." : such strings sort in time order when they share a time zone (ChatSearch's
    /// ISO times are UTC).
    static func isISODate(_ s: String) -> Bool {
        let u = Array(s.utf8.prefix(10))
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return false }
        return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(u[$0]) }
    }
}
