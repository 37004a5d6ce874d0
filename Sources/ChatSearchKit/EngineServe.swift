import ChatSearchCore
import ChatSearchEngine
import Foundation

/// `chatsearch serve-engine` and `chatsearch info --engine-command`: llama-server started (or its
/// command line printed) for the run's model, with the flags that make its token embeddings the
/// in-process engine's (`LlamaServerCommand`).
public enum EngineServe {
    public static func command(_ engine: EngineSettings, host: String, port: Int) throws -> LlamaServerCommand {
        guard let exe = LlamaServerCommand.findExecutable(cacheDirectory: Paths.cacheDirectory,
                                                          path: ProcessInfo.processInfo.environment["PATH"]) else {
            throw Failure(message: "llama-server is not built (expected \(Paths.cacheDirectory)/llama-server/bin/llama-server); run `make setup` in the ChatSearch folder",
                          status: ExitStatus.failure)
        }
        let local = try engine.makeEmbedder()
        return LlamaServerCommand(executable: exe, local: local, threads: engine.threads, host: host, port: port)
    }

    /// Prints the command line.
    public static func print(_ engine: EngineSettings, host: String, port: Int) throws {
        Output.line(try command(engine, host: host, port: port).shellLine)
    }

    /// Replaces this process with llama-server; returns only by throwing.
    public static func exec(_ engine: EngineSettings, host: String, port: Int) throws -> Never {
        let c = try command(engine, host: host, port: port)
        Reporter.note("serving \(URL(fileURLWithPath: c.modelPath).lastPathComponent) on http://\(host):\(port) (--engine http://\(host):\(port))")
        let argv = ([c.executable] + c.arguments).map { strdup($0) } + [nil]
        execv(c.executable, argv)
        throw Failure(message: "cannot start \(c.executable): \(String(cString: strerror(errno)))", status: ExitStatus.failure)
    }
}
