import ChatSearchCore

/// Sizes and inputs of a bench run; every default keeps a whole run to a few minutes on 2 cores.
public struct BenchOptions: Sendable {
    /// The defaults, for the command line's help.
    public static let standard = BenchOptions(modelPath: "")

    /// The f32 model, the baseline for weights.
    public var modelPath: String
    /// Quantised models compared with it (missing files are reported and skipped).
    public var quantisedModelPaths: [String] = []
    /// Tokens of naive indexing measured per configuration (threads, weights, peer, recipes).
    public var tokensPerRun = 3_000
    /// Interleaved runs per configuration in the threads and weights sections (the median is kept).
    public var repeats = 3
    /// Size of the generated ChatGPT-shaped archive and of the generated chat corpus.
    public var archiveConversations = 1_000
    public var chatTurns = 100_000
    /// Size of the generated large ChatGPT export whose loading memory the big-export section measures.
    public var bigExportBytes = 50_000_000
    /// Single messages, in bytes, for the long-message section.
    public var longMessageBytes = [10_000, 100_000]
    /// Late-chunking policies the recipes section measures against naive.
    public var lateContexts: [LateContext] = []
    /// The onnxruntime peer: the bench venv's python, its script and tokenizer.json (the ONNX model is the script's default).
    public var peerPython: String?
    public var peerScript: String?
    public var peerTokenizer: String?
    /// Seed of the corpus generator (same seed, same corpora).
    public var seed: UInt64 = 1

    public init(modelPath: String) { self.modelPath = modelPath }
}
