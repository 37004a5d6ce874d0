import Foundation
@testable import ChatSearchCore

/// Path of a file under Fixtures/formats/.
func formatsFixture(_ relative: String) -> String {
    let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    return root.appendingPathComponent("formats").appendingPathComponent(relative).path
}

/// A fresh temporary folder with the given files (relative path -> bytes), removed by the caller.
func makeTemporaryFolder(_ files: [String: Data]) throws -> String {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("chatsearch-formats-\(UUID().uuidString)")
    for (relative, data) in files {
        let url = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }
    return folder.path
}

extension Conversation {
    var texts: [String] { turns.map(\.text) }
    var speakers: [String?] { turns.map(\.speaker) }
    var turnIDs: [String] { turns.map(\.id) }
}
