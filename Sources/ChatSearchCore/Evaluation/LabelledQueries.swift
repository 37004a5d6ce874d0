import Foundation

/// A query with the turns that answer it, inside one conversation.
public struct LabelledQuery: Sendable, Equatable {
    public var query: String
    public var conversation: String
    public var relevant: [String]
    public var category: Int?

    public init(query: String, conversation: String, relevant: [String], category: Int? = nil) {
        self.query = query
        self.conversation = conversation
        self.relevant = relevant
        self.category = category
    }
}

public enum LabelledQueries {
    /// A file that cannot be read (a folder, no permission, not UTF-8) is a `LoadProblem` naming it.
    private static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadProblem(path: path, reason: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw LoadProblem(path: path, reason: "is not UTF-8 text") }
        return text
    }

    /// JSON Lines: {"query", "conversation", "relevant": [turn ids], "category"?}; blank lines skipped.
    public static func read(jsonl path: String) throws -> [LabelledQuery] {
        let text = try readText(path)
        var out: [LabelledQuery] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.trimmed.isEmpty { continue }
            guard let obj = (try? JSONParser.parse(String(line)))?.object,
                  let q = obj["query"]?.string, let c = obj["conversation"]?.scalarText,
                  let rel = obj["relevant"]?.array else {
                throw LoadProblem(path: path, line: n + 1, reason: "expected {\"query\": string, \"conversation\": id, \"relevant\": [turn ids]}")
            }
            out.append(LabelledQuery(query: q, conversation: c, relevant: rel.compactMap(\.scalarText),
                                     category: obj["category"]?.scalarText.flatMap { Int($0) }))
        }
        return out
    }

    /// The questions of LoCoMo files with their evidence turns (dia_ids). Category 5 (adversarial)
    /// is left out unless `includeAdversarial`.
    public static func read(locomo path: String, includeAdversarial: Bool = false) throws -> [LabelledQuery] {
        let text = try readText(path)
        let json: JSONValue
        do {
            json = try JSONParser.parse(text)
        } catch {
            throw LoadProblem(path: path, line: error.line, reason: error.reason)
        }
        guard let samples = json.array else {
            throw LoadProblem(path: path, line: nil, reason: "not a LoCoMo file (expected an array of samples)")
        }
        var out: [LabelledQuery] = []
        for s in samples.compactMap(\.object) {
            guard let id = s["sample_id"]?.scalarText, let qa = s["qa"]?.array else { continue }
            for item in qa.compactMap(\.object) {
                let cat = item["category"]?.scalarText.flatMap { Int($0) }
                if cat == 5 && !includeAdversarial { continue }
                guard let q = item["question"]?.string, let ev = item["evidence"]?.array else { continue }
                // Some evidence entries hold several ids in one string ("D1:3; D1:5").
                let ids = ev.compactMap(\.scalarText).flatMap { $0.split(whereSeparator: { ";, ".contains($0) }).map(String.init) }
                if ids.isEmpty { continue }
                out.append(LabelledQuery(query: q, conversation: id, relevant: ids, category: cat))
            }
        }
        return out
    }
}
