import ChatSearchBench
import ChatSearchCore
import Foundation
import Testing
import TestSupport

/// The bench's generated corpora: deterministic, and read back by the real loaders as what they claim
/// to be (a ChatGPT export with long assistant answers; a JSON Lines chat of short turns).
struct BenchCorpusTests {
    @Test func chatGPTArchiveIsDeterministicAndLoadsAsChatGPT() throws {
        let dir = TestPaths.temporaryDirectory("bench-corpus")
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.json").path, b = dir.appendingPathComponent("b.json").path
        var g1 = CorpusGenerator(seed: 7), g2 = CorpusGenerator(seed: 7), g3 = CorpusGenerator(seed: 8)
        try g1.writeChatGPTArchive(conversations: 30, to: a)
        try g2.writeChatGPTArchive(conversations: 30, to: b)
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
        let c = dir.appendingPathComponent("c.json").path
        try g3.writeChatGPTArchive(conversations: 30, to: c)
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) != Data(contentsOf: URL(fileURLWithPath: c)))

        let data = try Data(contentsOf: URL(fileURLWithPath: a))
        #expect(ConversationLoader.detect(path: a, data: data) == .chatgpt)
        let load = ConversationLoader.load(paths: [a])
        #expect(load.problems.isEmpty)
        #expect(load.conversations.count == 30)
        let turns = load.conversations.flatMap(\.turns)
        #expect(turns.count >= 60)
        let answers = load.conversations.flatMap { $0.turns.enumerated().filter { $0.offset % 2 == 1 }.map(\.element.text.count) }.sorted()
        let questions = load.conversations.flatMap { $0.turns.enumerated().filter { $0.offset % 2 == 0 }.map(\.element.text.count) }.sorted()
        #expect(answers[answers.count / 2] > 1000, "assistant answers are long")
        #expect(questions[questions.count / 2] < answers[answers.count / 2] / 3)
    }

    /// A generated chat corpus of `turns` turns written into a fresh folder and read back by the readers.
    static func writtenChat(turns: Int, seed: UInt64) throws -> (dir: URL, load: LoadResult) {
        let dir = TestPaths.temporaryDirectory("bench-corpus")
        let path = dir.appendingPathComponent("chat.jsonl").path
        var g = CorpusGenerator(seed: seed)
        try g.writeChat(turns: turns, to: path)
        return (dir, ConversationLoader.load(paths: [path]))
    }

    @Test func chatCorpusHasExactlyTheTurnsAskedFor() throws {
        let (dir, load) = try Self.writtenChat(turns: 1234, seed: 1)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(load.problems.isEmpty)
        #expect(load.conversations.reduce(0) { $0 + $1.turns.count } == 1234)
        #expect(load.conversations.count > 1)
    }

    /// The bench's first-results query must find turns in the corpora the generator writes.
    @Test func theBenchQueryFindsTurnsOfTheChatCorpus() throws {
        let (dir, load) = try Self.writtenChat(turns: 500, seed: 2)
        defer { try? FileManager.default.removeItem(at: dir) }
        let conversations = load.conversations
        let store = try IndexStore.open(path: dir.appendingPathComponent("index.sqlite").path) { _ in }
        try store.transaction {
            for c in conversations { try store.saveText(c, hash: ConversationHash.of(c)) }
        }
        let matches = try store.lexicalMatches(query: CorpusGenerator.query, conversationHashes: nil, limit: 2000)
        #expect(matches.count >= 50, "\(matches.count) lexical matches for \"\(CorpusGenerator.query)\"")
        let unknown = try store.lexicalMatches(query: "restaurant", conversationHashes: nil, limit: 10)
        #expect(unknown.isEmpty, "a word the generator never writes matched")
    }

    @Test func longTextHasTheAskedSize() {
        var g = CorpusGenerator(seed: 3)
        for bytes in [1000, 25_000] {
            let t = g.longText(bytes: bytes)
            #expect(t.utf8.count == bytes)
            #expect(t.split(separator: " ").count > bytes / 12)
        }
    }
}
