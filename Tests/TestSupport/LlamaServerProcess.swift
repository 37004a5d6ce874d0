import ChatSearchEngine
import Foundation

/// Real llama-server processes for tests: the one `make setup` builds into .deps/llama-server, on
/// loopback on free ports (`LocalEngineServer`), one thread each; killed at the end of the test.
public enum LlamaServerProcess {
    public static var executable: String? {
        let p = TestPaths.packageRoot.appendingPathComponent(".deps/llama-server/bin/llama-server").path
        return FileManager.default.isExecutableFile(atPath: p) ? p : nil
    }

    public static let skipReason = "llama-server is not built (scripts/setup.sh could not build .deps/llama-server; see its warning)"

    /// A server for `modelPath` (default: `local`'s model) with `local`'s context and batch.
    public static func start(_ modelPath: String? = nil, like local: LlamaEmbedder, threads: Int = 1) throws -> LocalEngineServer {
        guard let exe = executable else { throw ServerEngineError.unreachable("llama-server", skipReason) }
        return try LocalEngineServer(executable: exe, modelPath: modelPath ?? local.info.path, like: local, threads: threads,
                                     logDirectory: TestPaths.temporaryDirectory("llama-server"))
    }
}
