import ChatSearchEngine

/// Threads: 1, 2 and the default, on the machine as it is and with a busy loop on every core.
enum ThreadsSection {
    static let section = BenchSection(
        name: "threads",
        summary: "naive indexing (f32) with 1, 2 and the default threads, as the machine is and with a CPU hog per core; baseline: 1 thread in the same condition; medians of interleaved runs",
        run: run)

    static func key(threads: Int?, hog: Bool) -> String { "naive f32 threads=\(threads.map(String.init) ?? "default") hog=\(hog)" }

    static func run(_ bench: BenchContext) throws {
        let sample = try bench.sample(embedder: try bench.embedder())
        let cores = FreeCores().allowed
        for hog in [false, true] {
            let busy = hog ? try CPUHog(processes: cores) : nil
            defer { busy?.stop() }
            let counts: [Int?] = [1, 2, nil]
            let embedders = try counts.map { try bench.embedder(threads: $0) }
            let measured = try bench.interleaved(embedders.map { e in { try bench.naive(sample, e).0 } })
            for (i, threads) in counts.enumerated() {
                let label = (hog ? "hog x\(cores), " : "as is, ") + (threads.map { "\($0) thread\($0 == 1 ? "" : "s")" } ?? "default (\(embedders[i].bulkThreads) threads)")
                bench.report.measurement(label, measured[i], against: i == 0 ? nil : ("1 thread", measured[0]))
                bench.results[key(threads: threads, hog: hog)] = measured[i]
            }
        }
    }
}
