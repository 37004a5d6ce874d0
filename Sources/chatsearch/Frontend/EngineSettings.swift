import ChatSearchCore
import ChatSearchEngine
import Foundation

/// How to load the engine, from the command line.
struct EngineSettings {
    var modelPath: String
    var threads: Int?
    var maxTokens: Int? = nil
    var batchTokens: Int?
    var verbose: Bool
    var queryPrefix: String?
    var documentPrefix: String?

    func makeEmbedder() throws -> LlamaEmbedder {
        let e = try LlamaEmbedder(modelPath: modelPath, threads: threads, maxSequenceTokens: maxTokens, batchTokens: batchTokens, verbose: verbose)
        e.overridePrefixes(query: queryPrefix, document: documentPrefix)
        return e
    }
}
