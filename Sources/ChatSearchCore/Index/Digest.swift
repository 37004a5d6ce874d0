import Crypto
import Foundation

/// SHA-256 (swift-crypto's, hardware-accelerated where the CPU allows) as lower-case hex: how ChatSearch
/// names content (conversations, model files, cache entries).
public enum Digest {
    public static func hex(_ string: String) -> String { hex(data: Array(string.utf8)) }

    public static func hex<D: DataProtocol>(data: D) -> String { hex(SHA256.hash(data: data)) }

    static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(SHA256.Digest.byteCount * 2)
        for b in digest {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The file's bytes streamed through the hash in 1 MiB reads (never whole in memory).
    public static func hex(ofFile path: String) throws -> String {
        guard let fh = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        defer { try? fh.close() }
        var hasher = SHA256()
        while let chunk = try fh.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return hex(hasher.finalize())
    }
}
