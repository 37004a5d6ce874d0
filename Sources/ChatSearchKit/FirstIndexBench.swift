import ChatSearchBench
import ChatSearchCore
import ChatSearchEngine
import Foundation

/// First indexing of an archive, whole process, as a user runs it: `chatsearch search` on a fresh
/// index embeds every turn both ways (naive and late) before it answers. The earlier defaults (every
/// core, OpenMP waits that spin as libgomp's do when nothing sets them, late context `window:2`)
/// against today's, with today's threads on the earlier recipe between them to show which change
/// gives what; as the machine is and with a busy loop on every core (medians of interleaved runs).
enum FirstIndexBench {
    static let section = BenchSection(
        name: "first-index",
        summary: "first indexing of an archive sample, naive and late together, whole `chatsearch search` processes: the earlier defaults (every core, spinning waits, window:2) against today's; as is and with a CPU hog per core; ratio: turns/s over the earlier defaults'"
    ) { ctx in try run(ctx) }

    /// One way of running the first indexing: the environment and the arguments that make it.
    struct Setup {
        var label: String
        var environment: [String: String]
        var arguments: [String]
        var lateContext: LateContext
    }

    /// libgomp's own waits: with the policy unset a waiting thread spins 300,000 times (about 3 ms)
    /// before it sleeps. ACTIVE with that spin count is the same waiting, and keeps ChatSearch from
    /// choosing passive waits for itself (`WaitPolicy`).
    static let spinningWaits = [WaitPolicy.variable: "ACTIVE", "GOMP_SPINCOUNT": "300000"]
    static let passiveWaits = [WaitPolicy.variable: "PASSIVE"]

    static func setups(cores: Int) -> [Setup] {
        let earlierLateContext = Configuration.Defaults.earlierLateContext
        return [
            Setup(label: "earlier defaults", environment: spinningWaits,
                  arguments: ["--threads", "\(cores)", "--late-context", "\(earlierLateContext)"], lateContext: earlierLateContext),
            Setup(label: "today's threads, \(earlierLateContext)", environment: passiveWaits,
                  arguments: ["--late-context", "\(earlierLateContext)"], lateContext: earlierLateContext),
            Setup(label: "today's defaults", environment: passiveWaits,
                  arguments: [], lateContext: Configuration.Defaults.lateContext),
        ]
    }

    static func run(_ ctx: BenchContext) throws {
        let embedder = try ctx.embedder()
        let sample = try ctx.sample(embedder: embedder)
        let dir = URL(fileURLWithPath: ctx.workDirectory).appendingPathComponent("first-index")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // The archive's first conversations, written again on their own (the generator is sequential).
        let file = dir.appendingPathComponent("conversations.json").path
        var generator = CorpusGenerator(seed: ctx.options.seed)
        try generator.writeChatGPTArchive(conversations: sample.count, to: file)
        let loaded = ConversationLoader.load(paths: [file])
        if let p = loaded.problems.first { throw BenchError("first-index: the sample archive did not load: \(p)") }
        let turns = loaded.conversations.reduce(0) { $0 + $1.turns.count }
        let cores = FreeCores().allowed
        let setups = setups(cores: cores)
        var tokensOf: [LateContext: Int] = [:]
        for context in Set(setups.map(\.lateContext)) {
            let recipe = EmbeddingRecipe(turnText: Configuration.Defaults.turnText, lateContext: context)
            tokensOf[context] = try TurnEncoder(embedder: embedder, recipe: recipe).plannedTokens(loaded.conversations, modes: [.naive, .late]).values.reduce(0, +)
        }
        let tokens = setups.map { tokensOf[$0.lateContext]! }
        ctx.report.note("\(loaded.conversations.count) conversations, \(turns) turns; each run: chatsearch search <archive> --index <fresh> --model <model> -q \"\(CorpusGenerator.query)\" [arguments]")
        for (s, t) in zip(setups, tokens) {
            ctx.report.note("\(s.label): \(s.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")) \(s.arguments.joined(separator: " ")); \(t) tokens encoded")
        }
        var run = 0
        for hog in [false, true] {
            let busy = hog ? try CPUHog(processes: cores) : nil
            defer { busy?.stop() }
            let measured = try ctx.interleaved(zip(setups, tokens).map { s, t in {
                run += 1
                let seconds = try timedSearch(s, file: file, model: ctx.options.modelPath, index: dir.appendingPathComponent("index-\(run).sqlite").path)
                return Measurement(tokens: t, turns: turns, seconds: seconds)
            } })
            for (i, s) in setups.enumerated() {
                let m = measured[i]
                var cols = [String(format: "%7.2f turns/s", m.turnsPerSecond), String(format: "%7.2f s", m.seconds),
                            String(format: "%7.0f tokens/s", m.tokensPerSecond)]
                if i > 0 { cols.append(String(format: "%5.2fx earlier defaults' turns/s", m.turnsPerSecond / max(measured[0].turnsPerSecond, 1e-9))) }
                ctx.report.row((hog ? "hog x\(cores), " : "as is, ") + s.label, cols.joined(separator: "  "))
            }
        }
    }

    /// Wall time of one `chatsearch search` on a fresh index (`index`, a path no other run uses, removed
    /// after it); a failed run stops the bench with its stderr.
    static func timedSearch(_ setup: Setup, file: String, model: String, index: String) throws -> Double {
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: index + suffix) } }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        p.arguments = ["search", file, "--index", index, "--model", model, "--top", "1", "-q", CorpusGenerator.query] + setup.arguments
        p.environment = ProcessInfo.processInfo.environment.merging(setup.environment) { _, new in new }
        p.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        p.standardError = errors
        let clock = Stopwatch()
        try p.run()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let seconds = clock.seconds
        guard p.terminationStatus == 0 else {
            throw BenchError("first-index: `chatsearch \(p.arguments!.joined(separator: " "))` exited \(p.terminationStatus): \(String(decoding: stderr.suffix(2000), as: UTF8.self))")
        }
        return seconds
    }
}
