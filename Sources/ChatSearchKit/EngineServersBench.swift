import ChatSearchBench
import ChatSearchCore
import ChatSearchEngine
import Foundation

/// `chatsearch bench`'s servers section: indexing in-process against the same work sent to one and to
/// two llama-server processes on loopback (`--engine`), the cores shared out equally (one server: all
/// of them; two: half each). On one machine no gain is expected: the figure is the cost of the HTTP
/// round trips and JSON per token.
enum EngineServersBench {
    static let section = BenchSection(
        name: "servers",
        summary: "naive and late (default recipe) indexing in-process against one and two llama-server processes on loopback (--engine), same cores in total; baseline: in-process; overhead per token; medians of interleaved runs",
        run: run)

    static func run(_ bench: BenchContext) throws {
        guard let exe = LlamaServerCommand.findExecutable(cacheDirectory: Paths.cacheDirectory,
                                                          path: ProcessInfo.processInfo.environment["PATH"]) else {
            bench.report.note("llama-server is not built (make setup builds it): skipped")
            return
        }
        let cores = FreeCores().allowed
        let local = try bench.embedder(threads: cores)
        let sample = try bench.sample(embedder: local)
        let logs = URL(fileURLWithPath: bench.workDirectory).appendingPathComponent("servers")
        let one = try LocalEngineServer(executable: exe, modelPath: local.info.path, like: local, threads: cores, logDirectory: logs)
        let halves = try (0..<2).map { _ in
            try LocalEngineServer(executable: exe, modelPath: local.info.path, like: local, threads: max(1, cores / 2), logDirectory: logs)
        }
        defer { one.stop(); halves.forEach { $0.stop() } }
        let engines: [(String, TokenEmbedder)] = [
            ("in-process (\(cores) threads)", local),
            ("1 server (\(cores) threads)", try ServerEmbedder(local: local, urls: [one.url], token: nil)),
            ("2 servers (\(max(1, cores / 2)) threads each)", try ServerEmbedder(local: local, urls: halves.map(\.url), token: nil)),
        ]
        for (mode, recipe) in [(TurnEncoder.Mode.naive, EmbeddingRecipe()), (.late, Configuration.Defaults.recipe)] {
            let measured = try bench.interleaved(engines.map { e in
                { try bench.index(sample, e.1, recipe: recipe, mode: mode, sequencesPerCall: EngineSettings.sequencesPerCall(e.1)).0 }
            })
            let base = measured[0]
            for (i, (label, _)) in engines.enumerated() {
                bench.report.measurement("\(mode) \(label)", measured[i], against: i == 0 ? nil : ("in-process", base))
                if i > 0 {
                    let m = measured[i]
                    let extra = (m.seconds / Double(max(m.tokens, 1)) - base.seconds / Double(max(base.tokens, 1))) * 1e6
                    bench.report.note(String(format: "%@ %@: time per token %.2fx in-process (%+.1f µs a token)", "\(mode)", label,
                                             base.tokensPerSecond / max(m.tokensPerSecond, 1e-9), extra))
                }
                bench.results["\(mode) servers \(i)"] = measured[i]
            }
        }
    }
}
