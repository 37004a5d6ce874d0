import ChatSearchCore
import ChatSearchEngine
import Foundation
import Testing
import TestSupport

/// The model family (and so its prefixes) comes from the GGUF's own metadata, never from its folders.
struct KnownPrefixesTests {
    @Test func familiesFromTheModelsOwnName() {
        let e5 = KnownPrefixes.lookup(.init(architecture: "bert", names: ["multilingual-e5-small"], fileName: "x"))
        #expect(e5.family == "e5" && e5.query == "query: " && e5.document == "passage: ")
        let nomic = KnownPrefixes.lookup(.init(architecture: "nomic-bert", names: ["model"], fileName: "x"))
        #expect(nomic.query == "search_query: ")
        let bge = KnownPrefixes.lookup(.init(architecture: "bert", names: ["bge-small-en-v1.5"], fileName: "x"))
        #expect(bge.family == "bge-en")
        let minilm = KnownPrefixes.lookup(.init(architecture: "bert", names: ["all-MiniLM-L6-v2"], fileName: "e5-en-v2"))
        #expect(minilm.family.isEmpty && minilm.query.isEmpty && minilm.document.isEmpty)
        // Letters inside other words are not a family name ("e5" in "be5t", "en" in "english").
        #expect(KnownPrefixes.lookup(.init(architecture: "bert", names: ["be5t-english-model"], fileName: "x")).family.isEmpty)
        #expect(KnownPrefixes.lookup(.init(architecture: "bert", names: ["e5-mistral-7b"], fileName: "x")).family.isEmpty)
    }

    @Test func fileNameOnlyWhenTheFileNamesNothing() {
        #expect(KnownPrefixes.lookup(.init(architecture: "bert", names: [], fileName: "e5-base-v2.Q8_0")).family == "e5")
        #expect(KnownPrefixes.lookup(.init(architecture: "bert", names: ["", "all-MiniLM-L6-v2"], fileName: "e5-base-v2")).family.isEmpty)
    }

    /// MiniLM kept in a folder whose name has "e5", "en" and "v2" in it used to get e5's prefixes.
    @Test func folderNamesDoNotGiveAModelPrefixes() throws {
        let dir = TestPaths.temporaryDirectory("models-e5-en-v2")
        defer { try? FileManager.default.removeItem(at: dir) }
        let link = dir.appendingPathComponent("bge-e5-en").appendingPathComponent("model.gguf")
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: TestPaths.defaultModel)
        let engine = try LlamaEmbedder(modelPath: link.path)
        #expect(engine.info.name == "all-MiniLM-L6-v2")
        #expect(engine.info.queryPrefix.isEmpty, "got \(engine.info.queryPrefix)")
        #expect(engine.info.documentPrefix.isEmpty, "got \(engine.info.documentPrefix)")
    }
}
