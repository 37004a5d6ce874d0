import ChatSearchCore
import Foundation
import Testing

/// A PDF or an image among chat files is named as binary, with no advice about formats.
@Suite struct BinaryInputTests {
    @Test(arguments: [
        ([UInt8]("%PDF-1.7\n".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x00, 0xFF], "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "a PNG image"),
        ([UInt8]("hello".utf8) + [0x00, 0x01, 0x02], "binary data"),
    ])
    func binaryFileIsNamedAsBinary(_ bytes: [UInt8], _ kind: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("binary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("some.file")
        try Data(bytes).write(to: file)
        let chat = dir.appendingPathComponent("chat.txt")
        try "Alice: hello there\nBob: hi\n".write(to: chat, atomically: true, encoding: .utf8)
        // Named on the command line (a folder scan passes over unknown extensions).
        let result = ConversationLoader.load(paths: [file.path, chat.path])
        #expect(result.conversations.count == 1)
        let problems = result.problems.filter { $0.path == file.path }
        #expect(problems.map(\.reason) == ["binary file (\(kind)), not a chat export"])
    }
}
