import Foundation
import ZIPFoundation

/// The chat files inside a zip archive, read into memory one entry at a time (nothing is unpacked to
/// disk). Entries are chosen like the files of a folder: hidden entries and `__MACOSX/` skipped, only the
/// extensions a folder walk reads, in sorted order.
enum ZipInput {
    /// The most one entry may inflate to; a larger entry (or a lying header) is reported, not read.
    static let maxEntryBytes = 1 << 30

    static func isZip(_ path: String) -> Bool {
        if SourceFile.fileExtension(SourceFile.fileName(path)) == "zip" { return true }
        var info = stat()  // never open a FIFO or a device: that could wait forever
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
              let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 4)) == Data([0x50, 0x4B, 0x03, 0x04])
    }

    /// `limits`: what the archive may inflate to (`ZipLimits`; tests pass small ones).
    static func entries(of path: String, limits: ZipLimits = .standard) -> (files: [SourceFile], problems: [LoadProblem]) {
        var st = stat()
        // A 0-byte .zip holds nothing, like an empty file: not a problem.
        if stat(path, &st) == 0, st.st_size == 0 { return ([], []) }
        let encrypted = ZipDirectory.encryptedEntries(of: path)
        let encryptedProblem = encrypted.isEmpty ? [] : [LoadProblem(path: path, reason:
            "the archive is encrypted (\(encrypted.count) entr\(encrypted.count == 1 ? "y" : "ies"): "
            + encrypted.prefix(3).joined(separator: ", ") + (encrypted.count > 3 ? ", ..." : "")
            + "); ChatSearch cannot read encrypted archives: unzip it with its password and give the folder")]
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            return ([], [LoadProblem(path: path, reason: "not a readable zip archive (\(error))")])
        }
        var chosen: [Entry] = []
        var others: [String] = []
        for entry in archive where entry.type == .file {
            let parts = entry.path.split(separator: "/")
            let hidden = parts.contains { $0.hasPrefix(".") } || parts.first == "__MACOSX"
            let ext = SourceFile.fileExtension(SourceFile.fileName(entry.path))
            if !hidden, ConversationLoader.folderExtensions.contains(ext), ext != "zip" {
                chosen.append(entry)
            } else {
                others.append(entry.path)
            }
        }
        guard encrypted.isEmpty || !chosen.isEmpty else { return ([], encryptedProblem) }
        guard !chosen.isEmpty else {
            let found = others.isEmpty ? "it is empty"
                : "it holds \(others.count) other file\(others.count == 1 ? "" : "s"): "
                    + others.prefix(5).joined(separator: ", ") + (others.count > 5 ? ", ..." : "")
            return ([], [LoadProblem(path: path, reason: "no chat files (.json, .jsonl, .txt, .vtt, .srt) in the archive; \(found)")])
        }
        let budget = ZipBudget(limits)
        let files = chosen.sorted { $0.path < $1.path }.map { entry in
            let shown = path + "/" + entry.path
            return SourceFile(path: shown, read: { () throws(LoadProblem) -> Data in
                try budget.read(entry, of: archive, shown: shown)
            })
        }
        return (files, encryptedProblem)
    }
}
