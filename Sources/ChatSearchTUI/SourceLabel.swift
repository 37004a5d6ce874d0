import ChatSearchCore
import Foundation

/// Short labels that tell conversations apart in result rows: a title's leading words that at least one
/// other title starts with too (two words or more, "WhatsApp Chat with") are dropped, so
/// "WhatsApp Chat with Lena" shows as "Lena". The full title stays in the context panel.
enum SourceLabels {
    static func labels(_ conversations: [Conversation]) -> [String] {
        let titles = conversations.map { DisplayText.oneLine($0.title ?? $0.id) }
        if let cached = cache.lock.withLock({ cache.titles == titles ? cache.labels : nil }) { return cached }
        let labels = compute(titles)
        cache.lock.withLock {
            cache.titles = titles
            cache.labels = labels
        }
        return labels
    }

    /// Words a title shares at its start with another title; the longest such prefix is with a neighbour in
    /// sorted order.
    static func compute(_ titles: [String]) -> [String] {
        let words = titles.map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        let order = titles.indices.sorted { words[$0].lexicographicallyPrecedes(words[$1]) }
        var shared = Array(repeating: 0, count: titles.count)
        func common(_ a: [String], _ b: [String]) -> Int {
            var n = 0
            while n < a.count - 1, n < b.count - 1, a[n] == b[n] { n += 1 }  // both keep at least one word
            return n
        }
        for k in order.indices.dropLast() {
            let a = order[k], b = order[k + 1]
            let n = common(words[a], words[b])
            shared[a] = max(shared[a], n)
            shared[b] = max(shared[b], n)
        }
        return titles.indices.map { i in
            shared[i] >= 2 ? words[i].dropFirst(shared[i]).joined(separator: " ") : titles[i]
        }
    }

    private final class Cache: @unchecked Sendable {
        let lock = NSLock()
        var titles: [String] = []
        var labels: [String] = []
    }
    private static let cache = Cache()
}
