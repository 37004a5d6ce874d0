import ChatSearchCore
import ChatSearchEngine
import Foundation
import Testing
import TestSupport

/// The engine and the late-chunking recipe against vectors from an independent implementation.
struct GoldenVectorTests {
    struct Golden: Decodable {
        struct GoldenTurn: Decodable {
            var text: String
            var naive: [Float]
            var late: [Float]
        }
        var query: String
        var query_vector: [Float]
        var turns: [GoldenTurn]
    }

    static func golden() throws -> Golden {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("golden-sita-minilm.json")
        return try JSONDecoder().decode(Golden.self, from: Data(contentsOf: url))
    }

    static func conversation(_ g: Golden) -> Conversation {
        Conversation(id: "sita", turns: g.turns.enumerated().map { Turn(id: "\($0.offset + 1)", text: $0.element.text) })
    }

    @Test func naiveLateAndQueryVectorsMatchGolden() throws {
        let g = try Self.golden()
        try SharedModel.with { engine in
            let encoder = try TurnEncoder(embedder: engine, recipe: EmbeddingRecipe(turnText: .plain, lateContext: .conversation))
            let out = try encoder.encode([Self.conversation(g)], modes: [.naive, .late])
            let naive = out[.naive]![0], late = out[.late]![0]
            #expect(naive.count == 10 && late.count == 10)
            for (i, t) in g.turns.enumerated() {
                let cn = VectorMath.cosine(naive[i], t.naive)
                let cl = VectorMath.cosine(late[i], t.late)
                #expect(cn >= 0.999, "naive turn \(i + 1): cosine \(cn)")
                #expect(cl >= 0.999, "late turn \(i + 1): cosine \(cl)")
                // The two modes really differ: late vectors are not the naive ones.
                #expect(VectorMath.cosine(t.naive, t.late) < 0.99 || VectorMath.cosine(late[i], naive[i]) < 0.999)
            }
            let q = try encoder.query(g.query)
            #expect(VectorMath.cosine(q, g.query_vector) >= 0.999)
        }
    }

    @Test func engineReportsModelFacts() throws {
        try SharedModel.with { engine in
            #expect(engine.info.architecture == "bert")
            #expect(engine.info.dimensions == 384)
            #expect(engine.info.contextLength == 512)
            #expect(engine.info.queryPrefix.isEmpty)
            #expect(engine.sequenceStart == [101])
            #expect(engine.sequenceEnd == [102])
            let hello = try engine.tokenize("Hello world")
            #expect(hello == [7592, 2088])
        }
    }

    @Test func packedBatchesEqualOneSequenceAtATime() throws {
        let g = try Self.golden()
        try SharedModel.with { engine in
            let seqs = try g.turns.map { engine.sequenceStart + (try engine.tokenize($0.text)) + engine.sequenceEnd }
            let together = try engine.embed(seqs)
            for (i, s) in seqs.enumerated() {
                let alone = try engine.embed([s])[0]
                #expect(alone.count == together[i].count)
                let c = VectorMath.cosine(Array(alone.row(1)), Array(together[i].row(1)))
                #expect(c > 0.9999, "sequence \(i): cosine \(c)")
            }
        }
    }
}
