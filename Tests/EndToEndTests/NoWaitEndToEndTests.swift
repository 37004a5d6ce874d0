import Foundation
import Testing
import TestSupport

/// `chatsearch search --no-wait`: answers from what the index holds, without embedding first.
@Suite(.serialized)
struct NoWaitEndToEndTests {
    static let weekend = CLIEndToEndTests.fixtures.appendingPathComponent("chats/weekend.json").path
    static let dinner = TestPaths.packageRoot.appendingPathComponent("SampleData/dinner-plans.json").path
    static let query = "Saturday dinner, and the plane tickets"

    /// A folder with two conversations (the weekend fixture and the dinner chat) and an index path.
    func corpus() throws -> (folder: String, index: String) {
        let dir = TestPaths.temporaryDirectory("no-wait")
        let folder = dir.appendingPathComponent("chats")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.weekend, toPath: folder.appendingPathComponent("weekend.json").path)
        try FileManager.default.copyItem(atPath: Self.dinner, toPath: folder.appendingPathComponent("dinner-plans.json").path)
        return (folder.path, dir.appendingPathComponent("index.sqlite").path)
    }

    struct Line {
        var mode: String
        var conversation: String
        var ranks: [String: Any]
    }

    /// Every stdout line must be one JSON object (what jq reads), with the hit's mode and conversation.
    func hits(_ r: CommandResult) throws -> [Line] {
        try r.lines.map { line in
            let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
            return Line(mode: try #require(o["mode"] as? String), conversation: try #require(o["conversation"] as? String),
                        ranks: try #require(o["ranks"] as? [String: Any]))
        }
    }

    /// The query over `path`; 30 hits per mode, more than the two chats' turns, so that hybrid lists
    /// the turns known by their lexical evidence alone below those with vectors.
    func search(_ path: String, index: String, noWait: Bool) throws -> CommandResult {
        let r = try BinaryRunner.run(["search", path, "--index", index, "-q", Self.query, "--top", "30"] + (noWait ? ["--no-wait"] : []))
        try #require(r.status == 0, "search\(noWait ? " --no-wait" : "") failed with status \(r.status): \(r.stderr)")
        return r
    }

    @Test func onAFreshIndexOnlyLexicalHybridHitsAndNothingEmbedded() throws {
        let (folder, index) = try corpus()
        let r = try search(folder, index: index, noWait: true)
        let lines = try hits(r)
        #expect(!lines.isEmpty, "no hits; stderr: \(r.stderr)")
        #expect(lines.allSatisfy { $0.mode == "hybrid" }, "dense hits before anything was embedded: \(lines.map(\.mode))")
        #expect(Set(lines.map(\.conversation)) == ["weekend", "dinner-plans"], "\(lines.map(\.conversation))")
        for l in lines {
            #expect(l.ranks["late"] is NSNull && l.ranks["naive"] is NSNull && l.ranks["blend"] is NSNull, "\(l.ranks)")
            #expect(l.ranks["hybrid"] is Int, "\(l.ranks)")
        }
        #expect(r.stderr.contains("chatsearch: dense results cover 0 of 2 conversations; run without --no-wait to embed the rest"),
                "stderr: \(r.stderr)")
        #expect(!r.stderr.contains("Indexed"), "stderr: \(r.stderr)")
        let s = try IndexCounts.of(index: index)
        #expect(s.conversations == 2, "the texts are stored")
        #expect(s.vectorSets == 0, "--no-wait embedded \(s.vectorSets) vector sets")
    }

    @Test func denseRankingsCoverWhatIsEmbeddedAndAWholeIndexAnswersAsANormalRun() throws {
        let (folder, index) = try corpus()
        // Only the weekend chat embedded: dense hits come from it alone, hybrid finds the dinner chat too.
        _ = try search(Self.weekend, index: index, noWait: false)
        #expect(try IndexCounts.of(index: index).vectorSets == 2)
        let partial = try search(folder, index: index, noWait: true)
        let lines = try hits(partial)
        let dense = lines.filter { $0.mode != "hybrid" }
        #expect(Set(dense.map(\.mode)) == ["late", "naive", "blend"], "\(lines.map(\.mode))")
        #expect(dense.allSatisfy { $0.conversation == "weekend" }, "dense hits from a conversation without vectors: \(dense.map(\.conversation))")
        let hybrid = lines.filter { $0.mode == "hybrid" }
        #expect(Set(hybrid.map(\.conversation)) == ["weekend", "dinner-plans"], "\(hybrid.map(\.conversation))")
        for l in hybrid where l.conversation == "dinner-plans" { #expect(l.ranks["late"] is NSNull, "\(l.ranks)") }
        #expect(partial.stderr.contains("dense results cover 1 of 2 conversations"), "stderr: \(partial.stderr)")
        #expect(try IndexCounts.of(index: index).vectorSets == 2, "--no-wait embedded something")

        // Once everything is embedded, --no-wait gives exactly the normal run's lines and says nothing.
        let normal = try search(folder, index: index, noWait: false)
        #expect(try IndexCounts.of(index: index).vectorSets == 4)
        let again = try search(folder, index: index, noWait: true)
        #expect(!again.stdout.isEmpty)
        #expect(again.stdout == normal.stdout)
        #expect(!again.stderr.contains("dense results cover"), "stderr: \(again.stderr)")
    }
}
