import Foundation

/// The hybrid ranking's rule: dense similarity, plus lexical evidence weighed by how much of the query a
/// turn and its neighbours contain, plus a boost for the participants the query names, then neighbour
/// smoothing. Chosen on the development set (README, "Evaluation"); every weight is in `SearchOptions`.
///
/// For the searched rows (N of them) and the query's terms t (`LexicalQuery.terms`):
/// 1. idf(t) = ln(1 + (N − df(t) + 0.5) / (df(t) + 0.5)), df(t) = rows containing t, so a term the
///    conversation never uses weighs most: a question in other words than its answer's finds little.
/// 2. coverage(r) = Σ idf(t) over the terms in row r, its previous or next turn of the same session,
///    divided by Σ idf(t) over all terms.
/// 3. gate = how far the best single row's own coverage gets past `lexicalGate`: 0 at its lower bound
///    (bm25 matched only incidental words: the lexical evidence is ignored) to 1 at its upper bound.
/// 4. hybrid(r) = dense(r) + σ · (lexicalWeight · gate · bm25(r) / max bm25 · coverage(r)
///                + speakerWeight · [the query names r's speaker]),
///    σ = the standard deviation of the dense scores over the searched rows: evidence is counted in
///    units of how far apart the query's dense scores are, so it weighs the same whatever the model's
///    range of cosines (MiniLM's spread widely, e5's sit in a narrow band near 0.9).
/// 5. Smoothing: hybrid(r) += smooth · (max(hybrid of r's neighbours in the same session) − mean hybrid):
///    measured from the mean, so a turn without neighbours is not pushed down by the level of the
///    model's cosines (e5's sit near 0.9, where an uncentred 0.4 · 0.9 is many spreads).
/// When no evidence can apply — no query term occurs in any searched row (the query's script is absent
/// from the chat, e.g. a Chinese question over an English chat) and the query names no participant —
/// hybrid is the late ranking itself: the best dense ranking, not blend and smoothing, which lose to it
/// there.
/// A row not embedded yet (dense = −∞) is ranked by its lexical evidence alone, and stays out when it
/// has none.
struct HybridFusion {
    let options: SearchOptions
    /// Row of the neighbour before / after in the same session (or −1), over the whole corpus.
    let previousRow: [Int]
    let nextRow: [Int]

    /// Hybrid scores of `rows` (positions relative to `rows.lowerBound`) from the dense base scores.
    /// `named(row)` says whether the query names the row's speaker.
    func scores(base: [Float], late: [Float], rows: Range<Int>, lexical: LexicalEvidence, named: (Int) -> Bool) -> [Float] {
        if !Self.canApply(lexical, rows: rows, named: named) { return late }
        var hybrid = base
        let unit = Self.spread(base)
        for (k, r) in rows.enumerated() where hybrid[k] > -.infinity && named(r) { hybrid[k] += unit * options.speakerWeight }
        addLexical(to: &hybrid, rows: rows, lexical: lexical, unit: unit)
        return smoothed(hybrid, rows: rows)
    }

    /// Whether any evidence can apply: a query term occurs in a searched row, or the query names the
    /// speaker of one.
    static func canApply(_ lexical: LexicalEvidence, rows: Range<Int>, named: (Int) -> Bool) -> Bool {
        lexical.termRows.contains { $0.contains(where: rows.contains) } || rows.contains(where: named)
    }

    /// Standard deviation of the finite scores; 1 when there are fewer than two or they are all equal
    /// (then nothing dense tells the rows apart, and the evidence alone orders them).
    static func spread(_ scores: [Float]) -> Float {
        var n = 0.0, sum = 0.0, squares = 0.0
        for x in scores where x.isFinite {
            n += 1
            sum += Double(x)
            squares += Double(x) * Double(x)
        }
        guard n >= 2 else { return 1 }
        let variance = max(0, squares / n - (sum / n) * (sum / n))
        return variance > 1e-12 ? Float(variance.squareRoot()) : 1
    }

    private func addLexical(to hybrid: inout [Float], rows: Range<Int>, lexical: LexicalEvidence, unit: Float) {
        let found = lexical.scores.filter { rows.contains($0.key) && $0.value > 0 }
        guard let maxLex = found.values.max(), maxLex > 0, options.lexicalWeight != 0 else { return }
        let terms = lexical.termRows.map { Set($0.filter(rows.contains)) }
        let n = Double(rows.count)
        let idf = terms.map { log(1 + (n - Double($0.count) + 0.5) / (Double($0.count) + 0.5)) }
        let total = idf.reduce(0, +)
        guard total > 0 else { return }
        // The gate looks at each row's own terms.
        var own: [Int: Double] = [:]
        for (t, set) in terms.enumerated() { for r in set { own[r, default: 0] += idf[t] } }
        let best = (own.values.max() ?? 0) / total
        let lo = Double(options.lexicalGate.lowerBound), hi = Double(options.lexicalGate.upperBound)
        let gate = hi > lo ? min(1, max(0, (best - lo) / (hi - lo))) : (best >= hi ? 1 : 0)
        guard gate > 0 else { return }
        for (r, s) in found {
            let p = previousRow[r], q = nextRow[r]
            var covered = 0.0
            for (t, set) in terms.enumerated() where set.contains(r) || (p >= 0 && set.contains(p)) || (q >= 0 && set.contains(q)) {
                covered += idf[t]
            }
            let k = r - rows.lowerBound
            let lex = Float(gate * (s / maxLex) * (covered / total)) * options.lexicalWeight * unit
            hybrid[k] = (hybrid[k] == -.infinity ? 0 : hybrid[k]) + lex
        }
    }

    private func smoothed(_ raw: [Float], rows: Range<Int>) -> [Float] {
        guard options.smooth != 0 else { return raw }
        var out = raw
        var count = 0.0, sum = 0.0
        for x in raw where x.isFinite { count += 1; sum += Double(x) }
        let mean = count > 0 ? Float(sum / count) : 0
        for (k, r) in rows.enumerated() where raw[k] > -.infinity {
            let p = previousRow[r], n = nextRow[r]
            let before = p >= 0 && rows.contains(p) ? raw[p - rows.lowerBound] : -Float.infinity
            let after = n >= 0 && rows.contains(n) ? raw[n - rows.lowerBound] : -Float.infinity
            let best = max(before, after)
            if best.isFinite { out[k] += options.smooth * (best - mean) }
        }
        return out
    }
}
