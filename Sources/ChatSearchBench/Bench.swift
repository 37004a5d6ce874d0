import Foundation

/// `chatsearch bench`: sections that each measure one thing against a baseline measured in the same
/// run and print their rows. A section is one file; `Bench.sections` lists them in running order.
public struct BenchSection: Sendable {
    /// Short name, used by `--sections` to pick sections.
    public let name: String
    /// One line saying what the section measures and against what.
    public let summary: String
    public let run: @Sendable (BenchContext) throws -> Void

    public init(name: String, summary: String, run: @escaping @Sendable (BenchContext) throws -> Void) {
        self.name = name
        self.summary = summary
        self.run = run
    }
}

public enum Bench {
    public static let sections: [BenchSection] = [
        CorporaSection.section, ThreadsSection.section, WeightsSection.section, LongMessageSection.section,
        PeerSection.section, RecipesSection.section,
    ]

    /// Runs the chosen sections (all when `only` is empty), printing the process's peak memory after
    /// each. `extra` sections (defined where more of the application is at hand, such as the index and
    /// the TUI) run after the built-in ones.
    public static func run(_ options: BenchOptions, only: [String] = [], extra: [BenchSection] = []) throws {
        let sections = Self.sections + extra
        let unknown = only.filter { n in !sections.contains { $0.name == n } }
        if !unknown.isEmpty {
            throw BenchError("unknown section(s) \(unknown.joined(separator: ", ")); sections: \(sections.map { $0.name }.joined(separator: ", "))")
        }
        let bench = try BenchContext(options)
        defer { bench.cleanUp() }
        bench.report.header(bench)
        for section in sections where only.isEmpty || only.contains(section.name) {
            bench.report.section(section.name, section.summary)
            try section.run(bench)
            bench.report.peakMemory("after \(section.name)")
        }
    }
}

public struct BenchError: Error, CustomStringConvertible {
    public var description: String
    public init(_ d: String) { description = d }
}
