import ChatSearchCore
import ChatSearchEngine
import Foundation

/// Paths and shared resources for tests: the package root, the default model set up by `make setup`,
/// and the built binary.
public enum TestPaths {
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static var defaultModel: String {
        if let p = ProcessInfo.processInfo.environment["CHATSEARCH_MODEL"], !p.isEmpty { return p }
        return packageRoot.appendingPathComponent(".deps/model/all-MiniLM-L6-v2.gguf").path
    }

    /// The multilingual model (multilingual-e5-small) set up by `make setup`, or nil when the set-up could
    /// not build it (its tests then skip with `multilingualSkipReason`).
    public static var multilingualModel: String? {
        let p = packageRoot.appendingPathComponent(".deps/model-multilingual/multilingual-e5-small.gguf").path
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }

    public static let multilingualSkipReason =
        "the multilingual model is not set up (scripts/setup.sh could not build .deps/model-multilingual; see its warning)"

    /// The chatsearch binary: $CHATSEARCH_BIN, else the release or debug build in .build.
    public static var binary: String {
        if let p = ProcessInfo.processInfo.environment["CHATSEARCH_BIN"], !p.isEmpty { return p }
        for config in ["debug", "release"] {
            let p = packageRoot.appendingPathComponent(".build/\(config)/chatsearch").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return packageRoot.appendingPathComponent(".build/debug/chatsearch").path
    }

    public static func temporaryDirectory(_ name: String = "chatsearch-test") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// One real engine per model and test process, used by one test at a time (llama.cpp contexts are not
/// thread-safe).
public enum SharedModel {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var embedders: [String: LlamaEmbedder] = [:]

    /// The default model.
    public static func with<T>(_ body: (LlamaEmbedder) throws -> T) throws -> T {
        try with(path: TestPaths.defaultModel, body)
    }

    /// The multilingual model (callers skip when `TestPaths.multilingualModel` is nil).
    public static func multilingual<T>(_ body: (LlamaEmbedder) throws -> T) throws -> T {
        guard let path = TestPaths.multilingualModel else { throw EmbedderError.modelNotFound(TestPaths.multilingualSkipReason) }
        return try with(path: path, body)
    }

    public static func with<T>(path: String, _ body: (LlamaEmbedder) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        if embedders[path] == nil { embedders[path] = try LlamaEmbedder(modelPath: path) }
        return try body(embedders[path]!)
    }
}

/// Wraps an engine and counts what is sent to it (to prove that cached work is not redone).
public final class CountingEmbedder: TokenEmbedder {
    public let inner: TokenEmbedder
    public private(set) var embedCalls = 0
    public private(set) var sequencesEmbedded = 0

    public init(_ inner: TokenEmbedder) { self.inner = inner }

    public var info: ModelInfo { inner.info }
    public var sequenceStart: [Int32] { inner.sequenceStart }
    public var sequenceEnd: [Int32] { inner.sequenceEnd }
    public func tokenize(_ text: String) throws -> [Int32] { try inner.tokenize(text) }
    public func embed(_ sequences: [[Int32]]) throws -> [TokenEmbeddings] {
        embedCalls += 1
        sequencesEmbedded += sequences.count
        return try inner.embed(sequences)
    }
}

/// Runs the built chatsearch binary and captures its output.
public struct CommandResult {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    public var lines: [String] { stdout.split(separator: "\n").map(String.init) }
}

public enum BinaryRunner {
    public static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                           shell: String? = nil) throws -> CommandResult {
        let dir = TestPaths.temporaryDirectory("chatsearch-run")
        let out = dir.appendingPathComponent("out"), err = dir.appendingPathComponent("err"), inp = dir.appendingPathComponent("in")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        try Data((stdin ?? "").utf8).write(to: inp)
        let p = Process()
        if let shell {
            p.executableURL = URL(fileURLWithPath: "/bin/bash")
            p.arguments = ["-c", shell]
        } else {
            p.executableURL = URL(fileURLWithPath: TestPaths.binary)
            p.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        env["CHATSEARCH_BIN"] = TestPaths.binary
        env["CHATSEARCH_MODEL"] = TestPaths.defaultModel
        for (k, v) in environment { env[k] = v }
        p.environment = env
        p.currentDirectoryURL = TestPaths.packageRoot
        p.standardInput = try FileHandle(forReadingFrom: inp)
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        try p.run()
        p.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: dir) }
        return CommandResult(status: p.terminationStatus,
                             stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                             stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}

/// What an index file holds, as `chatsearch info` reports it.
public struct IndexCounts: Equatable, CustomStringConvertible {
    public var conversations: Int
    /// Stored vector sets: one per conversation and mode (late, naive) embedded.
    public var vectorSets: Int
    public var description: String { "\(conversations) conversations, \(vectorSets) vector sets" }

    public struct Unreadable: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `chatsearch info --index` and reads its index line ("PATH: 2 conversations, 21 turns, 4 vector sets").
    public static func of(index: String) throws -> IndexCounts {
        let r = try BinaryRunner.run(["info", "--index", index])
        guard r.status == 0, let line = r.lines.first(where: { $0.hasPrefix("index ") }) else {
            throw Unreadable(description: "chatsearch info failed (status \(r.status)): \(r.stdout)\(r.stderr)")
        }
        let words = line.split(separator: " ")
        func count(before word: String) -> Int? {
            guard let i = words.lastIndex(where: { $0.hasPrefix(word) }), i > 0 else { return nil }
            return Int(words[i - 1])
        }
        guard let c = count(before: "conversations"), let v = count(before: "vector") else {
            throw Unreadable(description: "no counts in chatsearch info's line: \(line)")
        }
        return IndexCounts(conversations: c, vectorSets: v)
    }
}
