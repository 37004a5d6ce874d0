import Foundation

/// Reads the metadata at the start of a GGUF file, so a file that is not an embedding model is refused
/// with a clear reason before llama.cpp tries to build it.
enum GGUFHeader {
    struct Metadata {
        /// Every key read, whatever its value type.
        var keys: Set<String> = []
        /// Values of the string-typed keys.
        var strings: [String: String] = [:]
    }

    /// The first `limit` metadata entries of the file, or nil when it is not readable GGUF.
    static func metadata(ofFile path: String, limit: Int = 64) -> Metadata? {
        guard let fh = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? fh.close() }
        guard let data = try? fh.read(upToCount: 1 << 20) else { return nil }
        var r = Reader(data: data)
        guard r.bytes(4) == Data("GGUF".utf8), let version = r.u32(), version >= 2,
              r.u64() != nil, let kvCount = r.u64() else { return nil }
        var out = Metadata()
        for _ in 0..<min(kvCount, UInt64(limit)) {
            guard let key = r.string(), let type = r.u32() else { break }
            out.keys.insert(key)
            if type == 8 {
                guard let v = r.string() else { break }
                out.strings[key] = v
            } else if !r.skip(type: type) {
                break
            }
        }
        return out
    }

    private struct Reader {
        let data: Data
        var offset = 0

        mutating func bytes(_ n: Int) -> Data? {
            guard n >= 0, offset + n <= data.count else { return nil }
            defer { offset += n }
            return data.subdata(in: (data.startIndex + offset)..<(data.startIndex + offset + n))
        }

        mutating func integer<T: FixedWidthInteger>(_: T.Type) -> T? {
            guard let b = bytes(MemoryLayout<T>.size) else { return nil }
            return b.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(as: T.self)) }
        }

        mutating func u32() -> UInt32? { integer(UInt32.self) }
        mutating func u64() -> UInt64? { integer(UInt64.self) }

        mutating func string() -> String? {
            guard let n = u64(), n < 1 << 20, let b = bytes(Int(n)) else { return nil }
            return String(decoding: b, as: UTF8.self)
        }

        /// Skips a value of a GGUF type: 0-7 and 10-12 are scalars, 8 a string, 9 an array.
        mutating func skip(type: UInt32) -> Bool {
            let sizes: [UInt32: Int] = [0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8]
            if let s = sizes[type] { return bytes(s) != nil }
            if type == 8 { return string() != nil }
            if type == 9 {
                guard let inner = u32(), let count = u64() else { return false }
                if let s = sizes[inner] { return bytes(Int(count) * s) != nil }
                for _ in 0..<count where !skip(type: inner) { return false }
                return true
            }
            return false
        }
    }
}
