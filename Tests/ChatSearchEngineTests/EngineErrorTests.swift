import ChatSearchCore
import ChatSearchEngine
import Foundation
import Testing
import TestSupport

struct EngineErrorTests {
    @Test func missingModelFileIsAClearError() {
        #expect(throws: EmbedderError.modelNotFound("/nonexistent/model.gguf")) {
            _ = try LlamaEmbedder(modelPath: "/nonexistent/model.gguf")
        }
    }

    @Test func nonGGUFFileIsRejectedBeforeLlamaCpp() throws {
        let dir = TestPaths.temporaryDirectory()
        let path = dir.appendingPathComponent("not-a-model.gguf").path
        try Data("this is plain text, not a model".utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try LlamaEmbedder(modelPath: path)
            Issue.record("loading a text file as a model should fail")
        } catch let e as EmbedderError {
            #expect(e.description.contains(path))
            #expect(e.description.contains("not a GGUF file"))
        }
    }

    @Test func truncatedGGUFIsAClearError() throws {
        let dir = TestPaths.temporaryDirectory()
        let path = dir.appendingPathComponent("truncated.gguf").path
        let fh = try FileHandle(forReadingFrom: URL(fileURLWithPath: TestPaths.defaultModel))
        let head = try fh.read(upToCount: 1_000_000) ?? Data()
        try head.write(to: URL(fileURLWithPath: path))
        do {
            _ = try LlamaEmbedder(modelPath: path)
            Issue.record("a truncated model should fail to load")
        } catch let e as EmbedderError {
            guard case .loadFailed(let p, _) = e else { Issue.record("unexpected error \(e)"); return }
            #expect(p == path)
        }
    }

    @Test func sequenceLongerThanContextIsAnErrorNotACrash() throws {
        try SharedModel.with { engine in
            let seq = [Int32](repeating: 1000, count: engine.info.contextLength + 1)
            #expect(throws: EmbedderError.sequenceTooLong(engine.info.contextLength + 1, engine.info.contextLength)) {
                _ = try engine.embed([seq])
            }
        }
    }
}

struct NotAnEmbeddingModelTests {
    /// A GGUF header holding only general.architecture = llama (a text generator).
    static func generatorHeader() -> Data {
        var d = Data("GGUF".utf8)
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { d.append(contentsOf: $0) } }
        func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { d.append(contentsOf: $0) } }
        func str(_ s: String) { u64(UInt64(s.utf8.count)); d.append(contentsOf: Array(s.utf8)) }
        u32(3); u64(0); u64(2)
        str("general.alignment"); u32(4); u32(32)
        str("general.architecture"); u32(8); str("llama")
        return d
    }

    @Test func aTextGeneratorIsRefusedWithItsArchitecture() throws {
        let path = TestPaths.temporaryDirectory().appendingPathComponent("llama.gguf").path
        try Self.generatorHeader().write(to: URL(fileURLWithPath: path))
        do {
            _ = try LlamaEmbedder(modelPath: path)
            Issue.record("a text generator should be refused")
        } catch let e as EmbedderError {
            guard case .notAnEmbeddingModel(let p, let why) = e else { Issue.record("unexpected \(e)"); return }
            #expect(p == path)
            #expect(why.contains("llama"))
        }
    }

    @Test func theDefaultModelHeaderReadsAsBert() throws {
        try SharedModel.with { engine in
            #expect(engine.info.architecture == "bert")
            #expect(engine.info.name == "all-MiniLM-L6-v2")
        }
    }
}
