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
