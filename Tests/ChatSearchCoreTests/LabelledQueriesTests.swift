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
