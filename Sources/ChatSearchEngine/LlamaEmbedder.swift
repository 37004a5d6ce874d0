import CLlama
import ChatSearchCore
import Foundation

/// The one place that calls llama.cpp: loads a GGUF embedding model, tokenizes with the model's own
/// tokenizer and returns token embeddings (pooling NONE), packing several short sequences into one
/// decode call up to a token budget. Not thread-safe: use one instance from one thread at a time.
public final class LlamaEmbedder: TokenEmbedder {
    public private(set) var info: ModelInfo
    public let sequenceStart: [Int32]
    public let sequenceEnd: [Int32]
    /// Tokens packed into one decode call (one micro-batch; BERT attention needs a whole sequence in one).
    public let batchTokens: Int
    public let maxSequencesPerBatch: Int
    /// The model's figures as llama-server reports them under `/v1/models` `meta` (`ServerModelCheck`).
    public let vocabularySize: Int
    public let parameterCount: UInt64
    public let modelBytes: UInt64

    private let model: OpaquePointer
    private let context: OpaquePointer
    private let vocab: OpaquePointer
    private var batch: llama_batch
    /// Threads for large batches: the count asked for; else every allowed core when waiting threads
    /// sleep (`WaitPolicy`), or, when they spin, the cores other processes leave free, measured again
    /// every `threadCheckInterval` seconds while encoding.
    public let requestedThreads: Int?
    public private(set) var bulkThreads: Int32
    private var freeCores: FreeCores?
    private var lastThreadCheck: Date
    private var threadsMeasured = false
    private var currentThreads: Int32
    static let singleThreadBelow: Int32 = 64
    static let threadCheckInterval: TimeInterval = 1

    /// Architectures llama.cpp runs as embedding encoders (bidirectional attention).
    static let encoderArchitectures: Set<String> = [
        "bert", "jina-bert-v2", "jina-bert-v3", "nomic-bert", "nomic-bert-moe", "modern-bert",
        "neo-bert", "eurobert", "gemma-embedding", "t5encoder",
    ]

    /// Default cap on the tokens encoded at once. Attention memory grows with the square of a batch
    /// (about 0.8 GB at 4,096 tokens for a 12-head model), so 8k-context models are windowed at 4,096.
    public static let defaultMaxSequenceTokens = 4096
    /// Default floor of the tokens packed into one batch (several short sequences per decode call).
    public static let defaultMinimumBatchTokens = 512

    /// - Parameters:
    ///   - maxSequenceTokens: longest sequence encoded at once (default 4,096, and never more than the
    ///     model's trained context); longer ones go through macro windows.
    ///   - batchTokens: token budget of one decode call; at least the longest sequence.
    ///   - threads: CPU threads for llama.cpp (nil: chosen as `bulkThreads` says).
    public init(modelPath: String, threads: Int? = nil, maxSequenceTokens: Int? = nil, batchTokens: Int? = nil,
                maxSequencesPerBatch: Int = 64, verbose: Bool = false) throws {
        LlamaLog.configure(verbose: verbose)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: modelPath, isDirectory: &isDir), !isDir.boolValue else {
            throw EmbedderError.modelNotFound(modelPath)
        }
        try Self.checkMagic(modelPath)
        let header: GGUFHeader.Metadata?
        do {
            header = try GGUFHeader.metadata(ofFile: modelPath)
        } catch {
            throw EmbedderError.loadFailed(modelPath, "its GGUF header is malformed: \(error)")
        }
        if let header, let arch = header.strings["general.architecture"] {
            try Self.requireEncoder(modelPath, arch: arch, hasPooling: header.keys.contains("\(arch).pooling_type"))
        }
        llama_backend_init()
        EngineAbort.install(modelPath: modelPath)

        var mparams = llama_model_default_params()
        mparams.n_gpu_layers = 0
        // Extra buffer types repack quantised weights (Q4_0, Q8_0...) for faster kernels. A CPU backend
        // built with AMX would repack them for its AMX kernels, which GCC 12 miscompiles (SIGILL at the
        // first tile load; scripts/setup.sh builds without AMX): with such a library, keep the plain
        // layout, which runs on AVX-512.
        mparams.use_extra_bufts = ggml_cpu_has_amx_int8() == 0
        guard let model = llama_model_load_from_file(modelPath, mparams) else {
            throw EmbedderError.loadFailed(modelPath, "llama.cpp could not read it (corrupt, truncated or an unsupported architecture; run with --verbose for llama.cpp's log)")
        }
        let arch = Self.meta(model, "general.architecture") ?? "unknown"
        do {
            try Self.requireEncoder(modelPath, arch: arch, hasPooling: Self.meta(model, "\(arch).pooling_type") != nil)
        } catch {
            llama_model_free(model)
            throw error
        }
        let nCtxTrain = Int(llama_model_n_ctx_train(model))
        let maxSequence = max(16, min(nCtxTrain > 0 ? nCtxTrain : 512, maxSequenceTokens ?? Self.defaultMaxSequenceTokens))
        let dims = Int(llama_model_n_embd_out(model)) > 0 ? Int(llama_model_n_embd_out(model)) : Int(llama_model_n_embd(model))
        let budget = max(batchTokens ?? max(maxSequence, Self.defaultMinimumBatchTokens), maxSequence)

        var cparams = llama_context_default_params()
        cparams.embeddings = true
        cparams.pooling_type = LLAMA_POOLING_TYPE_NONE
        cparams.n_ctx = UInt32(budget)
        cparams.n_batch = UInt32(budget)
        cparams.n_ubatch = UInt32(budget)
        cparams.n_seq_max = UInt32(maxSequencesPerBatch)
        let cores = FreeCores()
        let nThreads = Int32(max(1, threads ?? cores.allowed))
        cparams.n_threads = nThreads
        cparams.n_threads_batch = nThreads
        cparams.no_perf = true
        guard let context = llama_init_from_model(model, cparams) else {
            llama_model_free(model)
            throw EmbedderError.loadFailed(modelPath, "llama.cpp could not create a context of \(budget) tokens")
        }
        self.model = model
        self.context = context
        self.vocab = llama_model_get_vocab(model)
        self.vocabularySize = Int(llama_vocab_n_tokens(llama_model_get_vocab(model)))
        self.parameterCount = llama_model_n_params(model)
        self.modelBytes = llama_model_size(model)
        self.batchTokens = budget
        self.maxSequencesPerBatch = maxSequencesPerBatch
        self.batch = llama_batch_init(Int32(budget), 0, 1)
        self.requestedThreads = threads
        self.freeCores = threads == nil && !WaitPolicy.isPassive ? cores : nil
        self.lastThreadCheck = Date()
        self.bulkThreads = nThreads
        self.currentThreads = nThreads

        let fileName = URL(fileURLWithPath: modelPath).deletingPathExtension().lastPathComponent
        let names = ["general.name", "general.basename", "general.finetune"].compactMap { Self.meta(model, $0) }
        let prefixes = KnownPrefixes.lookup(.init(architecture: arch, names: names, fileName: fileName))
        let name = names.first ?? fileName
        let adapters = Self.meta(model, "adapter.lora.task_name").map { [$0] } ?? []
        self.info = ModelInfo(name: name, architecture: arch, dimensions: dims, contextLength: maxSequence,
                              trainedContextLength: nCtxTrain,
                              queryPrefix: prefixes.query, documentPrefix: prefixes.document,
                              adapters: adapters, path: modelPath, matryoshka: prefixes.matryoshka)

        // The model's own special tokens around a sequence: tokenize a probe with and without them.
        let vocab = self.vocab
        let probe = "a"
        let bare = try Self.tokenize(vocab, probe, addSpecial: false)
        let full = try Self.tokenize(vocab, probe, addSpecial: true)
        if let at = Self.find(bare, in: full) {
            sequenceStart = Array(full[..<at])
            sequenceEnd = Array(full[(at + bare.count)...])
        } else {
            sequenceStart = []
            sequenceEnd = []
        }
    }

    /// Replaces the instruction prefixes found for the model (nil keeps the found one).
    public func overridePrefixes(query: String?, document: String?) {
        if let q = query { info.queryPrefix = q }
        if let d = document { info.documentPrefix = d }
    }

    deinit {
        llama_batch_free(batch)
        llama_free(context)
        llama_model_free(model)
    }

    public func tokenize(_ text: String) throws -> [Int32] {
        try Self.tokenize(vocab, text, addSpecial: false)
    }

    public func embed(_ sequences: [[Int32]]) throws -> [TokenEmbeddings] {
        var out: [TokenEmbeddings] = []
        out.reserveCapacity(sequences.count)
        var i = 0
        while i < sequences.count {
            var group: [[Int32]] = []
            var tokens = 0
            while i < sequences.count, group.count < maxSequencesPerBatch {
                let n = sequences[i].count
                if n > info.contextLength {  // batchTokens is never below it
                    throw EmbedderError.sequenceTooLong(n, info.contextLength)
                }
                if n == 0 { throw EmbedderError.decodeFailed("empty sequence") }
                if tokens + n > batchTokens { break }
                group.append(sequences[i])
                tokens += n
                i += 1
            }
            out.append(contentsOf: try decode(group))
        }
        return out
    }

    private func decode(_ group: [[Int32]]) throws -> [TokenEmbeddings] {
        var n: Int32 = 0
        for (s, seq) in group.enumerated() {
            for (p, tok) in seq.enumerated() {
                batch.token[Int(n)] = tok
                batch.pos[Int(n)] = Int32(p)
                batch.n_seq_id[Int(n)] = 1
                batch.seq_id[Int(n)]![0] = Int32(s)
                batch.logits[Int(n)] = 1
                n += 1
            }
        }
        batch.n_tokens = n
        // A handful of tokens (a query) gains nothing from a second thread.
        let wanted = n < Self.singleThreadBelow ? 1 : chooseBulkThreads()
        if wanted != currentThreads {
            llama_set_n_threads(context, wanted, wanted)
            currentThreads = wanted
        }
        llama_memory_clear(llama_get_memory(context), true)
        let rc = llama_decode(context, batch)
        if rc != 0 { throw EmbedderError.decodeFailed("llama_decode returned \(rc)") }
        let dims = info.dimensions
        var result: [TokenEmbeddings] = []
        var row: Int32 = 0
        for seq in group {
            var values = [Float](repeating: 0, count: seq.count * dims)
            var missing = false
            values.withUnsafeMutableBufferPointer { dst in
                for t in 0..<seq.count {
                    guard let src = llama_get_embeddings_ith(context, row) else { missing = true; return }
                    (dst.baseAddress! + t * dims).update(from: src, count: dims)
                    row += 1
                }
            }
            if missing { throw EmbedderError.decodeFailed("no embedding returned for output row \(row)") }
            result.append(TokenEmbeddings(count: seq.count, dimensions: dims, values: values))
        }
        return result
    }

    /// The thread count for a large batch; with no count asked for, the free cores measured over the
    /// last interval (the first measurement covers at least a tenth of a second).
    private func chooseBulkThreads() -> Int32 {
        guard var cores = freeCores else { return bulkThreads }
        let elapsed = Date().timeIntervalSince(lastThreadCheck)
        if threadsMeasured && elapsed < Self.threadCheckInterval { return bulkThreads }
        if elapsed < 0.1 { usleep(UInt32((0.1 - elapsed) * 1_000_000)) }
        bulkThreads = Int32(cores.threads())
        freeCores = cores
        threadsMeasured = true
        lastThreadCheck = Date()
        return bulkThreads
    }

    // MARK: - helpers

    /// Refuses a GGUF that is not an embedding encoder. Checked on the file's header before loading
    /// (a clear reason instead of llama.cpp failing on missing tensors) and again on the loaded model.
    private static func requireEncoder(_ path: String, arch: String, hasPooling: Bool) throws {
        if !encoderArchitectures.contains(arch) && !hasPooling {
            throw EmbedderError.notAnEmbeddingModel(path, "architecture '\(arch)' is a text generator, not an embedding encoder")
        }
    }

    private static func tokenize(_ vocab: OpaquePointer, _ text: String, addSpecial: Bool) throws -> [Int32] {
        let utf8 = Array(text.utf8)
        var capacity = utf8.count + 16
        while true {
            var tokens = [Int32](repeating: 0, count: capacity)
            let n = utf8.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    llama_tokenize(vocab, chars.baseAddress, Int32(utf8.count), &tokens, Int32(capacity), addSpecial, false)
                }
            }
            if n >= 0 { return Array(tokens[..<Int(n)]) }
            if -Int(n) <= capacity { throw EmbedderError.decodeFailed("tokenizer failed") }
            capacity = -Int(n)
        }
    }

    private static func find(_ needle: [Int32], in hay: [Int32]) -> Int? {
        guard !needle.isEmpty, needle.count <= hay.count else { return nil }
        for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle { return i }
        return nil
    }

    static func meta(_ model: OpaquePointer, _ key: String) -> String? {
        var buf = [CChar](repeating: 0, count: 512)
        let n = llama_model_meta_val_str(model, key, &buf, buf.count)
        guard n >= 0 else { return nil }
        return String(decoding: buf.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func checkMagic(_ path: String) throws {
        guard let fh = FileHandle(forReadingAtPath: path) else { throw EmbedderError.modelNotFound(path) }
        defer { try? fh.close() }
        let head = (try? fh.read(upToCount: 4)) ?? Data()
        if head != Data("GGUF".utf8) {
            throw EmbedderError.loadFailed(path, "not a GGUF file (it does not start with the GGUF magic bytes)")
        }
    }
}

/// llama.cpp logs to stderr by default; we keep it silent unless asked.
enum LlamaLog {
    static func configure(verbose: Bool) {
        if verbose {
            llama_log_set({ _, text, _ in
                if let text { _ = write(2, text, strlen(text)) }
            }, nil)
        } else {
            llama_log_set({ _, _, _ in }, nil)
        }
    }
}
