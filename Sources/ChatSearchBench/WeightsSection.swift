import ChatSearchCore
import Foundation

/// f32 against quantised copies of the same model: speed and how close the vectors stay.
enum WeightsSection {
    static let section = BenchSection(
        name: "weights",
        summary: "naive indexing with f32, Q8_0 and Q4_0 weights (default threads); baseline: f32; cosine of every turn vector to f32's; medians of interleaved runs",
        run: run)

    static func run(_ bench: BenchContext) throws {
        let f32 = try bench.embedder()
        let sample = try bench.sample(embedder: f32)
        let paths = bench.options.quantisedModelPaths.filter { path in
            let there = FileManager.default.fileExists(atPath: path)
            if !there { bench.report.note("\(path): not found, skipped (make setup writes the quantised copies)") }
            return there
        }
        let embedders = try [f32] + paths.map { try bench.embedder(model: $0) }
        let measured = try bench.interleaved(embedders.map { e in { try bench.naive(sample, e).0 } })
        let base = measured[0]
        let reference = try bench.naive(sample, f32).1
        bench.report.measurement("f32", base)
        bench.results["naive f32 default"] = base
        for (i, path) in paths.enumerated() {
            let m = measured[i + 1]
            let vectors = try bench.naive(sample, embedders[i + 1]).1
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            bench.report.measurement(name, m, against: ("f32", base))
            let cosines = zip(reference.joined(), vectors.joined()).map { VectorMath.cosine($0, $1) }.sorted()
            if let lowest = cosines.first {
                bench.report.note(String(format: "%@ vs f32 over %d turns: cosine min %.4f, median %.4f", name, cosines.count, lowest, cosines[cosines.count / 2]))
            }
            bench.results["naive \(name) default"] = m
        }
    }
}
