import Foundation

/// Reads the metadata at the start of a GGUF file, so a file that is not an embedding model is refused
/// with a clear reason before llama.cpp tries to build it.
///
/// The file is untrusted: every count, length and nesting level is checked against the file's size and
/// `maxNesting` before it is used, and a value that cannot fit is a `Malformed` error. Only the first
/// `window` bytes are read; metadata beyond them (a big vocabulary array, say) is simply not reported.
enum GGUFHeader {
    struct Metadata {
        /// Every key read, whatever its value type.
        var keys: Set<String> = []
        /// Values of the string-typed keys.
        var strings: [String: String] = [:]
    }

    /// Why a GGUF header cannot be read.
    struct Malformed: Error, CustomStringConvertible, Equatable {
        var description: String
    }

    /// Deepest array-of-arrays accepted (llama.cpp itself reads no nested arrays).
    static let maxNesting = 4
    /// Bytes read from the start of the file.
    static let window = 1 << 20

    /// The first `limit` metadata entries of the file; nil when it is not GGUF (v2 or later) or cannot be
    /// read. Throws `Malformed` when the header contradicts itself or the file's size.
    static func metadata(ofFile path: String, limit: Int = 64) throws -> Metadata? {
        guard let fh = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? fh.close() }
        guard let size = try? fh.seekToEnd(), (try? fh.seek(toOffset: 0)) != nil,
              let data = try? fh.read(upToCount: window) else { return nil }
        return try metadata(of: data, fileSize: size, limit: limit)
    }

    /// The metadata of a file of `fileSize` bytes whose first bytes are `data`.
    static func metadata(of data: Data, fileSize: UInt64, limit: Int = 64) throws -> Metadata? {
        var r = Reader(data: data, fileSize: max(fileSize, UInt64(data.count)))
        var out = Metadata()
        do {
            guard try r.bytes(4) == Data("GGUF".utf8), try r.u32() >= 2 else { return nil }
            _ = try r.u64()  // tensor count
            let kvCount = try r.u64()
            for _ in 0..<min(kvCount, UInt64(max(0, limit))) {
                let key = try r.string(what: "a key")
                let type = try r.u32()
                out.keys.insert(key)
                if type == 8 {
                    out.strings[key] = try r.string(what: "the value of \(key)")
                } else {
                    try r.skip(type: type, key: key, depth: 0)
                }
            }
        } catch is Reader.EndOfWindow {
            // The rest lies beyond the bytes read: report what was read.
        }
        return out
    }

    private struct Reader {
        struct EndOfWindow: Error {}

        let data: Data
        let fileSize: UInt64
        var offset = 0

        var remainingInFile: UInt64 { fileSize - UInt64(offset) }

        mutating func bytes(_ n: UInt64) throws -> Data {
            guard n <= remainingInFile else {
                throw Malformed(description: "\(n) bytes at offset \(offset) run past the end of the \(fileSize)-byte file")
            }
            guard n <= UInt64(data.count - offset) else { throw EndOfWindow() }
            let start = data.startIndex + offset
            offset += Int(n)
            return data.subdata(in: start..<(start + Int(n)))
        }

        mutating func integer<T: FixedWidthInteger>(_: T.Type) throws -> T {
            let b = try bytes(UInt64(MemoryLayout<T>.size))
            return b.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(as: T.self)) }
        }

        mutating func u32() throws -> UInt32 { try integer(UInt32.self) }
        mutating func u64() throws -> UInt64 { try integer(UInt64.self) }

        mutating func string(what: String) throws -> String {
            let n = try u64()
            guard n <= remainingInFile else {
                throw Malformed(description: "\(what) claims \(n) bytes, more than the \(remainingInFile) left in the file")
            }
            return String(decoding: try bytes(n), as: UTF8.self)
        }

        /// Sizes of the scalar types: 0-7 and 10-12 (8 is a string, 9 an array).
        static let scalarSizes: [UInt32: UInt64] = [0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8]

        /// The fewest bytes a value of `type` takes (its size for a scalar, its header otherwise).
        static func minimumSize(_ type: UInt32) -> UInt64? {
            if let s = scalarSizes[type] { return s }
            if type == 8 { return 8 }
            if type == 9 { return 12 }
            return nil
        }

        mutating func skip(type: UInt32, key: String, depth: Int) throws {
            if let s = Self.scalarSizes[type] { _ = try bytes(s); return }
            if type == 8 { _ = try string(what: "a string in \(key)"); return }
            guard type == 9 else { throw Malformed(description: "\(key) has an unknown value type \(type)") }
            guard depth < GGUFHeader.maxNesting else {
                throw Malformed(description: "\(key) nests arrays more than \(GGUFHeader.maxNesting) deep")
            }
            let inner = try u32()
            let count = try u64()
            guard let each = Self.minimumSize(inner) else {
                throw Malformed(description: "\(key) is an array of an unknown type \(inner)")
            }
            let (total, overflow) = count.multipliedReportingOverflow(by: each)
            guard !overflow, total <= remainingInFile else {
                throw Malformed(description: "\(key) claims an array of \(count) elements, more than the \(remainingInFile) bytes left in the file")
            }
            if Self.scalarSizes[inner] != nil { _ = try bytes(total); return }
            for _ in 0..<count { try skip(type: inner, key: key, depth: depth + 1) }
        }
    }
}
