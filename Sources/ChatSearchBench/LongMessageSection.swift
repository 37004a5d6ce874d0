import ChatSearchCore
import Foundation

/// One long message (a pasted log, a whole document): reading it and embedding it must take time in
/// proportion to its length.
enum LongMessageSection {
    static let section = BenchSection(
        name: "long",
        summary: "load and naive-index one message of each size (a question and the long answer); baseline: the smallest size, per byte",
        run: run)

    static func run(_ bench: BenchContext) throws {
        let embedder = try bench.embedder()
        var generator = CorpusGenerator(seed: bench.options.seed &+ 2)
        var first: (bytes: Int, seconds: Double)?
        for bytes in bench.options.longMessageBytes.sorted() {
            let path = bench.workDirectory + "/long-\(bytes).json"
            let conversation: [String: Any] = ["id": "long-\(bytes)", "title": "long message", "turns": [
                ["id": "1", "speaker": "user", "text": "Can you look at this?"],
                ["id": "2", "speaker": "assistant", "text": generator.longText(bytes: bytes)],
            ]]
            try JSONSerialization.data(withJSONObject: conversation).write(to: URL(fileURLWithPath: path))
            let clock = Stopwatch()
            let load = ConversationLoader.load(paths: [path])
            let loadSeconds = clock.seconds
            guard load.problems.isEmpty, !load.conversations.isEmpty else { throw BenchError("\(path) did not load") }
            let (naive, _) = try bench.naive(load.conversations, embedder)
            let total = loadSeconds + naive.seconds
            let perMB = total / (Double(bytes) / 1e6)
            var cols = [String(format: "load %.3f s", loadSeconds),
                        String(format: "naive %.1f s (%d tokens, %.0f/s)", naive.seconds, naive.tokens, naive.tokensPerSecond),
                        String(format: "%.0f s per MB", perMB)]
            if let f = first {
                cols.append(String(format: "%.2fx the %@ cost per byte", perMB / (f.seconds / (Double(f.bytes) / 1e6)), sizeName(f.bytes)))
            } else {
                first = (bytes, total)
            }
            bench.report.row(sizeName(bytes), cols.joined(separator: ", "))
        }
    }

    static func sizeName(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? "\(bytes / 1_000_000) MB" : bytes >= 1000 ? "\(bytes / 1000) KB" : "\(bytes) B"
    }
}
