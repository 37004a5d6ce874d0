/// What the lexical (FTS5) index found for one query, by searcher row.
public struct LexicalEvidence: Sendable, Equatable {
    /// bm25 of every row matching at least one query term (higher is better).
    public var scores: [Int: Double]
    /// Per query term (`LexicalQuery.terms`), the rows that contain it.
    public var termRows: [[Int]]

    public init(scores: [Int: Double] = [:], termRows: [[Int]] = []) {
        self.scores = scores
        self.termRows = termRows
    }

    /// No lexical evidence at all.
    public static let none = LexicalEvidence()
}
