import Foundation
import Testing
import TestSupport

/// SIGINT and SIGTERM sent to the built binary while it reads a big generated ChatGPT export and while it
/// loads the model and writes the index: the process ends by that signal, promptly, and the index it was
/// writing is still the one it was before (every write is one SQLite transaction). The phase is known from
/// `--verbose`, which says on stderr when each start-up phase ends. Also a SIGINT ignored by the parent
/// (a shell does that to jobs it starts with `&`; here `trap '' INT` in bash, inherited across exec).
@Suite(.serialized)
struct StartUpSignalTests {
    enum Phase { case readingChats, modelAndIndex }

    struct Run {
        var status: Int32
        var bySignal: Bool
        var stderr: String
        var secondsAfterSignal: Double
    }

    static let dir = TestPaths.temporaryDirectory("start-up-signals")
    static let chat = TestPaths.packageRoot.appendingPathComponent("SampleData/dinner-plans.json").path

    /// A ChatGPT export of about `megabytes` MB (conversations of ten turns).
    static let bigExport: String = {
        let path = dir.appendingPathComponent("conversations.json").path
        var out = "["
        var c = 0
        let sentence = "We compared the flight budget with the hotel plan and the dinner recipe for the trip. "
        while out.utf8.count < 24_000_000 {
            if c > 0 { out += "," }
            var mapping: [String] = ["\"c\(c)-root\":{\"id\":\"c\(c)-root\",\"message\":null,\"parent\":null,\"children\":[\"c\(c)-m0\"]}"]
            for t in 0..<10 {
                let role = t % 2 == 0 ? "user" : "assistant"
                let text = String(repeating: sentence, count: t % 2 == 0 ? 2 : 12) + "Note \(c)-\(t)."
                let parent = t == 0 ? "c\(c)-root" : "c\(c)-m\(t - 1)"
                let children = t < 9 ? "[\"c\(c)-m\(t + 1)\"]" : "[]"
                mapping.append("\"c\(c)-m\(t)\":{\"id\":\"c\(c)-m\(t)\",\"parent\":\"\(parent)\",\"children\":\(children),\"message\":{\"id\":\"c\(c)-m\(t)\",\"author\":{\"role\":\"\(role)\"},\"create_time\":\(1_700_000_000 + c * 100 + t),\"content\":{\"content_type\":\"text\",\"parts\":[\"\(text)\"]}}}")
            }
            out += "{\"conversation_id\":\"conv-\(c)\",\"title\":\"Trip \(c)\",\"current_node\":\"c\(c)-m9\",\"mapping\":{\(mapping.joined(separator: ","))}}"
            c += 1
        }
        out += "]"
        try! out.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }()

    /// Starts a search over the big export and the sample chat, waits for `phase`, sends `signal` and
    /// waits for the end. `shellPrefix` runs it through bash with that prefix before `exec`.
    static func interrupt(_ signal: Int32, during phase: Phase, index: String, shellPrefix: String? = nil) throws -> Run {
        let err = dir.appendingPathComponent("stderr-\(signal)-\(phase)").path
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        let arguments = ["search", bigExport, chat, "--no-wait", "--verbose", "--index", index, "-q", "dinner", "--top", "1"]
        let p = Process()
        if let shellPrefix {
            p.executableURL = URL(fileURLWithPath: "/bin/bash")
            p.arguments = ["-c", shellPrefix + "; exec \"$0\" \"$@\"", TestPaths.binary] + arguments
        } else {
            p.executableURL = URL(fileURLWithPath: TestPaths.binary)
            p.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        env["CHATSEARCH_MODEL"] = TestPaths.defaultModel
        p.environment = env
        p.standardOutput = FileHandle.nullDevice
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        try p.run()
        let deadline = Date().addingTimeInterval(120)
        func stderr() -> String { (try? String(contentsOfFile: err, encoding: .utf8)) ?? "" }
        switch phase {
        case .readingChats:
            Thread.sleep(forTimeInterval: 0.4)
            #expect(!stderr().contains("conversations"), "the chats were read before the signal: \(stderr())")
        case .modelAndIndex:
            while p.isRunning, !stderr().contains(" conversations\n"), Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
            #expect(!stderr().contains("to index:"), "start-up ended before the signal: \(stderr())")
        }
        kill(p.processIdentifier, signal)
        let sent = Date()
        while p.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        if p.isRunning { p.terminate() }
        p.waitUntilExit()
        return Run(status: p.terminationStatus, bySignal: p.terminationReason == .uncaughtSignal, stderr: stderr(),
                   secondsAfterSignal: Date().timeIntervalSince(sent))
    }

    /// An index holding the sample chat's text, made by a run that was not interrupted.
    static func indexWithTheSampleChat(_ name: String) throws -> String {
        let index = dir.appendingPathComponent(name).path
        let r = try BinaryRunner.run(["search", chat, "--no-wait", "--index", index, "-q", "dinner"])
        #expect(r.status == 0, "first run: \(r.stderr)")
        return index
    }

    /// The index opens as it was: one conversation, searched without a word about damage.
    static func expectIntact(_ index: String) throws {
        #expect(try IndexCounts.of(index: index).conversations == 1)
        let r = try BinaryRunner.run(["search", chat, "--no-wait", "--index", index, "-q", "dinner", "--top", "1", "--mode", "hybrid"])
        #expect(r.status == 0, "after the signal: \(r.stderr)")
        #expect(!r.stderr.contains("damaged") && !r.stderr.contains("rebuilding"), "stderr: \(r.stderr)")
        #expect(r.lines.count == 1, "stdout: \(r.stdout)")
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalWhileReadingChatsEndsTheRunByIt(_ signal: Int32) throws {
        let index = try Self.indexWithTheSampleChat("reading-\(signal).sqlite")
        let run = try Self.interrupt(signal, during: .readingChats, index: index)
        #expect(run.bySignal && run.status == signal, "status \(run.status) (by signal: \(run.bySignal)); stderr: \(run.stderr)")
        #expect(run.secondsAfterSignal < 2, "ended \(run.secondsAfterSignal) s after the signal")
        try Self.expectIntact(index)
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalWhileLoadingTheModelAndWritingTheIndexEndsTheRunByIt(_ signal: Int32) throws {
        let index = try Self.indexWithTheSampleChat("model-\(signal).sqlite")
        let run = try Self.interrupt(signal, during: .modelAndIndex, index: index)
        #expect(run.bySignal && run.status == signal, "status \(run.status) (by signal: \(run.bySignal)); stderr: \(run.stderr)")
        #expect(run.secondsAfterSignal < 2, "ended \(run.secondsAfterSignal) s after the signal")
        try Self.expectIntact(index)
    }

    /// Started as a background job is (SIGINT and SIGQUIT ignored): `kill -INT` still ends it.
    @Test(arguments: [SIGINT, SIGQUIT])
    func anInterruptIgnoredByTheParentStillEndsTheRun(_ signal: Int32) throws {
        let index = try Self.indexWithTheSampleChat("ignored-\(signal).sqlite")
        let run = try Self.interrupt(signal, during: .readingChats, index: index, shellPrefix: "trap '' INT QUIT")
        #expect(run.bySignal && run.status == signal, "status \(run.status) (by signal: \(run.bySignal)); stderr: \(run.stderr)")
        try Self.expectIntact(index)
    }
}
