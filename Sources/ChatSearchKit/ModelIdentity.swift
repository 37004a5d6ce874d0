import ChatSearchCore
import Foundation

/// The sha256 of a model file, which keys the index. The file is hashed once, streamed, and the result
/// remembered in the cache next to the file's size and modification time.
enum ModelIdentity {
    static func sha256(ofFile path: String) throws -> String {
        let attrs = try FileManager.default.attributesOfItem(atPath: path)
        let size = (attrs[.size] as? NSNumber)?.int64Value ?? -1
        let mtime = (attrs[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let stamp = "\(size) \(Int64(mtime * 1000))"
        let memo = "\(Paths.cacheDirectory)/model-sha256/\(Digest.hex(SourcePath.canonical(path)))"
        if let saved = try? String(contentsOfFile: memo, encoding: .utf8) {
            let parts = saved.split(separator: "\n")
            if parts.count == 2, parts[0] == stamp { return String(parts[1]) }
        }
        let digest: String
        do { digest = try Digest.hex(ofFile: path) } catch { throw EmbedderError.modelNotFound(path) }
        try? PrivateFolders.create(above: memo)
        let tmp = memo + ".\(getpid()).tmp"
        if (try? "\(stamp)\n\(digest)".write(toFile: tmp, atomically: false, encoding: .utf8)) != nil {
            _ = rename(tmp, memo)
        }
        return digest
    }
}
