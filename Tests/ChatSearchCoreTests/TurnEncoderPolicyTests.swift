import Testing
@testable import ChatSearchCore
import TestSupport

struct TurnEncoderPolicyTests {
    static let conversation = Conversation(id: "c", turns: [
        Turn(id: "1", text: "w1 w1", session: "a"), Turn(id: "2", text: "w2", session: "a"),
        Turn(id: "3", text: "w3", session: "a"), Turn(id: "4", text: "w4 w4 w4", session: "b"),
        Turn(id: "5", text: "w5", session: "b"),
    ])

    func run(_ context: LateContext, _ mode: TurnEncoder.Mode = .late) throws -> (TransparentEmbedder, [[Float]]) {
        let e = TransparentEmbedder()
        let enc = try TurnEncoder(embedder: e, recipe: EmbeddingRecipe(turnText: .plain, lateContext: context))
        let out = try enc.encode([Self.conversation], modes: [mode])
        return (e, out[mode]![0])
    }

    @Test func windowPolicyEncodesNeighboursWithinTheSessionAndPoolsOnlyTheTurn() throws {
        let (e, v) = try run(.window(1))
        #expect(Set(e.encoded) == [
            [1000, 1, 1, 2, 2000],        // turn 1: itself (+CLS) and turn 2 (+SEP)
            [1000, 1, 1, 2, 3, 2000],     // turns 2 and 3 both see 1..3
            [1000, 2, 3, 2000],           // turn 3: session a ends here
            [1000, 4, 4, 4, 5, 2000],     // turns 4 and 5 (session b)
        ])
        #expect(e.encoded.count == 5)
        // Turn 1 pooled from CLS + its two tokens; turn 2 from its single token; turn 3 from its token + SEP.
        #expect(abs(TransparentEmbedder.meanID(v[0]) - Float(1000 + 1 + 1) / 3) < 1e-3)
        #expect(abs(TransparentEmbedder.meanID(v[1]) - 2) < 1e-4)
        #expect(abs(TransparentEmbedder.meanID(v[2]) - Float(3 + 2000) / 2) < 1e-3)
        #expect(abs(TransparentEmbedder.meanID(v[3]) - Float(1000 + 12) / 4) < 1e-3)
    }

    @Test func blockPolicyEncodesEachTurnOnceAndPoolsEveryTurnOfTheBlock() throws {
        let (e, v) = try run(.block(size: 2, context: 1, contextTokens: 1))
        #expect(e.encoded == [
            [1000, 1, 1, 2, 3, 2000],     // turns 1 and 2, then one token of turn 3 as context
            [1000, 2, 3, 2000],           // turn 3 with one token of turn 2 before it
            [1000, 4, 4, 4, 5, 2000],     // session b: turns 4 and 5, no context across the session edge
        ])
        #expect(abs(TransparentEmbedder.meanID(v[0]) - Float(1000 + 1 + 1) / 3) < 1e-3)
        #expect(abs(TransparentEmbedder.meanID(v[1]) - 2) < 1e-4)
        #expect(abs(TransparentEmbedder.meanID(v[2]) - Float(3 + 2000) / 2) < 1e-3)
        #expect(abs(TransparentEmbedder.meanID(v[3]) - Float(1000 + 12) / 4) < 1e-3)
        #expect(abs(TransparentEmbedder.meanID(v[4]) - Float(5 + 2000) / 2) < 1e-3)
    }

    @Test func blockOfOneTurnWithUncappedContextIsTheWindowRecipe() throws {
        for k in 0...2 {
            let (we, wv) = try run(.window(k))
            let (be, bv) = try run(.block(size: 1, context: k, contextTokens: 100))
            #expect(be.encoded == we.encoded, "K = \(k)")
            #expect(bv == wv, "K = \(k)")
        }
    }

    @Test func blockPolicyCostsAFractionOfTheWindowRecipe() throws {
        let long = Conversation(id: "l", turns: (1...12).map { Turn(id: "\($0)", text: "w\($0)", session: "s") })
        let e = TransparentEmbedder()
        func tokens(_ ctx: LateContext) throws -> Int {
            let enc = try TurnEncoder(embedder: e, recipe: EmbeddingRecipe(turnText: .plain, lateContext: ctx))
            return try enc.plannedTokens([long], mode: .late)
        }
        // 12 one-token turns. naive: 12 * 3; window:2 = 12 sequences of up to 5 turns; block:4:2 = 3 sequences.
        #expect(try tokens(.window(2)) == 12 * 2 + (5 * 8 + 3 * 2 + 4 * 2))
        #expect(try tokens(.block(size: 4, context: 2, contextTokens: 100)) == 3 * 2 + (6 + 8 + 6))
        // tokens:4:2: blocks of four one-token turns, two context tokens a side: (4 + 2·2) / 4 of the turns' tokens.
        #expect(try tokens(.tokens(block: 4, context: 2)) == 3 * 2 + (6 + 8 + 6))
        #expect(try tokens(.tokens(block: 6, context: 1)) == 2 * 2 + (7 + 7))
    }

    @Test func sessionPolicyEncodesOneSequencePerSession() throws {
        let (e, _) = try run(.session)
        #expect(e.encoded == [[1000, 1, 1, 2, 3, 2000], [1000, 4, 4, 4, 5, 2000]])
    }

    @Test func conversationPolicyUsesMacroWindowsBeyondTheContext() throws {
        let (e, v) = try run(.conversation)
        // 1 + 7 + 1 = 9 tokens fit the context of 16: one sequence.
        #expect(e.encoded == [[1000, 1, 1, 2, 3, 4, 4, 4, 5, 2000]])
        #expect(v.count == 5)
        let long = Conversation(id: "l", turns: (1...12).map { Turn(id: "\($0)", text: "w\($0) w\($0)") })
        let e2 = TransparentEmbedder()
        let enc = try TurnEncoder(embedder: e2, recipe: EmbeddingRecipe(turnText: .plain, lateContext: .conversation))
        let out = try enc.encode([long], modes: [.late])[.late]![0]
        // 26 tokens, windows of 16 with overlap 4: [0,16) and [12,26).
        #expect(e2.encoded.map(\.count) == [16, 14])
        for (i, vec) in out.enumerated() where i > 0 && i < 11 {
            #expect(abs(TransparentEmbedder.meanID(vec) - Float(i + 1)) < 1e-3, "turn \(i + 1)")
        }
    }

    @Test func naiveEncodesEachTurnAloneWithSpecialTokens() throws {
        let (e, v) = try run(.session, .naive)
        #expect(e.encoded == [[1000, 1, 1, 2000], [1000, 2, 2000], [1000, 3, 2000], [1000, 4, 4, 4, 2000], [1000, 5, 2000]])
        #expect(abs(TransparentEmbedder.meanID(v[1]) - Float(1000 + 2 + 2000) / 3) < 1e-3)
    }

    @Test func emptyConversationEncodesToNothing() throws {
        let e = TransparentEmbedder()
        let enc = try TurnEncoder(embedder: e, recipe: EmbeddingRecipe())
        let out = try enc.encode([Conversation(id: "empty", turns: [])], modes: [.naive, .late])
        #expect(out[.naive]![0].isEmpty && out[.late]![0].isEmpty)
        #expect(e.encoded.isEmpty)
    }

    @Test func plannedSequencesMatchWhatIsEncoded() throws {
        let e = TransparentEmbedder()
        let enc = try TurnEncoder(embedder: e, recipe: EmbeddingRecipe(turnText: .plain, lateContext: .window(2)))
        let planned = try enc.plannedSequences([Self.conversation], mode: .late)
        _ = try enc.encode([Self.conversation], modes: [.late])
        #expect(planned == e.encoded)
        #expect(enc.tokensEncoded[.late] == planned.reduce(0) { $0 + $1.count })
    }
}
