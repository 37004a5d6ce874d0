import Foundation
import Testing

/// The repository's own text files carry no leftover merge-conflict markers (one reached the README once).
struct RepositoryHygieneTests {
    private let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func noConflictMarkersInTheRepositorysTextFiles() throws {
        let markers = [String(repeating: "<", count: 7) + " ", String(repeating: ">", count: 7) + " "]
        let textExtensions: Set<String> = ["swift", "md", "py", "sh", "jsonl", "txt", "h", "c", "modulemap"]
        var files = ["README.md", "Makefile", "Package.swift"].map { root.appendingPathComponent($0) }
        for folder in ["Sources", "Tests", "docs", "eval", "scripts", ".ci"] {
            let e = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = e?.nextObject() as? URL {
                if textExtensions.contains(url.pathExtension) || url.lastPathComponent == "run" { files.append(url) }
            }
        }
        #expect(files.count > 100)
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where markers.contains(where: { line.hasPrefix($0) }) {
                Issue.record("\(file.path):\(n + 1): a merge-conflict marker")
            }
        }
    }
}
