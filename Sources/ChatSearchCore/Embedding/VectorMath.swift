/// Small vector helpers on [Float]; vectors of ChatSearch are L2-normalised, so cosine = dot.
public enum VectorMath {
    public static func dot(_ a: [Float], _ b: [Float]) -> Float {
        precondition(a.count == b.count, "vector dimensions differ: \(a.count) vs \(b.count)")
        var s: Float = 0
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                for i in 0..<x.count { s += x[i] * y[i] }
            }
        }
        return s
    }

    public static func norm(_ a: [Float]) -> Float { dot(a, a).squareRoot() }

    public static func normalized(_ a: [Float]) -> [Float] {
        let n = norm(a)
        return n > 0 ? a.map { $0 / n } : a
    }

    /// Matryoshka truncation: keep the first `dimensions` components and renormalise.
    public static func truncated(_ a: [Float], to dimensions: Int) -> [Float] {
        dimensions >= a.count ? a : normalized(Array(a.prefix(dimensions)))
    }

    public static func cosine(_ a: [Float], _ b: [Float]) -> Float {
        let d = norm(a) * norm(b)
        return d > 0 ? dot(a, b) / d : 0
    }
}
