import ChatSearchCore
import Foundation

/// The sha256 of a model file, which keys the index. Hashing 90 MB takes a moment, so the result is
/// remembered in the cache next to the file's size and modification time.
enum ModelIdentity {
    static func sha256(ofFile path: String) throws -> String {
        let attrs = try FileManager.default.attributesOfItem(atPath: path)
        let size = (attrs[.size] as? NSNumber)?.int64Value ?? -1
        let mtime = (attrs[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let stamp = "\(size) \(Int64(mtime * 1000))"
        let memo = "\(Paths.cacheDirectory)/model-sha256/\(SHA256.hex(URL(fileURLWithPath: path).standardizedFileURL.path))"
        if let saved = try? String(contentsOfFile: memo, encoding: .utf8) {
            let parts = saved.split(separator: "\n")
            if parts.count == 2, parts[0] == stamp { return String(parts[1]) }
        }
        let digest = try hashFile(path)
        try? FileManager.default.createDirectory(atPath: (memo as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let tmp = memo + ".\(getpid()).tmp"
        if (try? "\(stamp)\n\(digest)".write(toFile: tmp, atomically: false, encoding: .utf8)) != nil {
            _ = rename(tmp, memo)
        }
        return digest
    }

    private static func hashFile(_ path: String) throws -> String {
        // coreutils' sha256sum is much faster than hashing in Swift; fall back when it is missing.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum") {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
            p.arguments = [path]
            let pipe = Pipe()
            p.standardOutput = pipe
            p.standardError = FileHandle.nullDevice
            try p.run()
            let out = pipe.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            if p.terminationStatus == 0, let s = String(data: out, encoding: .utf8)?.split(separator: " ").first, s.count == 64 {
                return String(s)
            }
        }
        guard let fh = FileHandle(forReadingAtPath: path) else { throw EmbedderError.modelNotFound(path) }
        defer { try? fh.close() }
        var h = SHA256()
        while let chunk = try fh.read(upToCount: 1 << 20), !chunk.isEmpty { h.update(chunk) }
        return SHA256.hex(h.finalize())
    }
}
