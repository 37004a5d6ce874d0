import ChatSearchCore
import ChatSearchEngine
import Foundation
import Testing
import TestSupport

/// A speaker name is embedded with every turn, so at most `TurnTextStyle.maxEmbeddedLabelCharacters`
/// of it is: a 1 MB name on 3 turns costs what a short one does. Measured in tokens sent to the real
/// engine (times would be noisy).
struct LongSpeakerNameTests {
    /// Counts the tokens of every sequence embedded.
    final class TokenCounter: TokenEmbedder {
        let inner: TokenEmbedder
        var tokensEmbedded = 0
        var charactersTokenized = 0
        init(_ inner: TokenEmbedder) { self.inner = inner }
        var info: ModelInfo { inner.info }
        var sequenceStart: [Int32] { inner.sequenceStart }
        var sequenceEnd: [Int32] { inner.sequenceEnd }
        func tokenize(_ text: String) throws -> [Int32] { charactersTokenized += text.count; return try inner.tokenize(text) }
        func embed(_ sequences: [[Int32]]) throws -> [TokenEmbeddings] {
            tokensEmbedded += sequences.reduce(0) { $0 + $1.count }
            return try inner.embed(sequences)
        }
    }

    func cost(speaker: String, _ engine: TokenEmbedder) throws -> (tokens: Int, characters: Int) {
        let c = Conversation(id: "c", title: "Chat", turns: [
            Turn(id: "1", speaker: speaker, text: "Shall we book the train to Porto?", session: "s1"),
            Turn(id: "2", speaker: "Ana", text: "Yes, the 9:40 one is cheaper.", session: "s1"),
            Turn(id: "3", speaker: speaker, text: "Booked, two seats by the window.", session: "s1"),
        ])
        let counter = TokenCounter(engine)
        let encoder = try TurnEncoder(embedder: counter, recipe: EmbeddingRecipe(turnText: .speaker, lateContext: .window(1)))
        _ = try encoder.encode([c], modes: TurnEncoder.Mode.allCases)
        return (counter.tokensEmbedded, counter.charactersTokenized)
    }

    @Test func aOneMegabyteNameCostsWhatItsFirst64CharactersDo() throws {
        try SharedModel.with { engine in
            let huge = String(repeating: "Zebediah ", count: 1 << 20 / 9)
            let capped = String(huge.prefix(TurnTextStyle.maxEmbeddedLabelCharacters))
            let long = try cost(speaker: huge, engine)
            let short = try cost(speaker: capped, engine)
            #expect(long.tokens == short.tokens)
            #expect(long.characters == short.characters)
            #expect(long.tokens < 400)
        }
    }
}
