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

    /// The chatsearch binary: $CHATSEARCH_BIN, else the release or debug build in .build.
    public static var binary: String {
        if let p = ProcessInfo.processInfo.environment["CHATSEARCH_BIN"], !p.isEmpty { return p }
        for config in ["release", "debug"] {
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

/// One real engine per test process, used by one test at a time (llama.cpp contexts are not thread-safe).
public enum SharedModel {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var embedder: LlamaEmbedder?

    public static func with<T>(_ body: (LlamaEmbedder) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        if embedder == nil { embedder = try LlamaEmbedder(modelPath: TestPaths.defaultModel) }
        return try body(embedder!)
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
