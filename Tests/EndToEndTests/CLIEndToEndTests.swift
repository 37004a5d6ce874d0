import Foundation
import Testing
import TestSupport

/// The built binary, end to end, with the real engine and model.
@Suite(.serialized)
struct CLIEndToEndTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    static var chats: String { fixtures.appendingPathComponent("chats").path }
    let index = TestPaths.temporaryDirectory("e2e-index").appendingPathComponent("index.sqlite").path

    func json(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
    }

    @Test func queriesOnStdinGiveJSONLinesForEveryMode() throws {
        let r = try BinaryRunner.run(["search", Self.chats, "--index", index, "--top", "3"],
                                     stdin: "How much were the plane tickets?\n\n  where is the wedding  \n")
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.lines.count == 2 * 4 * 3)
        var seenModes = Set<String>()
        for line in r.lines {
            let o = try json(line)
            for key in ["query", "mode", "rank", "score", "conversation", "title", "turn", "speaker", "time", "text", "ranks"] {
                #expect(o.keys.contains(key), "missing \(key) in \(line)")
            }
            let mode = try #require(o["mode"] as? String)
            seenModes.insert(mode)
            let ranks = try #require(o["ranks"] as? [String: Int])
            #expect(Set(ranks.keys) == ["late", "naive", "blend", "hybrid"])
            #expect(ranks[mode] == o["rank"] as? Int)
            #expect(o["conversation"] as? String == "weekend")
        }
        #expect(seenModes == ["late", "naive", "blend", "hybrid"])
        let firstHybrid = try r.lines.map(json).first { $0["mode"] as? String == "hybrid" }
        #expect(firstHybrid?["turn"] as? String == "10")
        #expect(firstHybrid?["query"] as? String == "How much were the plane tickets?")
        #expect(firstHybrid?["speaker"] as? String == "Omar")
    }

    /// Stop words only, punctuation, FTS5 syntax, CJK and a 10,000-character query: every one is ranked
    /// in every mode, nothing errors.
    @Test func awkwardQueriesAreRankedWithoutError() throws {
        let queries = ["the and of", "?!...", "NEAR(\"plane\" OR", "飞机票多少钱", String(repeating: "plane tickets wedding ", count: 460) + "done"]
        #expect(queries.last!.count >= 10_000)
        let r = try BinaryRunner.run(["search", Self.chats, "--index", index, "--top", "2"], stdin: queries.joined(separator: "\n") + "\n")
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let hits = try r.lines.map(json)
        #expect(hits.count == queries.count * 4 * 2)
        for q in queries {
            #expect(Set(hits.filter { $0["query"] as? String == q }.compactMap { $0["mode"] as? String }) == ["late", "naive", "blend", "hybrid"], "\(q.prefix(20))")
        }
    }

    @Test func repeatedQueryOptionsAndOtherFormats() throws {
        let r = try BinaryRunner.run(["search", Self.chats, "--index", index, "-q", "ankle sprain", "-q", "graphics driver",
                                      "--mode", "naive", "--top", "2", "--format", "tsv"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.lines.count == 1 + 2 * 2)
        #expect(r.lines[0].hasPrefix("query\tmode\trank\tscore"))
        #expect(r.lines.dropFirst().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 18 })
        #expect(r.lines[0].hasSuffix("\ttimestamp\tsource\tposition\tturns"))
        let text = try BinaryRunner.run(["search", Self.chats, "--index", index, "-q", "ankle", "--format", "text", "--top", "1"])
        #expect(text.stdout.contains("Late chunking: ON"))
        #expect(text.stdout.contains("Late chunking: OFF"))
    }

    @Test func headEndsTheStreamQuietly() throws {
        let queries = String(repeating: "wedding in Lisbon\n", count: 200)
        let r = try BinaryRunner.run([], stdin: queries, shell:
            "\"$CHATSEARCH_BIN\" search '\(Self.chats)' --index '\(index)' | head -1; echo \"status ${PIPESTATUS[0]}\" >&2")
        #expect(r.lines.count == 1)
        #expect(try json(r.lines[0])["rank"] as? Int == 1)
        let status = r.stderr.split(separator: "\n").last.map(String.init) ?? ""
        #expect(status == "status 0" || status == "status 141", "\(r.stderr)")
        #expect(!r.stderr.contains("error"), "\(r.stderr)")
    }

    @Test func exitStatusesDifferForUsageAndInputErrors() throws {
        let missing = try BinaryRunner.run(["search", "/no/such/folder", "--index", index, "-q", "x"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("/no/such/folder"))
        let usage = try BinaryRunner.run(["search", Self.chats, "--top", "0", "-q", "x"])
        #expect(usage.status == 64)
        let dir = TestPaths.temporaryDirectory()
        try "{ not json".write(to: dir.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let bad = try BinaryRunner.run(["search", dir.path, "--index", index, "-q", "x"])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("broken.json"))
    }

    @Test func aBadFileIsReportedAndTheOthersStillLoad() throws {
        let dir = TestPaths.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Self.chats + "/weekend.json", toPath: dir.appendingPathComponent("weekend.json").path)
        try "[\"unterminated".write(to: dir.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let r = try BinaryRunner.run(["search", dir.path, "--index", index, "-q", "wedding", "--top", "1", "--mode", "naive"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("bad.json"))
        #expect(r.lines.count == 1)
    }

    @Test func embedPrintsOneVectorPerTurnAndMode() throws {
        let dir = TestPaths.temporaryDirectory()
        let file = dir.appendingPathComponent("strings.json")
        try #"["Where should we eat?", "Sita: the Thai place", "ok"]"#.write(to: file, atomically: true, encoding: .utf8)
        let r = try BinaryRunner.run(["embed", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.lines.count == 6)
        let objs = try r.lines.map(json)
        #expect(objs.map { $0["mode"] as? String } == ["naive", "late", "naive", "late", "naive", "late"])
        #expect(objs.map { $0["turn"] as? String } == ["1", "1", "2", "2", "3", "3"])
        #expect(objs[2]["text"] as? String == "Sita: the Thai place")
        for o in objs {
            let v = try #require(o["vector"] as? [Double])
            #expect(v.count == 384)
            #expect(abs(v.reduce(0) { $0 + $1 * $1 } - 1) < 1e-3)
        }
        let missingModel = try BinaryRunner.run(["embed", file.path, "--model", "/no/model.gguf"])
        #expect(missingModel.status == 1)
        #expect(missingModel.stderr.contains("/no/model.gguf"))
    }

    @Test func embedOfTheSeedDemoEqualsTheGoldenVectors() throws {
        let golden = TestPaths.packageRoot.appendingPathComponent("Tests/ChatSearchEngineTests/Fixtures/golden-sita-minilm.json")
        let g = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: golden)) as? [String: Any])
        let turns = try #require(g["turns"] as? [[String: Any]])
        let file = TestPaths.temporaryDirectory().appendingPathComponent("sita.json")
        try JSONSerialization.data(withJSONObject: turns.map { $0["text"] as! String }).write(to: file)
        let r = try BinaryRunner.run(["embed", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        let objs = try r.lines.map(json)
        #expect(objs.count == 20)
        func cosine(_ a: [Double], _ b: [Double]) -> Double {
            let d = zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
            return d / (a.reduce(0) { $0 + $1 * $1 }.squareRoot() * b.reduce(0) { $0 + $1 * $1 }.squareRoot())
        }
        for o in objs {
            let i = Int(o["turn"] as! String)! - 1
            let mode = o["mode"] as! String
            #expect(o["text"] as? String == turns[i]["text"] as? String)
            let c = cosine(o["vector"] as! [Double], turns[i][mode] as! [Double])
            #expect(c >= 0.999, "turn \(i + 1) \(mode): cosine \(c)")
        }
    }

    @Test func evalOnALabelledFixture() throws {
        let r = try BinaryRunner.run(["eval", Self.chats, "--queries", Self.fixtures.appendingPathComponent("queries.jsonl").path,
                                      "--index", index, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try json(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(o["queries"] as? Int == 6)
        let modes = try #require(o["modes"] as? [String: [String: Double]])
        #expect(Set(modes.keys) == ["late", "naive", "blend", "hybrid"])
        for (mode, m) in modes {
            #expect(m["recall@10"]! >= 0.99, "\(mode) recall@10 \(m)")
            #expect(m["mrr"]! >= 0.5, "\(mode) MRR \(m)")
        }
        #expect(modes["hybrid"]!["recall@1"]! >= 0.5)
        let table = try BinaryRunner.run(["eval", Self.chats, "--queries", Self.fixtures.appendingPathComponent("queries.jsonl").path, "--index", index])
        #expect(table.stdout.contains("R@1    R@5    R@10   MRR    nDCG@10"))
    }

    /// Questions are natural language: a quoted title with its closing quote missing, or a word that
    /// looks like a filter, is text to `eval`, never a query-language error.
    @Test func evalQuestionsAreTextNotFilters() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("eval-literal-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let queries = dir.appendingPathComponent("q.jsonl")
        try (#"{"query": "Which novel did Maya call \"the best book?", "conversation": "weekend", "relevant": ["11"]}"# + "\n"
             + #"{"query": "after:2024-13 where is the wedding?", "conversation": "weekend", "relevant": ["8", "9"]}"# + "\n")
            .write(to: queries, atomically: true, encoding: .utf8)
        let r = try BinaryRunner.run(["eval", Self.chats, "--queries", queries.path, "--index", index, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try json(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(o["queries"] as? Int == 2)
    }
}
