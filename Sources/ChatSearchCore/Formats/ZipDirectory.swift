import Foundation

/// The names of a zip archive's encrypted entries, read from its central directory (ZIPFoundation
/// leaves encrypted entries out, and stops listing at the first one). Only the end-of-directory record
/// and the directory are read (at most `maxDirectoryBytes`); an archive whose directory cannot be found
/// this way (zip64, damaged) gives [].
enum ZipDirectory {
    static let maxDirectoryBytes = 64 << 20

    static func encryptedEntries(of path: String) -> [String] {
        guard let fh = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? fh.close() }
        guard let size = try? fh.seekToEnd(), size >= 22 else { return [] }
        // The end-of-central-directory record: 22 bytes plus a comment of at most 65,535.
        let tailLength = min(size, 22 + 65_535)
        guard (try? fh.seek(toOffset: size - tailLength)) != nil, let tail = try? fh.read(upToCount: Int(tailLength)) else { return [] }
        let t = [UInt8](tail)
        func u16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
        func u32(_ b: [UInt8], _ i: Int) -> Int { u16(b, i) | u16(b, i + 2) << 16 }
        guard let end = stride(from: t.count - 22, through: 0, by: -1).first(where: { t[$0] == 0x50 && t[$0 + 1] == 0x4B && t[$0 + 2] == 5 && t[$0 + 3] == 6 })
        else { return [] }
        let dirSize = u32(t, end + 12), dirOffset = u32(t, end + 16)
        guard dirSize <= maxDirectoryBytes, UInt64(dirOffset + dirSize) <= size,
              (try? fh.seek(toOffset: UInt64(dirOffset))) != nil, let dir = try? fh.read(upToCount: dirSize) else { return [] }
        let d = [UInt8](dir)
        var names: [String] = []
        var i = 0
        while i + 46 <= d.count, d[i] == 0x50, d[i + 1] == 0x4B, d[i + 2] == 1, d[i + 3] == 2 {
            let flags = u16(d, i + 8), nameLength = u16(d, i + 28), extra = u16(d, i + 30), comment = u16(d, i + 32)
            guard i + 46 + nameLength <= d.count else { break }
            if flags & 1 != 0 { names.append(String(decoding: d[(i + 46)..<(i + 46 + nameLength)], as: UTF8.self)) }
            i += 46 + nameLength + extra + comment
        }
        return names
    }
}
