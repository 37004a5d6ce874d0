/// Orders of score lists without sorting them whole. The order everywhere is: higher score first, the
/// lower index first among equal scores; a rank is 1-based.
public enum Ranking {
    /// The indices of the `k` best scores, best first (a partial selection: one pass, a small sorted buffer).
    public static func top(_ scores: [Float], k: Int) -> [Int] {
        let k = min(k, scores.count)
        if k <= 0 { return [] }
        if k * 8 >= scores.count {
            return Array(scores.indices.sorted { precedes($0, $1, scores) }.prefix(k))
        }
        var best: [Int] = []
        best.reserveCapacity(k + 1)
        scores.withUnsafeBufferPointer { s in
            for i in 0..<s.count {
                // Later indices lose ties, so a score must be strictly better than the current k-th.
                if best.count == k && !(s[i] > s[best[k - 1]]) { continue }
                var lo = 0, hi = best.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if s[best[mid]] > s[i] || (s[best[mid]] == s[i] && best[mid] < i) { lo = mid + 1 } else { hi = mid }
                }
                best.insert(i, at: lo)
                if best.count > k { best.removeLast() }
            }
        }
        return best
    }

    /// The rank of each of `indices` in the full order of `scores`, in one pass over the scores.
    public static func ranks(of indices: [Int], in scores: [Float]) -> [Int] {
        if indices.isEmpty { return [] }
        // Targets from worst to best; an index beats the targets before its insertion point.
        let targets = indices.indices.sorted { precedes(indices[$1], indices[$0], scores) }
        let keys = targets.map { indices[$0] }
        var beatenUpTo = [Int](repeating: 0, count: keys.count + 1)
        scores.withUnsafeBufferPointer { s in
            for j in 0..<s.count {
                let sj = s[j]
                var lo = 0, hi = keys.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    let t = keys[mid]
                    if sj > s[t] || (sj == s[t] && j < t) { lo = mid + 1 } else { hi = mid }
                }
                beatenUpTo[lo] += 1
            }
        }
        // Target at position p is beaten by every index whose insertion point is above p.
        var out = [Int](repeating: 0, count: indices.count)
        var above = 0
        for p in stride(from: keys.count - 1, through: 0, by: -1) {
            above += beatenUpTo[p + 1]
            out[targets[p]] = above + 1
        }
        return out
    }

    private static func precedes(_ a: Int, _ b: Int, _ s: [Float]) -> Bool {
        s[a] != s[b] ? s[a] > s[b] : a < b
    }
}
