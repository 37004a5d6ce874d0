/// The generated corpora every other section draws from, and how fast the real readers load them.
enum CorporaSection {
    static let section = BenchSection(
        name: "corpora",
        summary: "generate the ChatGPT-shaped archive and the chat corpus, then load them with the real readers",
        run: run)

    static func run(_ bench: BenchContext) throws {
        for (label, corpus) in [("ChatGPT archive", try bench.archive()), ("chat corpus (JSON Lines)", try bench.chat())] {
            bench.report.row(label, "\(corpus.conversations.count) conversations", "\(corpus.turns) turns",
                             String(format: "%.1f MB", Double(corpus.bytes) / 1e6),
                             String(format: "written in %.2f s", corpus.writeSeconds),
                             String(format: "loaded in %.2f s (%.0f turns/s)", corpus.loadSeconds, Double(corpus.turns) / max(corpus.loadSeconds, 1e-9)))
        }
    }
}
