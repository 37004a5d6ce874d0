import Foundation
import Testing
@testable import ChatSearchCore

@Suite struct LexicalSearchTests {
    /// A small corpus where the expected turn for each query is known.
    static let fixture: [Conversation] = [
        Conversation(id: "dinner", title: "Dinner plans", turns: [
            Turn(id: "d0", speaker: "ann", time: "2024-03-01 18:02", text: "Shall we try the new Thai restaurant on Elm Street?"),
            Turn(id: "d1", speaker: "bob", time: "2024-03-01 18:05", text: "Sure, I booked a table for seven."),
            Turn(id: "d2", speaker: "ann", text: "Great, see you there."),
        ], source: "/chats/dinner.json"),
        Conversation(id: "trip", title: "Trip", turns: [
            Turn(id: "t0", speaker: "carol", text: "The flight to Lisbon leaves at noon."),
            Turn(id: "t1", speaker: "dave", text: "I'll pack the camera and the tripod."),
            Turn(id: "t2", speaker: "carol", text: "Don't forget the café near the hotel — best pastries."),
        ], source: "/chats/trip.json"),
        Conversation(id: "zh", title: "晚饭", turns: [
            Turn(id: "z0", speaker: "李", text: "我们今晚去哪家餐厅吃饭？"),
            Turn(id: "z1", speaker: "王", text: "去公司旁边的那家火锅店吧。"),
            Turn(id: "z2", speaker: "李", text: "好的，七点见。"),
        ], source: "/chats/zh.json"),
        Conversation(id: "ja", turns: [
            Turn(id: "j0", speaker: "田中", text: "明日は東京駅で待ち合わせしましょう。"),
        ], source: "/chats/ja.json"),
    ]

    static func makeStore(_ scratch: IndexScratch) throws -> (IndexStore, [String]) {
        let store = try IndexStore(path: scratch.dbPath)
        let hashes = fixture.map(ConversationHash.of)
        try store.transaction {
            for (c, h) in zip(fixture, hashes) {
                try store.save(c, hash: h, model: "m", recipe: "naive", vectors: indexTestVectors(count: c.turns.count, dims: 2))
            }
        }
        return (store, hashes)
    }

    func top(_ store: IndexStore, _ query: String, _ hashes: [String], limit: Int = 10) throws -> [String] {
        let ids = Dictionary(uniqueKeysWithValues: zip(hashes, Self.fixture))
        return try store.lexicalMatches(query: query, conversationHashes: nil, limit: limit).map {
            ids[$0.conversationHash]!.turns[$0.turnIndex].id
        }
    }

    @Test func lexicalTextRecipe() {
        #expect(LexicalText.of(turn: Turn(id: "x", speaker: "ann", time: "10:00", text: "hi")) == "[10:00] ann: hi")
        #expect(LexicalText.of(turn: Turn(id: "x", speaker: "ann", text: "hi")) == "ann: hi")
        #expect(LexicalText.of(turn: Turn(id: "x", time: "10:00", text: "hi")) == "[10:00] hi")
        #expect(LexicalText.of(turn: Turn(id: "x", text: "hi")) == "hi")
        #expect(LexicalText.segmented("去餐厅 ok") == " 去  餐  厅  ok")
    }

    @Test func queryBuilding() {
        #expect(LexicalQuery.fts("the restaurants AND the Café") == "\"restaurants\" OR \"Café\"")
        #expect(LexicalQuery.fts("NEAR(a b) \"x* ^y\" col:z -w") == "\"NEAR\" OR \"b\" OR \"x\" OR \"y\" OR \"col\" OR \"z\" OR \"w\"")
        #expect(LexicalQuery.terms("餐厅吃饭") == ["餐 厅", "厅 吃", "吃 饭"])
        #expect(LexicalQuery.terms("火锅") == ["火 锅"])
        #expect(LexicalQuery.terms("在 Tokyo駅") == ["在", "Tokyo", "駅"])
        #expect(LexicalQuery.terms("Rock rock ROCK") == ["Rock"])
        #expect(LexicalQuery.fts("the of and") == nil)
        #expect(LexicalQuery.fts("?!... --- ()") == nil)
        #expect(LexicalQuery.fts("") == nil)
    }

    @Test func stemmingFindsTheExpectedTurn() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let (store, hashes) = try Self.makeStore(scratch)
        #expect(try top(store, "restaurants", hashes) == ["d0"])
        #expect(try top(store, "booking tables", hashes) == ["d1"])
        #expect(try top(store, "flights", hashes) == ["t0"])
        // Diacritics folded both ways.
        #expect(try top(store, "cafe", hashes) == ["t2"])
        #expect(try top(store, "CAFÉ", hashes) == ["t2"])
        // Speaker and time are indexed too.
        #expect(try top(store, "dave", hashes) == ["t1"])
        #expect(try top(store, "18:05", hashes).first == "d1")
    }

    @Test func rankingPutsTheTurnWithMoreTermsFirst() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let (store, hashes) = try Self.makeStore(scratch)
        let results = try store.lexicalMatches(query: "pack the camera for Lisbon", conversationHashes: nil, limit: 10)
        #expect(results.count == 2)
        #expect(results.first?.score ?? 0 > 0)
        #expect(zip(results, results.dropFirst()).allSatisfy { $0.score >= $1.score })
        let ids = try top(store, "tripod camera flight", hashes)
        #expect(ids == ["t1", "t0"])
    }

    @Test func restrictionAndLimit() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let (store, hashes) = try Self.makeStore(scratch)
        let all = try store.lexicalMatches(query: "ann carol", conversationHashes: nil, limit: 10)
        #expect(all.count == 4)
        #expect(try store.lexicalMatches(query: "ann carol", conversationHashes: nil, limit: 1).count == 1)
        let onlyTrip = try store.lexicalMatches(query: "ann carol", conversationHashes: [hashes[1]], limit: 10)
        #expect(onlyTrip.map(\.turnIndex) == [0, 2])
        #expect(onlyTrip.allSatisfy { $0.conversationHash == hashes[1] })
        #expect(try store.lexicalMatches(query: "ann carol", conversationHashes: [hashes[1]], limit: 1).count == 1)
        #expect(try store.lexicalMatches(query: "ann carol", conversationHashes: [], limit: 10).isEmpty)
        #expect(try store.lexicalMatches(query: "ann carol", conversationHashes: nil, limit: 0).isEmpty)
    }

    @Test func stopWordAndPunctuationQueriesReturnNothing() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let (store, _) = try Self.makeStore(scratch)
        for q in ["the", "The and of to", "", "   ", "?!", "...", "\"\"", "*", "()", "-", "^", "—", ":", "\u{301}"] {
            #expect(try store.lexicalMatches(query: q, conversationHashes: nil, limit: 10).isEmpty, "query \(q)")
        }
    }

    @Test func operatorsAndSyntaxInQueriesDoNotError() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let (store, hashes) = try Self.makeStore(scratch)
        let queries = [
            "\"restaurant", "restaurant\"", "rest*", "*restaurant", "(restaurant", "restaurant)", "((",
            "restaurant AND", "AND restaurant", "OR", "NOT restaurant", "NEAR(restaurant table)", "NEAR",
            "body:restaurant", "^restaurant", "restaurant + table", "{body}: x", "rowid", "lexical",
            "'; DROP TABLE turns; --", "\\", "e\u{301}", "x\u{0}y", "🍕 restaurant 🍜", "AND OR NOT NEAR",
        ]
        for q in queries {
            _ = try store.lexicalMatches(query: q, conversationHashes: nil, limit: 10)
        }
        // NEAR is an ordinary word here: it finds "near" in t2.
        #expect(Set(try top(store, "NEAR(restaurant)", hashes)) == ["d0", "t2"])
        #expect(try top(store, "\"restaurant*", hashes) == ["d0"])
        #expect(try store.stats().turns == 10)
    }

    @Test func randomInputNeverErrors() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let (store, _) = try Self.makeStore(scratch)
        let alphabet = Array("abcTHE AND OR NOT NEAR\"*^():-+{}[],.;'\\/é餐厅 \u{301}\t\n0123")
        var state: UInt64 = 0x9e3779b97f4a7c15
        for _ in 0..<500 {
            var q = ""
            for _ in 0..<Int(state % 12) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                q.append(alphabet[Int((state >> 33) % UInt64(alphabet.count))])
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            _ = try store.lexicalMatches(query: q, conversationHashes: nil, limit: 5)
        }
    }

    /// Per-term matches: each term's turns (by turn id), in query-term order, over the whole index.
    @Test func termTurnIDsListEachTermsTurns() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let (store, hashes) = try Self.makeStore(scratch)
        let turns = Dictionary(uniqueKeysWithValues: try store.turnIDs().map { ($0.id, ($0.conversationHash, $0.turnIndex)) })
        #expect(turns.count == 10)
        #expect(try store.stats().turns == 10)
        func where_(_ ids: [Int]) -> Set<String> { Set(ids.map { "\(hashes.firstIndex(of: turns[$0]!.0)!):\(turns[$0]!.1)" }) }
        #expect(LexicalQuery.terms("Where is the restaurant, Carol?") == ["restaurant", "Carol"])
        let m = try store.termTurnIDs(query: "Where is the restaurant, Carol?")
        #expect(m.count == 2)
        #expect(where_(m[0]) == ["0:0"])
        #expect(where_(m[1]) == ["1:0", "1:2"])
        #expect(where_(try store.termTurnIDs(query: "火锅")[0]) == ["2:1"])
        #expect(try store.termTurnIDs(query: "the of ?!").isEmpty)
    }

    /// No query errors in either lexical call: stop words only, punctuation, operators, CJK, 10,000 characters.
    @Test func anyQueryGivesEvidenceWithoutError() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let (store, _) = try Self.makeStore(scratch)
        let long = String(repeating: "restaurant table 餐厅 ", count: 500)
        #expect(long.count >= 10_000)
        for q in ["the and of", "?!...", "NEAR(restaurant)", "今晚吃什么饭", long, String(repeating: "x", count: 10_000), ""] {
            let terms = try store.termTurnIDs(query: q)
            #expect(terms.count == LexicalQuery.terms(q).count, "query \(q.prefix(30))")
            _ = try store.lexicalMatches(query: q, conversationHashes: nil, limit: 10)
        }
    }

    @Test func cjkQueryFindsCJKTurn() throws {
        let scratch = try IndexScratch()
        defer { scratch.cleanup() }
        let (store, hashes) = try Self.makeStore(scratch)
        // A word inside an unbroken run of Chinese characters.
        #expect(try top(store, "餐厅", hashes) == ["z0"])
        #expect(try top(store, "火锅", hashes) == ["z1"])
        // A longer query, not present verbatim: bigrams still rank the right turn first.
        #expect(try top(store, "今晚吃什么饭", hashes).first == "z0")
        // Simplified 东 is another character than 東: no match; sharing one bigram is enough to match.
        #expect(try top(store, "东京", hashes).isEmpty)
        #expect(try top(store, "东京駅", hashes) == ["j0"])
        #expect(try top(store, "東京駅", hashes) == ["j0"])
        #expect(try top(store, "待ち合わせ", hashes) == ["j0"])
        // Bigrams need adjacency: 餐 and 饭 both occur in z0, but "餐饭" does not.
        #expect(try top(store, "餐饭", hashes).isEmpty)
    }

    /// Without the spacing, unicode61 would see "我们今晚去哪家餐厅吃饭" as one token: show that the
    /// plain tokenizer misses the query that the segmented index finds.
    @Test func plainUnicode61MissesCJKWords() throws {
        let db = try SQLiteConnection(path: ":memory:")
        try db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='porter unicode61 remove_diacritics 2')")
        try db.exec("INSERT INTO t(body) VALUES('我们今晚去哪家餐厅吃饭？')")
        #expect(try db.scalarInt("SELECT count(*) FROM t WHERE t MATCH '\"餐厅\"'") == 0)
        #expect(try db.scalarInt("SELECT count(*) FROM t WHERE t MATCH '\"我们今晚去哪家餐厅吃饭\"'") == 1)
    }
}
