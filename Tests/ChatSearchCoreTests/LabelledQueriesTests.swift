import Foundation
import Testing
@testable import ChatSearchCore

@Suite struct LabelledQueriesTests {
    private let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test func heldOutQueriesRead() throws {
        let queries = try LabelledQueries.read(jsonl: root + "/eval/sampledata-queries.jsonl")
        #expect(queries.count == 122)
        #expect(queries.allSatisfy { !$0.query.isEmpty && !$0.relevant.isEmpty && $0.category != nil })
        #expect(queries[0].conversation == "flat-2-1-craigpark" && queries[0].relevant == ["6"])
    }

    /// Every answer turn of the SampleData query sets exists in what the loader reads (so a change in a
    /// reader can never silently break an evaluation).
    @Test(arguments: ["sampledata-queries.jsonl", "sampledata-heldout.jsonl", "multilingual-queries.jsonl"])
    func everyRelevantTurnOfTheSampleDataQueriesIsLoaded(_ name: String) throws {
        let path = root + "/eval/" + name
        try #require(FileManager.default.fileExists(atPath: path))
        let queries = try LabelledQueries.read(jsonl: path)
        let load = ConversationLoader.load(paths: [root + "/SampleData"])
        var turnIDs: [String: Set<String>] = [:]
        for c in load.conversations { turnIDs[c.id] = Set(c.turns.map(\.id)) }
        for q in queries {
            let ids = try #require(turnIDs[q.conversation], "\(name): no conversation \(q.conversation)")
            #expect(Set(q.relevant).isSubset(of: ids), "\(name): \(q.query)")
        }
    }

    @Test func badLinesAndLoCoMoQuestionsAreRead() throws {
        let folder = try makeTemporaryFolder([
            "q.jsonl": Data("{\"query\": \"a\", \"conversation\": 7, \"relevant\": [1, \"D1:2\"], \"category\": 2}\n\n  \nnot json\n".utf8),
            "locomo.json": Data(#"[{"sample_id": "s1", "qa": [{"question": "q?", "evidence": ["D1:3; D1:5"], "category": 1}, {"question": "adv", "evidence": ["D1:1"], "category": 5}]}]"#.utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            _ = try LabelledQueries.read(jsonl: folder + "/q.jsonl")
            Issue.record("expected a problem")
        } catch let problem as LoadProblem {
            #expect(problem.line == 4)
        }
        let locomo = try LabelledQueries.read(locomo: folder + "/locomo.json")
        #expect(locomo == [LabelledQuery(query: "q?", conversation: "s1", relevant: ["D1:3", "D1:5"], category: 1)])
        #expect(try LabelledQueries.read(locomo: folder + "/locomo.json", includeAdversarial: true).count == 2)
    }
}
