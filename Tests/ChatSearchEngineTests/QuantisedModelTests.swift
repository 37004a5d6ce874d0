import ChatSearchCore
import ChatSearchEngine
import Foundation
import Testing
import TestSupport

/// The quantised copies of the default model that `make setup` writes (Q8_0 and Q4_0 weights) run
/// through the real engine on several threads (llama.cpp's quantised matrix kernels; an AMX build of
/// them used to die with SIGILL here) and stay close to the golden vectors.
struct QuantisedModelTests {
    static func path(_ type: String) -> String {
        TestPaths.packageRoot.appendingPathComponent(".deps/model/all-MiniLM-L6-v2-\(type).gguf").path
    }

    /// Thresholds: measured lowest cosines 0.9987 (Q8_0) and 0.929 (Q4_0) on this fixture, with margin.
    @Test(arguments: [("q8_0", Float(0.998)), ("q4_0", Float(0.9))])
    func quantisedCopyMatchesGolden(type: String, minimum: Float) throws {
        let path = Self.path(type)
        #expect(FileManager.default.fileExists(atPath: path), "make setup writes \(path)")
        let engine = try LlamaEmbedder(modelPath: path, threads: 2)
        #expect(engine.info.dimensions == 384)
        let g = try GoldenVectorTests.golden()
        let encoder = try TurnEncoder(embedder: engine, recipe: EmbeddingRecipe(turnText: .plain, lateContext: .conversation))
        let out = try encoder.encode([GoldenVectorTests.conversation(g)], modes: [.naive, .late])
        var lowest: Float = 1
        for (i, t) in g.turns.enumerated() {
            lowest = min(lowest, VectorMath.cosine(out[.naive]![0][i], t.naive), VectorMath.cosine(out[.late]![0][i], t.late))
        }
        lowest = min(lowest, VectorMath.cosine(try encoder.query(g.query), g.query_vector))
        print("\(type): lowest cosine to golden \(lowest)")
        #expect(lowest >= minimum, "\(type): lowest cosine to the golden vectors \(lowest)")
    }
}
