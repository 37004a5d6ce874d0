/// A small, fast, seeded generator (SplitMix64): the same seed gives the same numbers on every run, for
/// generated benchmark corpora and for the mutations of the fuzz-style tests.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<n (0 when n < 1); the modulo bias is irrelevant at these sizes.
    public mutating func below(_ n: Int) -> Int { n < 1 ? 0 : Int(next() % UInt64(n)) }

    /// A random vector of length 1 (components uniform in −1...1 before normalising), for stand-in
    /// vectors where only the bytes matter, not their meaning.
    public mutating func unitVector(dimensions: Int) -> [Float] {
        VectorMath.normalized((0..<dimensions).map { _ in Float(Double(next() >> 11) / Double(1 << 53)) * 2 - 1 })
    }
}
