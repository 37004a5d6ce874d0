import Foundation
import Testing
import TestSupport

/// Errors reach the user once, in one voice: "chatsearch: MESSAGE" on one line of stderr, with the exit
/// status of the README's table, never a raw Foundation error.
@Suite(.serialized)
struct MessageEndToEndTests {
    let dir = TestPaths.temporaryDirectory("e2e-messages")

    func chats() throws -> String {
        let chats = dir.appendingPathComponent("chats")
        try FileManager.default.createDirectory(at: chats, withIntermediateDirectories: true)
        try "Ana: Shall we take the night train to Vienna?\nBen: Yes, the sleeper leaves at nine.\n"
            .write(to: chats.appendingPathComponent("trip.txt"), atomically: true, encoding: .utf8)
        return chats.path
    }

    @Test func evalWithAMissingQueriesFileSaysSoInOneLineAndExits66() throws {
        let missing = dir.appendingPathComponent("missing.jsonl").path
        let r = try BinaryRunner.run(["eval", try chats(), "--queries", missing])
        #expect(r.status == 66, "\(r.stderr)")
        #expect(r.stderr == "chatsearch: no such file: \(missing) (--queries)\n", "\(r.stderr)")
        #expect(!r.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func evalWithAMissingLoCoMoFileExits66() throws {
        let missing = dir.appendingPathComponent("locomo-missing.json").path
        let r = try BinaryRunner.run(["eval", missing, "--locomo"])
        #expect(r.status == 66, "\(r.stderr)")
        #expect(r.stderr == "chatsearch: no such file or folder: \(missing)\n", "\(r.stderr)")
    }

    @Test func evalWithAQueriesFileThatCannotBeReadNamesItAndExits65() throws {
        let folder = dir.appendingPathComponent("a-folder.jsonl")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let r = try BinaryRunner.run(["eval", try chats(), "--queries", folder.path])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr == "chatsearch: \(folder.path): cannot be read\n", "\(r.stderr)")

        let bad = dir.appendingPathComponent("bad.jsonl")
        try "{\"query\": \"train\", \"conversation\": \"trip\", \"relevant\": [\"1\"]}\nnot a query\n".write(to: bad, atomically: true, encoding: .utf8)
        let b = try BinaryRunner.run(["eval", try chats(), "--queries", bad.path])
        #expect(b.status == 65, "\(b.stderr)")
        #expect(b.stderr.hasPrefix("chatsearch: \(bad.path):2: expected {"), "\(b.stderr)")
        #expect(b.stderr.split(separator: "\n").count == 1, "\(b.stderr)")
    }
}
