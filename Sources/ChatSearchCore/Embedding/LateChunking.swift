/// Late chunking, exactly: one token sequence per context unit, each turn pooled from its own span.
///
/// sequence = start ([CLS]) + prefix + tok(t1) + ... + tok(tn) + end ([SEP]). Turn i's span is its own
/// tokens; start and prefix are pooled into the first turn, end into the last, so the spans are
/// contiguous and cover every token. A sequence longer than the model's context is encoded in macro
/// windows ("long late chunking"): each window starts `overlap` tokens before the previous one ended,
/// and every window after the first contributes only the tokens after its overlap.
public enum LateChunking {
    /// A sequence to encode and the span of every turn in it.
    public struct Plan: Equatable, Sendable {
        public var tokens: [Int32]
        public var spans: [Range<Int>]
    }

    public static func plan(turnTokens: [[Int32]], start: [Int32], prefix: [Int32], end: [Int32]) -> Plan {
        var tokens = start + prefix
        var spans: [Range<Int>] = []
        spans.reserveCapacity(turnTokens.count)
        for (i, t) in turnTokens.enumerated() {
            let from = i == 0 ? 0 : tokens.count
            tokens += t
            spans.append(from..<tokens.count)
        }
        tokens += end
        if !spans.isEmpty { spans[spans.count - 1] = spans[spans.count - 1].lowerBound..<tokens.count }
        return Plan(tokens: tokens, spans: spans)
    }

    /// One encoding of the block recipe: the turns `turns` (positions in their session) pooled from a
    /// sequence that also holds `before` and `after`, context tokens of the neighbouring turns that are
    /// encoded but not pooled.
    public struct Block: Equatable, Sendable {
        public var turns: Range<Int>
        public var before: [Int32]
        public var after: [Int32]
    }

    /// Cuts a session's turns into blocks of at most `size` consecutive turns, each with the `context`
    /// turns on either side as context, at most `contextTokens` tokens per side (the tokens nearest the
    /// block) and never more than a quarter of `room`, the tokens a sequence holds besides its special
    /// tokens and prefix. A block closes early when its own turns would leave less than that context
    /// room, and the context of a block that still does not fit shrinks (a single turn longer than `room`
    /// gets no context and is encoded in macro windows).
    /// `blockTokens` also closes a block when its next turn would take its own tokens past it (the
    /// `tokens:B:C` recipe: `size` and `context` unbounded, blocks sized in tokens).
    public static func blocks(turnTokens: [[Int32]], size: Int, context: Int, contextTokens: Int, room: Int,
                              blockTokens: Int = .max) -> [Block] {
        precondition(size > 0 && context >= 0 && contextTokens >= 0 && blockTokens > 0)
        let contextTokens = min(contextTokens, max(0, room / 4))
        let ownBudget = max(1, min(blockTokens, room - 2 * contextTokens))
        var out: [Block] = []
        var start = 0
        while start < turnTokens.count {
            var end = start + 1
            var own = turnTokens[start].count
            while end < turnTokens.count && end - start < size && own + turnTokens[end].count <= ownBudget {
                own += turnTokens[end].count
                end += 1
            }
            let side = min(contextTokens, max(0, room - own) / 2)
            // The nearest turns only, as far as `side` tokens reach (context may be unbounded).
            var before: [Int32] = []
            var i = start - 1
            while side > 0 && i >= 0 && start - i <= context && before.count < side {
                before = turnTokens[i] + before
                i -= 1
            }
            before = Array(before.suffix(side))
            var after: [Int32] = []
            var j = end
            while side > 0 && j < turnTokens.count && j - end < context && after.count < side {
                after += turnTokens[j]
                j += 1
            }
            after = Array(after.prefix(side))
            out.append(Block(turns: start..<end, before: before, after: after))
            start = end
        }
        return out
    }

    /// The sequence of one block and the spans of its own turns. Like a window of `plan`: start and
    /// prefix are pooled into the first turn only when no context comes before it, end into the last
    /// only when no context follows.
    public static func plan(block: Block, turnTokens: [[Int32]], start: [Int32], prefix: [Int32], end: [Int32]) -> Plan {
        var members: [[Int32]] = block.before.isEmpty ? [] : [block.before]
        members += turnTokens[block.turns]
        if !block.after.isEmpty { members.append(block.after) }
        let whole = plan(turnTokens: members, start: start, prefix: prefix, end: end)
        let first = block.before.isEmpty ? 0 : 1
        return Plan(tokens: whole.tokens, spans: Array(whole.spans[first..<(first + block.turns.count)]))
    }

    /// One macro window: the tokens it encodes, and the positions whose embeddings are taken from it.
    public struct Window: Equatable, Sendable {
        public var range: Range<Int>
        public var keep: Range<Int>
    }

    /// Macro windows over a sequence of `length` tokens, each at most `maxTokens` long. Consecutive
    /// windows overlap by `overlap` tokens; every position is kept from exactly one window.
    public static func windows(length: Int, maxTokens: Int, overlap: Int) -> [Window] {
        precondition(maxTokens > 0)
        if length <= maxTokens { return [Window(range: 0..<length, keep: 0..<length)] }
        let overlap = max(0, min(overlap, maxTokens / 2))
        var result: [Window] = []
        var start = 0
        while true {
            let end = min(start + maxTokens, length)
            let keepFrom = result.isEmpty ? start : start + overlap
            result.append(Window(range: start..<end, keep: keepFrom..<end))
            if end == length { break }
            start = end - overlap
        }
        return result
    }

    /// Default overlap between macro windows: a quarter of the window, at most `defaultMaxOverlap` tokens.
    public static func defaultOverlap(contextLength: Int) -> Int { min(defaultMaxOverlap, contextLength / 4) }
    public static let defaultMaxOverlap = 128
}

/// Mean pooling of token embeddings over spans, then L2 normalisation.
public struct SpanPooler {
    public let dimensions: Int
    private var sums: [[Float]]
    private var counts: [Int]
    private let spanOfPosition: [Int]

    /// `spans` are over positions 0..<length; positions outside every span are ignored.
    public init(spans: [Range<Int>], length: Int, dimensions: Int) {
        self.dimensions = dimensions
        sums = Array(repeating: [Float](repeating: 0, count: dimensions), count: spans.count)
        counts = Array(repeating: 0, count: spans.count)
        var owner = [Int](repeating: -1, count: length)
        for (i, s) in spans.enumerated() {
            for p in s where p < length { owner[p] = i }
        }
        spanOfPosition = owner
    }

    /// Adds token embeddings of positions `positions` (rows `rows.lowerBound...` of `embeddings`).
    public mutating func add(_ embeddings: TokenEmbeddings, rowOffset: Int, positions: Range<Int>) {
        embeddings.values.withUnsafeBufferPointer { v in
            for p in positions {
                let owner = spanOfPosition[p]
                if owner < 0 { continue }
                let base = (p - rowOffset) * dimensions
                sums[owner].withUnsafeMutableBufferPointer { s in
                    for d in 0..<dimensions { s[d] += v[base + d] }
                }
                counts[owner] += 1
            }
        }
    }

    /// Mean of every row of one encoded sequence, normalised (a naive turn or a query).
    public static func meanOfAll(_ rows: TokenEmbeddings) -> [Float] {
        var pooler = SpanPooler(spans: [0..<rows.count], length: rows.count, dimensions: rows.dimensions)
        pooler.add(rows, rowOffset: 0, positions: 0..<rows.count)
        return pooler.vectors()[0] ?? [Float](repeating: 0, count: rows.dimensions)
    }

    /// Pooled, normalised vectors; nil for a span that received no tokens.
    public func vectors() -> [[Float]?] {
        zip(sums, counts).map { sum, count in
            count == 0 ? nil : VectorMath.normalized(sum.map { $0 / Float(count) })
        }
    }
}
