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
    /// JSON Lines: {"query", "conversation", "relevant": [turn ids], "category"?}; blank lines skipped.
    public static func read(jsonl path: String) throws -> [LabelledQuery] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var out: [LabelledQuery] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let obj = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any],
                  let q = obj["query"] as? String, let c = Self.string(obj["conversation"]),
                  let rel = obj["relevant"] as? [Any] else {
                throw LoadProblem(path: path, line: n + 1, reason: "expected {\"query\": string, \"conversation\": id, \"relevant\": [turn ids]}")
            }
            out.append(LabelledQuery(query: q, conversation: c, relevant: rel.compactMap(Self.string), category: obj["category"] as? Int))
        }
        return out
    }

    /// The questions of LoCoMo files with their evidence turns (dia_ids). Category 5 (adversarial)
    /// is left out unless `includeAdversarial`.
    public static func read(locomo path: String, includeAdversarial: Bool = false) throws -> [LabelledQuery] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let samples = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw LoadProblem(path: path, line: nil, reason: "not a LoCoMo file (expected an array of samples)")
        }
        var out: [LabelledQuery] = []
        for s in samples {
            guard let id = Self.string(s["sample_id"]), let qa = s["qa"] as? [[String: Any]] else { continue }
            for item in qa {
                let cat = item["category"] as? Int
                if cat == 5 && !includeAdversarial { continue }
                guard let q = item["question"] as? String, let ev = item["evidence"] as? [Any] else { continue }
                // Some evidence entries hold several ids in one string ("D1:3; D1:5").
                let ids = ev.compactMap(Self.string).flatMap { $0.split(whereSeparator: { ";, ".contains($0) }).map(String.init) }
                if ids.isEmpty { continue }
                out.append(LabelledQuery(query: q, conversation: id, relevant: ids, category: cat))
            }
        }
        return out
    }

    static func string(_ v: Any?) -> String? {
        if let s = v as? String { return s }
        if let i = v as? Int { return String(i) }
        return nil
    }
}
