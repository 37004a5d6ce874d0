import ChatSearchCore
import Foundation
import Testing
import TestSupport
@testable import ChatSearchEngine

/// Crafted GGUF headers: every count, length and nesting level is bounded before it is used.
struct GGUFHeaderTests {
    static func le<T: FixedWidthInteger>(_ v: T) -> [UInt8] { withUnsafeBytes(of: v.littleEndian) { Array($0) } }
    static func str(_ s: String) -> [UInt8] { le(UInt64(s.utf8.count)) + Array(s.utf8) }
    /// "GGUF", version 3, no tensors, `kv` entries, then `body`.
    static func header(kv: UInt64, _ body: [UInt8]) -> [UInt8] { Array("GGUF".utf8) + le(UInt32(3)) + le(UInt64(0)) + le(kv) + body }

    /// A 97-byte file whose one array claims 2^62 int32 elements.
    static var hugeArray: [UInt8] {
        let b = header(kv: 1, str("tokenizer.ggml.scores") + le(UInt32(9)) + le(UInt32(4)) + le(UInt64(1) << 62))
        return b + [UInt8](repeating: 0, count: 97 - b.count)
    }

    /// About 1 MB of arrays nested in arrays.
    static var deeplyNested: [UInt8] {
        var body = str("general.deep") + le(UInt32(9))
        let level = le(UInt32(9)) + le(UInt64(1))
        for _ in 0..<(1 << 20) / level.count { body += level }
        body += le(UInt32(4)) + le(UInt64(0))
        return header(kv: 1, body)
    }

    func write(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = TestPaths.temporaryDirectory().appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func hugeArrayCountIsAClearErrorNotATrap() throws {
        #expect(Self.hugeArray.count == 97)
        let path = try write(Self.hugeArray, "huge-array.gguf")
        #expect(throws: GGUFHeader.Malformed.self) { _ = try GGUFHeader.metadata(ofFile: path) }
        do {
            _ = try LlamaEmbedder(modelPath: path)
            Issue.record("a crafted header was accepted")
        } catch let e as EmbedderError {
            #expect(e.description.contains(path))
            #expect(e.description.contains("malformed") && e.description.contains("4611686018427387904 elements"), "\(e)")
        }
    }

    @Test func deeplyNestedArraysAreAClearErrorNotAStackOverflow() throws {
        #expect(Self.deeplyNested.count > 1_000_000)
        let path = try write(Self.deeplyNested, "deep.gguf")
        do {
            _ = try LlamaEmbedder(modelPath: path)
            Issue.record("a crafted header was accepted")
        } catch let e as EmbedderError {
            #expect(e.description.contains(path))
            #expect(e.description.contains("nests arrays more than \(GGUFHeader.maxNesting) deep"), "\(e)")
        }
    }

    @Test func lengthsBeyondTheFileAreMalformed() throws {
        let cases: [[UInt8]] = [
            Self.header(kv: 1, Self.le(UInt64.max) + Array("k".utf8)),                      // key length
            Self.header(kv: 1, Self.str("k") + Self.le(UInt32(8)) + Self.le(UInt64(1) << 40)),  // string value
            Self.header(kv: 1, Self.str("k") + Self.le(UInt32(9)) + Self.le(UInt32(8)) + Self.le(UInt64.max)),  // strings
            Self.header(kv: 1, Self.str("k") + Self.le(UInt32(9)) + Self.le(UInt32(12)) + Self.le(UInt64.max / 4)),
            Self.header(kv: 1, Self.str("k") + Self.le(UInt32(77))),                        // unknown type
        ]
        for bytes in cases {
            #expect(throws: GGUFHeader.Malformed.self) { _ = try GGUFHeader.metadata(of: Data(bytes), fileSize: UInt64(bytes.count)) }
        }
        // A header cut by the read window (not by the file) reports what it read.
        let long = Self.header(kv: 2, Self.str("general.architecture") + Self.le(UInt32(8)) + Self.str("bert")
                               + Self.str("big") + Self.le(UInt32(8)) + Self.le(UInt64(5000)))
        let m = try #require(try GGUFHeader.metadata(of: Data(long), fileSize: UInt64(long.count) + 5000))
        #expect(m.strings["general.architecture"] == "bert")
    }

    @Test func theRealModelHeaderStillReads() throws {
        let m = try #require(try GGUFHeader.metadata(ofFile: TestPaths.defaultModel))
        #expect(m.strings["general.architecture"] != nil)
        #expect(m.keys.count > 10)
    }
}
