import Foundation

/// Standard ranking metrics for one query with binary relevance.
public enum RetrievalMetrics {
    /// Fraction of the relevant items found in the first k.
    public static func recall(_ ranked: [String], relevant: Set<String>, k: Int) -> Double {
        guard !relevant.isEmpty else { return 0 }
        return Double(ranked.prefix(k).filter(relevant.contains).count) / Double(relevant.count)
    }

    /// 1 / rank of the first relevant item (0 when none is ranked).
    public static func reciprocalRank(_ ranked: [String], relevant: Set<String>) -> Double {
        guard let i = ranked.firstIndex(where: relevant.contains) else { return 0 }
        return 1 / Double(i + 1)
    }

    public static func ndcg(_ ranked: [String], relevant: Set<String>, k: Int) -> Double {
        var dcg = 0.0
        for (i, id) in ranked.prefix(k).enumerated() where relevant.contains(id) { dcg += 1 / log2(Double(i + 2)) }
        let ideal = (0..<min(k, relevant.count)).reduce(0.0) { $0 + 1 / log2(Double($1 + 2)) }
        return ideal > 0 ? dcg / ideal : 0
    }
}

/// Mean metrics over a set of queries.
public struct MetricSummary: Sendable, Equatable, Codable {
    public var queries = 0
    public var recallAt1 = 0.0
    public var recallAt5 = 0.0
    public var recallAt10 = 0.0
    public var mrr = 0.0
    public var ndcgAt10 = 0.0

    public init() {}

    public mutating func add(_ ranked: [String], relevant: Set<String>) {
        queries += 1
        recallAt1 += RetrievalMetrics.recall(ranked, relevant: relevant, k: 1)
        recallAt5 += RetrievalMetrics.recall(ranked, relevant: relevant, k: 5)
        recallAt10 += RetrievalMetrics.recall(ranked, relevant: relevant, k: 10)
        mrr += RetrievalMetrics.reciprocalRank(ranked, relevant: relevant)
        ndcgAt10 += RetrievalMetrics.ndcg(ranked, relevant: relevant, k: 10)
    }

    /// Sums turned into means.
    public func averaged() -> MetricSummary {
        guard queries > 0 else { return self }
        var m = self
        let n = Double(queries)
        m.recallAt1 /= n; m.recallAt5 /= n; m.recallAt10 /= n; m.mrr /= n; m.ndcgAt10 /= n
        return m
    }
}
