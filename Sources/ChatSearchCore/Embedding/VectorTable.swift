/// Row-major matrix of normalised turn vectors, one row per turn of the corpus, in one contiguous buffer.
public struct VectorTable: Sendable {
    public let dimensions: Int
    public private(set) var values: [Float]
    public var count: Int { dimensions == 0 ? 0 : values.count / dimensions }

    public init(dimensions: Int, values: [Float] = []) {
        self.dimensions = dimensions
        self.values = values
    }

    public mutating func append(_ v: [Float]) {
        precondition(v.count == dimensions, "vector of \(v.count) dimensions in a table of \(dimensions)")
        values += v
    }

    /// Appends rows given as one flat buffer of `dimensions`-long vectors.
    public mutating func append(rows v: [Float]) {
        precondition(dimensions > 0 && v.count % dimensions == 0, "\(v.count) values are not rows of \(dimensions)")
        values += v
    }

    /// Overwrites rows `rows` with flat values (`rows.count` vectors).
    public mutating func replace(rows: Range<Int>, with v: [Float]) {
        precondition(v.count == rows.count * dimensions, "\(v.count) values for \(rows.count) rows of \(dimensions)")
        values.replaceSubrange((rows.lowerBound * dimensions)..<(rows.upperBound * dimensions), with: v)
    }

    public mutating func reserveCapacity(rows: Int) { values.reserveCapacity(rows * dimensions) }

    /// Dot products of `q` with every row, reading the table once, 16 lanes at a time.
    public func scores(_ q: [Float], rows: Range<Int>? = nil) -> [Float] {
        let rows = rows ?? 0..<count
        precondition(q.count == dimensions, "query of \(q.count) dimensions for a table of \(dimensions)")
        let d = dimensions
        let wide = d / 16 * 16
        return [Float](unsafeUninitializedCapacity: rows.count) { out, initialized in
            values.withUnsafeBufferPointer { v in
                q.withUnsafeBufferPointer { qv in
                    let vr = UnsafeRawPointer(v.baseAddress!), qr = UnsafeRawPointer(qv.baseAddress!)
                    for (k, r) in rows.enumerated() {
                        let base = r * d
                        var a = SIMD16<Float>(), b = SIMD16<Float>()
                        var i = 0
                        while i + 32 <= wide {
                            a += vr.loadUnaligned(fromByteOffset: (base + i) * 4, as: SIMD16<Float>.self)
                                * qr.loadUnaligned(fromByteOffset: i * 4, as: SIMD16<Float>.self)
                            b += vr.loadUnaligned(fromByteOffset: (base + i + 16) * 4, as: SIMD16<Float>.self)
                                * qr.loadUnaligned(fromByteOffset: (i + 16) * 4, as: SIMD16<Float>.self)
                            i += 32
                        }
                        if i < wide {
                            a += vr.loadUnaligned(fromByteOffset: (base + i) * 4, as: SIMD16<Float>.self)
                                * qr.loadUnaligned(fromByteOffset: i * 4, as: SIMD16<Float>.self)
                        }
                        var s = (a + b).sum()
                        for j in wide..<d { s += v[base + j] * qv[j] }
                        out[k] = s
                    }
                }
            }
            initialized = rows.count
        }
    }

    /// The same table truncated to `dims` components per row, renormalised.
    public func truncated(to dims: Int) -> VectorTable {
        guard dims < dimensions else { return self }
        var t = VectorTable(dimensions: dims)
        t.values.reserveCapacity(count * dims)
        for r in 0..<count {
            t.append(VectorMath.truncated(Array(values[(r * dimensions)..<((r + 1) * dimensions)]), to: dims))
        }
        return t
    }
}
