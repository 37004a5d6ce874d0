import Foundation
import Testing
import TestSupport

/// A model that is not a regular file (a FIFO, /dev/stdin on a pipe) is refused at once with a clear
/// message, by `--model` and by `$CHATSEARCH_MODEL`, instead of blocking in open. Each run has a
/// 60-second `timeout` so that a hang fails the test instead of stalling it.
@Suite(.serialized)
struct ModelFileKindTests {
    @Test func aFIFOAsTheModelIsRefused() throws {
        let dir = TestPaths.temporaryDirectory("model-fifo")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("model.gguf").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let chats = CLIEndToEndTests.chats
        let byOption = try BinaryRunner.run([], shell: "timeout 60 \"$CHATSEARCH_BIN\" search '\(chats)' -q hiking --model '\(fifo)'")
        #expect(byOption.status == 1, "stderr: \(byOption.stderr)")
        #expect(byOption.stderr.contains("the model \(fifo) is a pipe (FIFO)"), "stderr: \(byOption.stderr)")
        let byEnvironment = try BinaryRunner.run([], environment: ["CHATSEARCH_MODEL": fifo],
                                                 shell: "timeout 60 \"$CHATSEARCH_BIN\" search '\(chats)' -q hiking")
        #expect(byEnvironment.status == 1, "stderr: \(byEnvironment.stderr)")
        #expect(byEnvironment.stderr.contains("is a pipe (FIFO)"), "stderr: \(byEnvironment.stderr)")
        let stdinPipe = try BinaryRunner.run([], shell: "echo x | timeout 60 \"$CHATSEARCH_BIN\" search '\(chats)' -q hiking --model /dev/stdin")
        #expect(stdinPipe.status == 1, "stderr: \(stdinPipe.stderr)")
        #expect(stdinPipe.stderr.contains("is a pipe (FIFO)"), "stderr: \(stdinPipe.stderr)")
    }
}
