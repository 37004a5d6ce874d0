import ChatSearchBench
import ChatSearchCore
import ChatSearchEngine
import Foundation

/// What a growing conversation costs to keep indexed: a 500-turn conversation is indexed (both modes,
/// today's recipe), then the same conversation with 1 turn appended, then with 10 more, each time into
/// the same index. Token counts (what the engine was given) are deterministic, so the ratios do not
/// depend on how busy the machine is.
enum IncrementalIndexBench {
    static let turns = 500
    static let section = BenchSection(
        name: "incremental",
        summary: "tokens encoded to keep a \(turns)-turn conversation indexed as it grows by 1 turn, then by 10, both modes, today's recipe; baseline: the tokens of its first index"
    ) { ctx in try run(ctx) }

    static func run(_ ctx: BenchContext) throws {
        let embedder = try ctx.embedder()
        let dir = URL(fileURLWithPath: ctx.workDirectory).appendingPathComponent("incremental")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("chat.jsonl").path
        var generator = CorpusGenerator(seed: ctx.options.seed &+ 3)
        try generator.writeChat(turns: turns + 11, to: file)
        let loaded = ConversationLoader.load(paths: [file])
        if let p = loaded.problems.first { throw BenchError("incremental: the chat did not load: \(p)") }
        // The generator's short messages, as one long conversation.
        let all = loaded.conversations.flatMap(\.turns).enumerated().map { i, t in
            var t = t
            t.id = "\(i + 1)"
            return t
        }
        func conversation(_ n: Int) -> Conversation {
            Conversation(id: "growing", title: "growing chat", turns: Array(all.prefix(n)), source: file)
        }
        let store = try IndexStore(path: dir.appendingPathComponent("index.sqlite").path)
        let recipe = Configuration.Defaults.recipe
        func index(_ n: Int) throws -> (tokens: Int, outcome: IndexSync.Outcome, seconds: Double) {
            let encoder = try TurnEncoder(embedder: embedder, recipe: recipe)
            let clock = Date()
            let outcome = try IndexSync(encoder: encoder, store: store, modelID: "bench").run([conversation(n)], pruneRoots: [file])
            return (outcome.encodedTokens, outcome, Date().timeIntervalSince(clock))
        }
        ctx.report.note("one conversation of the generator's chat messages (seed \(ctx.options.seed &+ 3)), late context \(recipe.lateContext), turn text \(recipe.turnText.rawValue); a run: IndexSync over the same index")
        let first = try index(turns)
        let perTurn = Double(first.tokens) / Double(turns)
        ctx.report.row("first index, \(turns) turns", String(format: "%d tokens (%.1f per turn), %d turn vectors, %.1f s", first.tokens, perTurn, first.outcome.embeddedTurns, first.seconds))
        let one = try index(turns + 1)
        ctx.report.row("+1 turn", String(format: "%d tokens = %.2f%% of the first index, %d turn vectors encoded, %d reused, %.2f s",
                                         one.tokens, 100 * Double(one.tokens) / Double(first.tokens), one.outcome.embeddedTurns, one.outcome.reusedTurns, one.seconds))
        let ten = try index(turns + 11)
        ctx.report.row("+10 turns", String(format: "%d tokens = %.2f%% of the first index = %.1f turns' worth, %d turn vectors encoded, %d reused, %.2f s",
                                           ten.tokens, 100 * Double(ten.tokens) / Double(first.tokens), Double(ten.tokens) / perTurn,
                                           ten.outcome.embeddedTurns, ten.outcome.reusedTurns, ten.seconds))
    }
}
