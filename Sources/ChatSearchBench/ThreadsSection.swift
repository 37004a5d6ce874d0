import ChatSearchEngine

/// Threads: 1, 2 and the default, on the machine as it is and with a busy loop on every core.
enum ThreadsSection {
    static let section = BenchSection(
        name: "threads",
        summary: "naive indexing (f32) with 1, 2 and the default threads, as the machine is and with a CPU hog per core; baseline: 1 thread in the same condition",
        run: run)

    static func key(threads: Int?, hog: Bool) -> String { "naive f32 threads=\(threads.map(String.init) ?? "default") hog=\(hog)" }

    static func run(_ bench: BenchContext) throws {
        let sample = try bench.sample(embedder: try bench.embedder())
        let cores = FreeCores().allowed
        for hog in [false, true] {
            let busy = hog ? try CPUHog(processes: cores) : nil
            defer { busy?.stop() }
            var one: Measurement?
            for threads in [1, 2, nil] as [Int?] {
                let embedder = try bench.embedder(threads: threads)
                let (m, _) = try bench.naive(sample, embedder)
                let label = (hog ? "hog x\(cores), " : "as is, ") + (threads.map { "\($0) thread\($0 == 1 ? "" : "s")" } ?? "default (\(embedder.bulkThreads) threads)")
                bench.report.measurement(label, m, against: one.map { ("1 thread", $0) })
                if threads == 1 { one = m }
                bench.results[key(threads: threads, hog: hog)] = m
            }
        }
    }
}
