import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A llama-server child process on loopback, on a free port, serving a model as `chatsearch
/// serve-engine` would (`LlamaServerCommand`): what `chatsearch bench` measures against the in-process
/// engine, and what the tests encode on. Killed by `stop()` or when released.
public final class LocalEngineServer: @unchecked Sendable {
    public let url: URL
    public let command: LlamaServerCommand
    public let log: URL
    private let process = Process()

    /// Starts llama-server and waits until it answers /health (at most `timeout` seconds).
    public init(executable: String, modelPath: String, like local: LlamaEmbedder, threads: Int, logDirectory: URL,
                timeout: TimeInterval = 60) throws {
        let port = try Self.freePort()
        command = LlamaServerCommand(executable: executable, modelPath: modelPath, contextLength: local.info.contextLength,
                                     batchTokens: local.batchTokens, threads: threads, host: "127.0.0.1", port: port)
        url = URL(string: "http://127.0.0.1:\(port)")!
        log = logDirectory.appendingPathComponent("llama-server-\(port).log")
        try? FileManager.default.createDirectory(at: logDirectory, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let out = try FileHandle(forWritingTo: log)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = command.arguments
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let client = EngineServerClient(url: url, token: nil, timeout: 2)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if (try? client.get("health")) != nil { return }
            if !process.isRunning || Date() > deadline {
                let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                stop()
                throw ServerEngineError.unreachable(url.absoluteString, "llama-server did not start: \(text.suffix(800))")
            }
            usleep(100_000)
        }
    }

    public var isRunning: Bool { process.isRunning }

    /// Kills the server at once (SIGKILL, as a crash would; a child of a process that blocks SIGTERM
    /// inherits the block) and waits for it.
    public func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    deinit { stop() }

    /// A TCP port nobody listens on now: bound on loopback to port 0, read, released.
    public static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EMFILE) }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0 }
        }
        guard bound else { throw POSIXError(.EADDRINUSE) }
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}
