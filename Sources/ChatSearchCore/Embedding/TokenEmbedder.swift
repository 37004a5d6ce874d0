/// Facts about an embedding model, read from its file.
public struct ModelInfo: Sendable, Equatable {
    public var name: String
    public var architecture: String
    public var dimensions: Int
    /// The longest sequence encoded at once (macro windows beyond it): the model's trained context,
    /// capped by the engine's `maxSequenceTokens`.
    public var contextLength: Int
    /// Positions the model was trained with.
    public var trainedContextLength: Int
    /// Text put before a query / a document, when the model expects one ("query: ", "passage: ").
    public var queryPrefix: String
    public var documentPrefix: String
    /// Task adapters found in the model file or next to it (jina-embeddings-v3), empty otherwise.
    public var adapters: [String]
    public var path: String
    /// Whether the model is known to be trained for Matryoshka truncation.
    public var matryoshka: Bool

    public init(name: String, architecture: String, dimensions: Int, contextLength: Int,
                trainedContextLength: Int? = nil, queryPrefix: String = "", documentPrefix: String = "", adapters: [String] = [],
                path: String = "", matryoshka: Bool = false) {
        self.name = name
        self.architecture = architecture
        self.dimensions = dimensions
        self.contextLength = contextLength
        self.trainedContextLength = trainedContextLength ?? contextLength
        self.queryPrefix = queryPrefix
        self.documentPrefix = documentPrefix
        self.adapters = adapters
        self.path = path
        self.matryoshka = matryoshka
    }
}

/// Token embeddings of one encoded sequence, row-major: `count` rows of `dimensions` floats.
public struct TokenEmbeddings: Sendable {
    public var count: Int
    public var dimensions: Int
    public var values: [Float]

    public init(count: Int, dimensions: Int, values: [Float]) {
        precondition(values.count == count * dimensions)
        self.count = count
        self.dimensions = dimensions
        self.values = values
    }

    public func row(_ i: Int) -> ArraySlice<Float> {
        values[(i * dimensions)..<((i + 1) * dimensions)]
    }
}

/// The engine seam: a model that tokenizes and returns one embedding per token (no pooling).
/// The llama.cpp implementation lives in ChatSearchEngine; tests may use others.
public protocol TokenEmbedder: AnyObject {
    var info: ModelInfo { get }
    /// Special tokens the model puts before / after a sequence ([CLS] / [SEP] for BERT).
    var sequenceStart: [Int32] { get }
    var sequenceEnd: [Int32] { get }
    /// The model's own tokenization of `text`, without special tokens.
    func tokenize(_ text: String) throws -> [Int32]
    /// Encodes each sequence on its own (never mixing them) and returns its token embeddings.
    /// Every sequence must be at most `info.contextLength` tokens.
    func embed(_ sequences: [[Int32]]) throws -> [TokenEmbeddings]
}

public enum EmbedderError: Error, CustomStringConvertible, Equatable {
    case modelNotFound(String)
    case notAnEmbeddingModel(String, String)
    case loadFailed(String, String)
    case sequenceTooLong(Int, Int)
    case decodeFailed(String)

    public var description: String {
        switch self {
        case .modelNotFound(let p): return "model file not found: \(p)"
        case .notAnEmbeddingModel(let p, let why): return "\(p) is not an embedding model llama.cpp can use: \(why)"
        case .loadFailed(let p, let why): return "cannot load model \(p): \(why)"
        case .sequenceTooLong(let n, let max): return "sequence of \(n) tokens is longer than the model's context of \(max) tokens"
        case .decodeFailed(let why): return "llama.cpp failed to encode: \(why)"
        }
    }
}
