import ChatSearchCore
import Foundation

/// The peer a Python user would pick: onnxruntime on the ONNX export of the same model, naive, in
/// length-sorted padded batches (scripts/bench_peer.py, in the bench's own venv).
enum PeerSection {
    static let section = BenchSection(
        name: "peer",
        summary: "naive embedding of the same turns: ChatSearch (f32) against onnxruntime with the same threads; ratio: ChatSearch tokens/s over the peer's",
        run: run)

    struct PeerResult: Decodable {
        var turns: Int
        var windows: Int
        var tokens: Int
        var seconds: Double
        var peak_rss_mb: Double
    }

    static func run(_ bench: BenchContext) throws {
        let o = bench.options
        guard let python = o.peerPython, let script = o.peerScript, let tokenizer = o.peerTokenizer,
              FileManager.default.isExecutableFile(atPath: python), FileManager.default.fileExists(atPath: tokenizer) else {
            bench.report.note("skipped: the peer's venv or tokenizer.json is missing (`make bench` sets it up: scripts/setup.sh --bench)")
            return
        }
        let embedder = try bench.embedder()
        let sample = try bench.sample(embedder: embedder)
        let encoder = try TurnEncoder(embedder: embedder, recipe: EmbeddingRecipe())
        let texts = sample.flatMap { $0.turns.map(encoder.text(of:)) }
        let textsPath = bench.workDirectory + "/peer-texts.json"
        try JSONSerialization.data(withJSONObject: texts).write(to: URL(fileURLWithPath: textsPath))
        for threads in [1, 2] {
            let args = [script, "--tokenizer", tokenizer, "--texts", textsPath, "--threads", "\(threads)",
                        "--max-tokens", "\(embedder.info.contextLength)",
                        "--overlap", "\(EmbeddingRecipe().overlap(contextLength: embedder.info.contextLength))"]
            let peer = try runPeer(python, args)
            let p = Measurement(tokens: peer.tokens, turns: peer.turns, seconds: peer.seconds)
            let ours = try bench.results[ThreadsSection.key(threads: threads, hog: false)]
                ?? bench.naive(sample, try bench.embedder(threads: threads)).0
            bench.report.measurement("onnxruntime, \(threads) thread\(threads == 1 ? "" : "s")", p)
            bench.report.measurement("ChatSearch, \(threads) thread\(threads == 1 ? "" : "s")", ours, against: ("onnxruntime", p))
            bench.report.note(String(format: "onnxruntime peak memory %.0f MB (%d windows for %d turns)", peer.peak_rss_mb, peer.windows, peer.turns))
        }
    }

    static func runPeer(_ python: String, _ args: [String]) throws -> PeerResult {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = ["-B"] + args  // -B: no bytecode written into the sealed venv
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw BenchError("the onnxruntime peer failed (exit \(p.terminationStatus)): \(python) \(args.joined(separator: " "))") }
        return try JSONDecoder().decode(PeerResult.self, from: data)
    }
}
