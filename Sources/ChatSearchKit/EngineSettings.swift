import ChatSearchCore
import ChatSearchEngine
import Foundation

/// How to load the engine.
public struct EngineSettings: Sendable {
    public var modelPath: String
    /// CPU threads; nil: chosen by the engine (`LlamaEmbedder.bulkThreads`).
    public var threads: Int?
    /// Longest sequence encoded at once; nil: the model's context, at most `LlamaEmbedder`'s cap.
    public var maxTokens: Int?
    /// Tokens per llama.cpp batch; nil: the model's context, at least 512.
    public var batchTokens: Int?
    /// llama.cpp's log and phase timings on stderr.
    public var verbose: Bool
    /// Prefixes instead of the model's own; nil: the model's.
    public var queryPrefix: String?
    public var documentPrefix: String?
    /// True when neither `--model` nor `$CHATSEARCH_MODEL` named the model: `AutomaticModel` may then
    /// choose the multilingual one for the loaded chats.
    public var automaticModel: Bool
    /// llama-server instances that encode instead of the in-process engine (`--engine`,
    /// `$CHATSEARCH_ENGINE`); empty: in-process. The local model still tokenizes and is the reference
    /// every server is checked against.
    public var servers: [URL] = []
    /// `$CHATSEARCH_ENGINE_TOKEN`: sent as `Authorization: Bearer` to the servers, never printed.
    public var serverToken: String?
    public var serverSettings = ServerEmbedder.Settings()

    public init(modelPath: String, threads: Int? = nil, maxTokens: Int? = nil, batchTokens: Int? = nil, verbose: Bool = false,
                queryPrefix: String? = nil, documentPrefix: String? = nil, automaticModel: Bool = false) {
        self.modelPath = modelPath
        self.automaticModel = automaticModel
        self.threads = threads
        self.maxTokens = maxTokens
        self.batchTokens = batchTokens
        self.verbose = verbose
        self.queryPrefix = queryPrefix
        self.documentPrefix = documentPrefix
    }

    public func makeEmbedder() throws -> LlamaEmbedder {
        let e = try LlamaEmbedder(modelPath: modelPath, threads: threads, maxSequenceTokens: maxTokens, batchTokens: batchTokens, verbose: verbose)
        e.overridePrefixes(query: queryPrefix, document: documentPrefix)
        return e
    }

    /// `--engine`'s comma-separated list of http(s) URLs.
    public static func serverURLs(_ list: String) throws -> [URL] { try ServerEmbedder.urls(list) }

    /// The engine that encodes for `local`: itself, or the servers, checked against it.
    public func encodingEngine(local: LlamaEmbedder) throws -> TokenEmbedder {
        servers.isEmpty ? local : try ServerEmbedder(local: local, urls: servers, token: serverToken, settings: serverSettings)
    }

    /// Sequences gathered per engine call: more when servers share the work, so each holds a few requests.
    public static func sequencesPerCall(_ engine: TokenEmbedder) -> Int {
        guard let s = engine as? ServerEmbedder else { return Configuration.Defaults.sequencesPerCall }
        return Configuration.Defaults.sequencesPerCall * max(1, s.servers.count * s.settings.inFlight)
    }
}
