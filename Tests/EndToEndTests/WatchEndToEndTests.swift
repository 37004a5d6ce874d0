import Foundation
import Testing
import TestSupport

/// `chatsearch index`: indexing without searching, and `--watch` keeping up with a session file that grows.
@Suite(.serialized)
struct WatchEndToEndTests {
    static func line(_ id: Int, _ speaker: String, _ text: String) -> String {
        let o: [String: Any] = ["conversation": "agent-session", "title": "fix the login test", "id": "\(id)", "speaker": speaker,
                                "time": "2026-12-02T10:\(String(format: "%02d", id)):00", "text": text]
        return String(decoding: try! JSONSerialization.data(withJSONObject: o, options: [.sortedKeys]), as: UTF8.self) + "\n"
    }

    static let opening = [
        line(1, "user", "The login test fails on CI but passes on my laptop."),
        line(2, "assistant", "It waits for the redirect with a fixed timeout; CI is slower, so the redirect arrives late."),
        line(3, "user", "Can you make it wait for the page instead?"),
    ].joined()

    func folder() throws -> (folder: String, file: String, index: String) {
        let dir = TestPaths.temporaryDirectory("watch")
        let folder = dir.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("session.jsonl").path
        try Self.opening.write(toFile: file, atomically: true, encoding: .utf8)
        return (folder.path, file, dir.appendingPathComponent("index.sqlite").path)
    }

    @Test func indexStoresEverythingAndSaysSoOnStderr() throws {
        let (folder, _, index) = try folder()
        let r = try BinaryRunner.run(["index", folder, "--index", index])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("chatsearch: indexed 1 conversation, 6 turn vectors embedded"), "stderr: \(r.stderr)")
        let counts = try IndexCounts.of(index: index)
        #expect(counts.conversations == 1 && counts.vectorSets == 2, "\(counts)")
        // Nothing changed: nothing embedded; --quiet prints nothing.
        let again = try BinaryRunner.run(["index", folder, "--index", index, "--quiet"])
        #expect(again.status == 0 && again.stderr.isEmpty, "stderr: \(again.stderr)")
        // A search afterwards embeds nothing.
        let s = try BinaryRunner.run(["search", folder, "--index", index, "-q", "redirect timeout"])
        #expect(s.status == 0 && !s.stderr.contains("Indexed"), "stderr: \(s.stderr)")
    }

    /// `index --include-tools` reads coding agents' tool calls and outputs as turns, as `search` does.
    @Test func indexPassesIncludeToolsToTheReaders() throws {
        let session = SourcesEndToEndTests.agents.appendingPathComponent("claude-code/-home-ana-myapp/5f1c2a9e-7d41-4c0b-9a53-2b8e61f0c7aa.jsonl").path
        func turnVectors(_ extra: [String]) throws -> Int {
            let index = TestPaths.temporaryDirectory("index-tools").appendingPathComponent("i.sqlite").path
            let r = try BinaryRunner.run(["index", session, "--index", index] + extra)
            #expect(r.status == 0, "stderr: \(r.stderr)")
            let m = try #require(r.stderr.firstMatch(of: /, (\d+) turn vectors embedded/), "stderr: \(r.stderr)")
            return Int(m.1)!
        }
        let plain = try turnVectors([]), withTools = try turnVectors(["--include-tools"])
        #expect(withTools > plain, "--include-tools: \(withTools) turn vectors, without: \(plain)")
    }

    @Test func indexFailsClearlyOnAMissingPath() throws {
        let r = try BinaryRunner.run(["index", "/nonexistent/chats", "--index", TestPaths.temporaryDirectory().appendingPathComponent("i.sqlite").path])
        #expect(r.status == 66)
        #expect(r.stderr.contains("no such file or folder: /nonexistent/chats"), "stderr: \(r.stderr)")
    }

    @Test func watchFindsAnAppendedTurnWithinFiveSeconds() throws {
        let (folder, file, index) = try folder()
        let err = TestPaths.temporaryDirectory("watch-err").appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: TestPaths.binary)
        p.arguments = ["index", "--watch", folder, "--index", index]
        var env = ProcessInfo.processInfo.environment
        env["CHATSEARCH_MODEL"] = TestPaths.defaultModel
        p.environment = env
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        p.standardError = try FileHandle(forWritingTo: err)
        try p.run()
        defer { if p.isRunning { p.terminate(); p.waitUntilExit() } }
        func stderr() -> String { (try? String(contentsOf: err, encoding: .utf8)) ?? "" }
        func wait(for text: String, seconds: Double) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if stderr().contains(text) { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return stderr().contains(text)
        }
        try #require(wait(for: "chatsearch: watching", seconds: 120), "stderr: \(stderr())")

        let appended = Date()
        let handle = try #require(FileHandle(forWritingAtPath: file))
        handle.seekToEndOfFile()
        handle.write(Data(Self.line(4, "assistant", "Done: the test now waits until the dashboard heading is visible.").utf8))
        try handle.close()
        #expect(wait(for: "chatsearch: indexed \(file)", seconds: 5), "not indexed within 5 s; stderr: \(stderr())")
        let elapsed = Date().timeIntervalSince(appended)
        #expect(elapsed <= 5, "\(elapsed) s")
        // Only the change was embedded: the new naive vector and the late blocks that see it (three).
        #expect(stderr().contains("chatsearch: indexed \(file): 1 conversation, 4 turn vectors embedded"), "stderr: \(stderr())")

        // Found at once by a search that embeds nothing itself.
        let r = try BinaryRunner.run(["search", folder, "--index", index, "--no-wait", "-q", "waits for the dashboard heading",
                                      "--mode", "late", "--top", "1", "--format", "jsonl"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(!r.stderr.contains("dense results cover"), "stderr: \(r.stderr)")
        #expect(r.stdout.contains("dashboard heading is visible"), "stdout: \(r.stdout)")
        p.terminate()
        p.waitUntilExit()
    }
}
