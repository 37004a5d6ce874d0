@testable import ChatSearchCore
import Foundation
import Testing
import TestSupport

/// A side file of the index (-wal, -shm, -journal) that is a symbolic link to a user's file: the link is
/// never followed, neither to change the file's mode nor to write through it; the index is refused,
/// naming the link. (Root follows links like any user, so no user needs simulating here.)
struct IndexSideFileLinkTests {
    @Test(arguments: ["-wal", "-shm", "-journal"])
    func aLinkedSideFileIsRefusedAndItsTargetUntouched(suffix: String) throws {
        let dir = TestPaths.temporaryDirectory("side-link")
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = dir.appendingPathComponent("idx.sqlite").path
        _ = try IndexStore(path: index) // a real, empty index
        let target = dir.appendingPathComponent("user-notes.txt").path
        try Data("the user's notes\n".utf8).write(to: URL(fileURLWithPath: target))
        chmod(target, 0o644)
        try FileManager.default.createSymbolicLink(atPath: index + suffix, withDestinationPath: target)

        #expect(throws: IndexError.cannotOpen(path: index + suffix, detail: "it is a symbolic link, which SQLite would write through; remove it")) {
            _ = try IndexStore(path: index)
        }
        var st = stat()
        #expect(stat(target, &st) == 0)
        #expect(st.st_mode & 0o777 == 0o644)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "the user's notes\n")
    }
}
