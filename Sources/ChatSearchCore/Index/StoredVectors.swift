/// The encoding of one conversation's vector set in the index, and the checks a set must pass when read.
///
/// A set is `count × dims` little-endian Float32 values, turn after turn, with a 64-bit FNV-1a checksum of
/// those bytes stored beside it. A set read back is used only when its sizes are in range and agree with
/// the blob, its checksum matches, and every vector is finite with unit length (or all zeros, for a turn
/// with no tokens). Anything else is treated as missing, so the conversation is embedded again.
enum StoredVectors {
    /// Largest dimension count accepted (far above any embedding model).
    static let maxDimensions = 1 << 16
    /// How far a stored vector's length may be from 1.
    static let normTolerance: Float = 1e-3

    /// Why `vectors` cannot be stored or used, or nil when they are fine.
    static func problem(_ vectors: [[Float]]) -> String? {
        for (i, v) in vectors.enumerated() {
            if let p = problem(vector: v) { return "vector \(i) \(p)" }
        }
        return nil
    }

    private static func problem<V: Collection<Float>>(vector v: V) -> String? {
        var sum: Float = 0
        for x in v {
            guard x.isFinite else { return "has a non-finite value" }
            sum += x * x
        }
        if sum == 0 { return nil }
        return abs(sum.squareRoot() - 1) <= normTolerance ? nil : "is not of unit length (\(sum.squareRoot()))"
    }

    /// The little-endian words of `vectors` and their checksum.
    static func encode(_ vectors: [[Float]]) -> (words: [UInt32], checksum: Int64) {
        var words: [UInt32] = []
        words.reserveCapacity(vectors.reduce(0) { $0 + $1.count })
        var hash = Checksum()
        for v in vectors {
            for x in v {
                let w = x.bitPattern.littleEndian
                words.append(w)
                hash.add(w)
            }
        }
        return (words, hash.value)
    }

    /// The vectors in `bytes` as one flat buffer, turn after turn, or nil when the sizes, the checksum or
    /// a value is out of bounds.
    static func decodeRows(_ bytes: UnsafeRawBufferPointer, dims: Int, count: Int, checksum: Int64) -> [Float]? {
        guard count >= 0, (1...maxDimensions).contains(dims) || count == 0 else { return nil }
        let (values, o1) = dims.multipliedReportingOverflow(by: count)
        let (size, o2) = values.multipliedReportingOverflow(by: 4)
        guard !o1, !o2, size == bytes.count else { return nil }
        var hash = Checksum()
        let out = [Float](unsafeUninitializedCapacity: values) { buffer, n in
            for i in 0..<values {
                let w = bytes.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)
                hash.add(w)
                buffer[i] = Float(bitPattern: UInt32(littleEndian: w))
            }
            n = values
        }
        guard hash.value == checksum else { return nil }
        for i in 0..<count {
            if let _ = problem(vector: out[(i * dims)..<((i + 1) * dims)]) { return nil }
        }
        return out
    }

    /// FNV-1a (64-bit) over the bytes of little-endian words.
    struct Checksum {
        private(set) var state: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ littleEndianWord: UInt32) {
            var w = UInt32(littleEndian: littleEndianWord)
            for _ in 0..<4 {
                state = (state ^ UInt64(w & 0xff)) &* 0x0000_0100_0000_01b3
                w >>= 8
            }
        }

        var value: Int64 { Int64(bitPattern: state) }
    }
}
