import Foundation

/// Files that are not text at all (a PDF, an image): named as such instead of as text with bad bytes.
enum BinaryFile {
    static let signatures: [(bytes: [UInt8], kind: String)] = [
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        (Array("SQLite format 3".utf8) + [0], "an SQLite database"),
        ([0x1F, 0x8B], "gzip-compressed data"),
        (Array("OggS".utf8), "Ogg audio"),
        (Array("ID3".utf8), "MP3 audio"),
    ]

    /// What the file is when it is binary: a known signature, or a NUL byte in its first 8 KiB (UTF-16
    /// text with a byte-order mark excepted); nil for text.
    static func kind(_ data: Data) -> String? {
        let head = [UInt8](data.prefix(8192))
        for s in signatures where head.starts(with: s.bytes) { return s.kind }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return nil }
        return head.contains(0) ? "binary data" : nil
    }

    static func reason(_ kind: String) -> String { "binary file (\(kind)), not a chat export" }
}
