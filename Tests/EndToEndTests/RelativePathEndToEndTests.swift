import Foundation
import Testing
import TestSupport

/// `chatsearch chats` from the folder that holds them (as `make run` does with SampleData): after an
/// edit the index keeps only the new version.
@Suite(.serialized)
struct RelativePathEndToEndTests {
    @Test func editingAFileGivenByARelativePathReplacesItsConversation() throws {
        let dir = TestPaths.temporaryDirectory("e2e-relative")
        let chats = dir.appendingPathComponent("chats")
        try FileManager.default.createDirectory(at: chats, withIntermediateDirectories: true)
        let file = chats.appendingPathComponent("trip.txt")
        func write(_ last: String) throws {
            try "Ana: Shall we take the night train to Vienna?\nBen: \(last)\n".write(to: file, atomically: true, encoding: .utf8)
        }
        func run(_ arguments: String) throws -> CommandResult {
            try BinaryRunner.run([], shell: "cd '\(dir.path)' && \"$CHATSEARCH_BIN\" \(arguments) --index index.sqlite")
        }
        try write("Yes, the sleeper leaves at nine.")
        try "Kim: The build is green again.\n".write(to: chats.appendingPathComponent("ci.txt"), atomically: true, encoding: .utf8)
        #expect(try run("search chats -q train").status == 0)
        try write("Yes, the sleeper leaves at ten.")
        #expect(try run("search chats -q train").status == 0)
        let info = try run("info")
        #expect(info.status == 0, "\(info.stderr)")
        #expect(info.stdout.contains("2 conversations"), "\(info.stdout)")
    }
}
