import ChatSearchCore
import ChatSearchEngine
import Foundation
import Testing
import TestSupport

/// Conversations longer than the model's context go through macro windows; every turn still gets a vector.
struct LongConversationTests {
    static func longConversation() -> Conversation {
        let lines = [
            "We should book the cabin by the lake before the prices go up in June.",
            "Did you ever hear back from the plumber about the leaking kitchen tap?",
            "My sister says the new Thai place on Elm Street does amazing green curry.",
            "The release is blocked on the flaky login test, I am looking into it now.",
            "Remember to bring the passports, the ferry to the island checks them.",
            "I finished that novel about the lighthouse keeper, the ending was brutal.",
        ]
        let turns = (0..<120).map { i in
            Turn(id: "\(i + 1)", speaker: i % 2 == 0 ? "Ana" : "Ben", text: lines[i % lines.count] + " (note \(i))")
        }
        return Conversation(id: "long", title: "Long chat", turns: turns)
    }

    @Test func lateModeUsesWindowsAndEveryTurnGetsAFiniteNormalisedVector() throws {
        let c = Self.longConversation()
        try SharedModel.with { engine in
            let encoder = try TurnEncoder(embedder: engine, recipe: EmbeddingRecipe(turnText: .speaker, lateContext: .conversation))
            let total = try c.turns.reduce(0) { $0 + (try engine.tokenize(encoder.text(of: $1)).count) }
            #expect(total > 1500)
            let windows = LateChunking.windows(length: total + 2, maxTokens: engine.info.contextLength,
                                               overlap: LateChunking.defaultOverlap(contextLength: engine.info.contextLength))
            #expect(windows.count >= 4)
            let out = try encoder.encode([c], modes: [.late, .naive])
            let late = out[.late]![0], naive = out[.naive]![0]
            #expect(late.count == c.turns.count)
            for v in late {
                #expect(v.count == 384)
                #expect(v.allSatisfy { $0.isFinite })
                #expect(abs(VectorMath.norm(v) - 1) < 1e-4)
            }
            // Tokens encoded in late mode: the sequence plus the overlaps of every window after the first.
            #expect(encoder.tokensEncoded[.late]! == total + 2 + (windows.count - 1) * LateChunking.defaultOverlap(contextLength: 512))
            // Context changes vectors: late differs from naive for most turns.
            let differing = zip(late, naive).filter { VectorMath.dot($0, $1) < 0.99 }.count
            #expect(differing > c.turns.count / 2)
        }
    }

    @Test func aTurnLongerThanTheContextIsWindowedAndReported() throws {
        let huge = String(repeating: "the quick brown fox jumps over the lazy dog ", count: 80)
        let c = Conversation(id: "huge", turns: [Turn(id: "1", text: "hello there"), Turn(id: "2", text: huge), Turn(id: "3", text: "bye")])
        try SharedModel.with { engine in
            let encoder = try TurnEncoder(embedder: engine, recipe: EmbeddingRecipe(turnText: .plain, lateContext: .window(1)))
            let out = try encoder.encode([c], modes: [.naive, .late])
            #expect(encoder.longTurns.count == 1)
            #expect(encoder.longTurns.first?.turn == "2")
            for mode in [TurnEncoder.Mode.naive, .late] {
                for v in out[mode]![0] {
                    #expect(abs(VectorMath.norm(v) - 1) < 1e-4)
                }
            }
        }
    }

    @Test func emptyTurnGetsTheEmptySequenceVectorInsteadOfFailing() throws {
        let c = Conversation(id: "e", turns: [Turn(id: "1", text: "hi"), Turn(id: "2", text: ""), Turn(id: "3", text: "ok")])
        try SharedModel.with { engine in
            let encoder = try TurnEncoder(embedder: engine, recipe: EmbeddingRecipe(turnText: .plain, lateContext: .conversation))
            let out = try encoder.encode([c], modes: [.naive, .late])
            #expect(out[.naive]![0][1] == out[.late]![0][1])
            #expect(abs(VectorMath.norm(out[.late]![0][1]) - 1) < 1e-4)
        }
    }
}

struct MaxSequenceTests {
    @Test func aSmallerSequenceCapWindowsEverythingAndIsPartOfTheRecipe() throws {
        let engine = try LlamaEmbedder(modelPath: TestPaths.defaultModel, threads: 1, maxSequenceTokens: 64)
        #expect(engine.info.contextLength == 64)
        #expect(engine.info.trainedContextLength == 512)
        let c = LongConversationTests.longConversation()
        let encoder = try TurnEncoder(embedder: engine, recipe: EmbeddingRecipe(turnText: .speaker, lateContext: .conversation))
        let seqs = try encoder.plannedSequences([c], mode: .late)
        #expect(seqs.count > 20)
        #expect(seqs.allSatisfy { $0.count <= 64 })
        let late = try encoder.encode([c], modes: [.late])[.late]![0]
        #expect(late.count == c.turns.count)
        #expect(late.allSatisfy { abs(VectorMath.norm($0) - 1) < 1e-4 })
        #expect(throws: EmbedderError.sequenceTooLong(65, 64)) { _ = try engine.embed([[Int32](repeating: 1000, count: 65)]) }
        let recipe = EmbeddingRecipe()
        #expect(recipe.lateKey(contextLength: 64) != recipe.lateKey(contextLength: 512))
        #expect(recipe.naiveKey(contextLength: 64) != recipe.naiveKey(contextLength: 512))
    }
}
