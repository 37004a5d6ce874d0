import ChatSearchCore
import Foundation

/// Runs labelled queries through a workspace and summarises the metrics per mode (and per category).
public struct Evaluation {
    public var overall: [RankingMode: MetricSummary] = [:]
    public var perCategory: [Int: [RankingMode: MetricSummary]] = [:]
    public var skipped = 0
    /// Per query, which mode ranks the first relevant turn higher.
    public var headToHead: [String: HeadToHead] = [:]
    public var headToHeadByCategory: [Int: [String: HeadToHead]] = [:]
    public var costs: [String: Double] = [:]

    static let pairs: [(RankingMode, RankingMode)] = [(.late, .naive), (.hybrid, .naive), (.hybrid, .late), (.hybrid, .blend)]

    public struct HeadToHead {
        public var better = 0, worse = 0, tie = 0
        mutating func add(_ a: Int, _ b: Int) {
            if a < b { better += 1 } else if a > b { worse += 1 } else { tie += 1 }
        }
        public var text: String { "better on \(better), worse on \(worse), tied on \(tie)" }
    }
    public var settings: String = ""

    public static func run(_ queries: [LabelledQuery], workspace: Workspace) throws -> Evaluation {
        var e = Evaluation()
        var convIndex: [String: Int] = [:]
        for (i, c) in workspace.conversations.enumerated() where convIndex[c.id] == nil { convIndex[c.id] = i }
        let usable = queries.filter { convIndex[$0.conversation] != nil }
        e.skipped = queries.count - usable.count
        let results = try workspace.search(usable.map { q in
            let ci = convIndex[q.conversation]!
            return SearchRequest(query: q.query, top: max(10, workspace.conversations[ci].turns.count), conversation: ci, literal: true)
        })
        for mode in RankingMode.allCases { e.overall[mode] = MetricSummary() }
        for (q, r) in zip(usable, results) {
            let turns = workspace.conversations[convIndex[q.conversation]!].turns
            let relevant = Set(q.relevant)
            var firstHit: [RankingMode: Int] = [:]
            for mode in RankingMode.allCases {
                let ids = r.ranking(mode).map { turns[$0.ref.turn].id }
                e.overall[mode]!.add(ids, relevant: relevant)
                if let cat = q.category { e.perCategory[cat, default: [:]][mode, default: MetricSummary()].add(ids, relevant: relevant) }
                firstHit[mode] = ids.firstIndex(where: relevant.contains).map { $0 + 1 } ?? Int.max
            }
            for (a, b) in Self.pairs {
                let key = "\(a.rawValue) vs \(b.rawValue)"
                e.headToHead[key, default: HeadToHead()].add(firstHit[a]!, firstHit[b]!)
                if let cat = q.category { e.headToHeadByCategory[cat, default: [:]][key, default: HeadToHead()].add(firstHit[a]!, firstHit[b]!) }
            }
        }
        for mode in RankingMode.allCases { e.overall[mode] = e.overall[mode]!.averaged() }
        for (cat, m) in e.perCategory { e.perCategory[cat] = m.mapValues { $0.averaged() } }
        let planned = try workspace.encoder.plannedTokens(workspace.conversations, modes: [.naive, .late])
        let naive = planned[.naive]!, late = planned[.late]!
        e.costs = ["naive": 1, "late": naive > 0 ? Double(late) / Double(naive) : 0]
        e.costs["blend"] = 1 + e.costs["late"]!
        e.costs["hybrid"] = e.costs[workspace.config.scoring.hybridBase.rawValue]!
        let o = workspace.config.scoring, rcp = workspace.config.recipe
        e.settings = "model \(workspace.embedder.info.name); turn text \(rcp.turnText.rawValue); late context \(rcp.lateContext); alpha \(o.alpha); hybrid = \(o.hybridBase.rawValue) + \(o.lexicalWeight)·lexical (gate \(o.lexicalGate.lowerBound)–\(o.lexicalGate.upperBound)) + \(o.speakerWeight)·speaker, smoothing \(o.smooth)"
        return e
    }

    public func table(byCategory: Bool) -> String {
        var lines = [settings]
        let n = overall[.naive]?.queries ?? 0
        lines.append("\(n) queries\(skipped > 0 ? " (\(skipped) skipped: conversation not loaded)" : "")")
        lines.append("")
        lines.append(Self.header)
        for mode in RankingMode.allCases { lines.append(Self.row(mode.rawValue, overall[mode]!, cost: costs[mode.rawValue])) }
        lines.append("")
        lines.append("first relevant turn ranked higher, per query:")
        for (a, b) in Self.pairs {
            let key = "\(a.rawValue) vs \(b.rawValue)"
            lines.append("  \(key): \(headToHead[key]?.text ?? "-")")
        }
        if byCategory {
            for cat in perCategory.keys.sorted() {
                let m = perCategory[cat]!
                lines.append("")
                lines.append("category \(cat) (\(m[.naive]?.queries ?? 0) queries)")
                lines.append(Self.header)
                for mode in RankingMode.allCases { lines.append(Self.row(mode.rawValue, m[mode]!, cost: nil)) }
                for (a, b) in Self.pairs {
                    let key = "\(a.rawValue) vs \(b.rawValue)"
                    lines.append("  \(key): \(headToHeadByCategory[cat]?[key]?.text ?? "-")")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    static let header = "mode     R@1    R@5    R@10   MRR    nDCG@10  cost"

    static func row(_ name: String, _ m: MetricSummary, cost: Double?) -> String {
        name.padding(toLength: 8, withPad: " ", startingAt: 0)
            + String(format: " %.3f  %.3f  %.3f  %.3f  %.3f", m.recallAt1, m.recallAt5, m.recallAt10, m.mrr, m.ndcgAt10)
            + (cost.map { String(format: "    %.2f", $0) } ?? "")
    }

    public var json: String {
        func obj(_ m: MetricSummary) -> String {
            var j = JSONLine()
            j.add("queries", m.queries)
            j.add("recall@1", m.recallAt1, digits: 4)
            j.add("recall@5", m.recallAt5, digits: 4)
            j.add("recall@10", m.recallAt10, digits: 4)
            j.add("mrr", m.mrr, digits: 4)
            j.add("ndcg@10", m.ndcgAt10, digits: 4)
            return j.text
        }
        var modes = JSONLine()
        for mode in RankingMode.allCases { modes.add(mode.rawValue, raw: obj(overall[mode]!)) }
        var cats = JSONLine()
        for cat in perCategory.keys.sorted() {
            var m = JSONLine()
            for mode in RankingMode.allCases { m.add(mode.rawValue, raw: obj(perCategory[cat]![mode]!)) }
            cats.add(String(cat), raw: m.text)
        }
        var c = JSONLine()
        for mode in RankingMode.allCases { c.add(mode.rawValue, costs[mode.rawValue] ?? 0, digits: 3) }
        var h2h = JSONLine()
        for (key, h) in headToHead.sorted(by: { $0.key < $1.key }) {
            var o = JSONLine()
            o.add("better", h.better)
            o.add("worse", h.worse)
            o.add("tie", h.tie)
            h2h.add(key, raw: o.text)
        }
        var j = JSONLine()
        j.add("settings", settings)
        j.add("queries", overall[.naive]?.queries ?? 0)
        j.add("skipped", skipped)
        j.add("modes", raw: modes.text)
        j.add("categories", raw: cats.text)
        j.add("cost", raw: c.text)
        j.add("head_to_head", raw: h2h.text)
        return j.text
    }
}
