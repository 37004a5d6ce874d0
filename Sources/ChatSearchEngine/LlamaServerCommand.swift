import Foundation

/// The llama-server command line that serves a model the way ChatSearch encodes it in-process: token
/// embeddings (`--embeddings --pooling none`), every sequence slot as long as the context ChatSearch
/// encodes at once, batches of the tokens it packs, and the CPU threads it would use.
public struct LlamaServerCommand: Sendable, Equatable {
    public var executable: String
    public var modelPath: String
    /// Tokens of one sequence slot (`LlamaEmbedder.info.contextLength`).
    public var contextLength: Int
    /// Tokens per batch (`LlamaEmbedder.batchTokens`).
    public var batchTokens: Int
    /// Sequence slots: short sequences of one request share a batch when there are slots for them.
    public var slots: Int
    public var threads: Int
    public var host: String
    public var port: Int

    /// Sequence slots by default: enough for a batch of short turns (about 30 tokens each).
    public static let defaultSlots = 16

    public init(executable: String, modelPath: String, contextLength: Int, batchTokens: Int, slots: Int = defaultSlots,
                threads: Int, host: String, port: Int) {
        self.executable = executable
        self.modelPath = modelPath
        self.contextLength = contextLength
        self.batchTokens = batchTokens
        self.slots = slots
        self.threads = threads
        self.host = host
        self.port = port
    }

    /// The command line for `local`'s model and settings.
    public init(executable: String, local: LlamaEmbedder, threads: Int? = nil, host: String, port: Int) {
        self.init(executable: executable, modelPath: local.info.path, contextLength: local.info.contextLength,
                  batchTokens: local.batchTokens, threads: threads ?? FreeCores().allowed, host: host, port: port)
    }

    public var arguments: [String] {
        ["-m", modelPath, "--embeddings", "--pooling", "none",
         "-c", String(contextLength * slots), "--parallel", String(slots),
         "-b", String(batchTokens), "-ub", String(batchTokens),
         "-t", String(threads), "-tb", String(threads),
         "--host", host, "--port", String(port)]
    }

    /// The whole command, quoted for a POSIX shell.
    public var shellLine: String {
        ([executable] + arguments).map(Self.quoted).joined(separator: " ")
    }

    static func quoted(_ s: String) -> String {
        if !s.isEmpty && s.allSatisfy({ $0.isLetter || $0.isNumber || "-_./:=,+@".contains($0) }) { return s }
        return "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Where set-up puts llama-server (`<cache>/llama-server/bin/llama-server`), else `llama-server`
    /// found on `$PATH`; nil when neither exists.
    public static func findExecutable(cacheDirectory: String, path: String?) -> String? {
        let built = "\(cacheDirectory)/llama-server/bin/llama-server"
        if FileManager.default.isExecutableFile(atPath: built) { return built }
        for dir in (path ?? "").split(separator: ":") {
            let p = "\(dir)/llama-server"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }
}
