import ChatSearchCore
import Foundation

/// Naive and late-chunking recipes against llama.cpp alone: the raw rows decode exactly the token
/// sequences of each recipe with no pooling, so the ratio is what ChatSearch's own work (planning,
/// pooling) costs on top of the engine. Also packed batches against one sequence per call.
enum RecipesSection {
    static let section = BenchSection(
        name: "recipes",
        summary: "naive and late recipes: tokens encoded per naive token, turns/s; baseline: raw llama.cpp on the same sequences",
        run: run)

    static func run(_ bench: BenchContext) throws {
        let embedder = try bench.embedder()
        let sample = try bench.sample(embedder: embedder)
        func raw(_ seqs: [[Int32]]) throws -> Double {
            let clock = Stopwatch()
            var i = 0
            while i < seqs.count {
                _ = try embedder.embed(Array(seqs[i..<min(i + 256, seqs.count)]))
                i += 256
            }
            return clock.seconds
        }
        var runs: [(String, EmbeddingRecipe, TurnEncoder.Mode)] = [("naive", EmbeddingRecipe(), .naive)]
        for ctx in bench.options.lateContexts {
            runs.append(("late \(ctx)", EmbeddingRecipe(lateContext: ctx), .late))
        }
        var naiveTokens = 0
        let turns = sample.reduce(0) { $0 + $1.turns.count }
        for (name, recipe, mode) in runs {
            let seqs = try TurnEncoder(embedder: embedder, recipe: recipe).plannedSequences(sample, mode: mode)
            let tokens = seqs.reduce(0) { $0 + $1.count }
            if mode == .naive { naiveTokens = tokens }
            let rawM = Measurement(tokens: tokens, turns: turns, seconds: try raw(seqs))
            bench.report.measurement("raw llama.cpp (\(name))", rawM)
            let (m, _) = try bench.index(sample, embedder, recipe: recipe, mode: mode)
            bench.report.measurement(name, m, against: ("raw", rawM))
            bench.report.note(String(format: "%@: %.2f tokens encoded per naive token", name, Double(tokens) / Double(max(naiveTokens, 1))))
        }
        let seqs = Array(try TurnEncoder(embedder: embedder, recipe: EmbeddingRecipe()).plannedSequences(sample, mode: .naive).prefix(500))
        let tokens = seqs.reduce(0) { $0 + $1.count }
        let packed = try raw(seqs)
        let clock = Stopwatch()
        for s in seqs { _ = try embedder.embed([s]) }
        let single = clock.seconds
        bench.report.note(String(format: "batching (%d naive sequences, %d tokens): packed %.0f tokens/s, one per call %.0f tokens/s (packed %.2fx)",
                                 seqs.count, tokens, Double(tokens) / packed, Double(tokens) / single, single / packed))
    }
}
