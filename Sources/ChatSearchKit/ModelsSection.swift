import ChatSearchBench
import ChatSearchCore
import Foundation

/// The built-in models on the same sample: naive and the default late recipe, tokens/s and turns/s,
/// each against the first model's in the same run. The models tokenize differently, so turns/s is
/// the like-for-like figure.
enum ModelsSection {
    static let section = BenchSection(
        name: "models",
        summary: "the built-in models on the same sample, naive and late \(Configuration.Defaults.lateContext): tokens/s, turns/s; baseline: \(ModelCatalogue.all[0].name)",
        run: run)

    static func run(_ bench: BenchContext) throws {
        let models = ModelCatalogue.all.filter { m in
            if !m.isSetUp { bench.report.note("\(m.name): not set up (make setup); skipped") }
            return m.isSetUp
        }
        guard let first = models.first else { return }
        let sample = try bench.sample(embedder: try bench.embedder(model: first.path))
        let late = Configuration.Defaults.lateContext
        let recipes: [(String, EmbeddingRecipe, TurnEncoder.Mode)] = [
            ("naive", EmbeddingRecipe(), .naive), ("late", EmbeddingRecipe(lateContext: late), .late),
        ]
        var baseline: [String: ChatSearchBench.Measurement] = [:]
        for model in models {
            let embedder = try bench.embedder(model: model.path)
            for (label, recipe, mode) in recipes {
                let (m, _) = try bench.index(sample, embedder, recipe: recipe, mode: mode)
                let name = "\(model.name) \(label)"
                guard let b = baseline[label] else {
                    baseline[label] = m
                    bench.report.measurement(name, m)
                    continue
                }
                bench.report.measurement(name, m, against: ("\(first.name) \(label)", b))
                bench.report.note(String(format: "%@: %.2fx the turns/s of %@ %@", name, m.turnsPerSecond / max(b.turnsPerSecond, 1e-9), first.name, label))
            }
        }
    }
}
