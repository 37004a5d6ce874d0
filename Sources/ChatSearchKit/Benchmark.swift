import ChatSearchBench
import ChatSearchCore
import Foundation

/// `chatsearch bench`: ChatSearchBench's sections (one file each) run with the engine settings given
/// on the command line, followed by the sections that need the application layer (`extraSections`,
/// one file each here in ChatSearchKit).
public struct Benchmark {
    public var options: BenchOptions
    /// Section names to run; empty: all.
    public var sections: [String] = []

    /// The bench for `engine`'s model: its -q8_0 and -q4_0 copies beside it as the quantised models,
    /// the late recipes `Configuration.Defaults.benchLateContexts`.
    public init(engine: EngineSettings) {
        options = BenchOptions(modelPath: engine.modelPath)
        let stem = URL(fileURLWithPath: engine.modelPath).deletingPathExtension().path
        options.quantisedModelPaths = ["\(stem)-q8_0.gguf", "\(stem)-q4_0.gguf"]
        options.lateContexts = Configuration.Defaults.benchLateContexts
        options.peerTokenizer = URL(fileURLWithPath: engine.modelPath).deletingLastPathComponent()
            .appendingPathComponent("tokenizer.json").path
    }

    /// Sections defined with the application (index, TUI), run after ChatSearchBench's own.
    public static var extraSections: [BenchSection] { [FirstIndexBench.section, IndexBench.startUpSection, IndexBench.queryScanSection, IncrementalIndexBench.section, ModelsSection.section, EngineServersBench.section, BigExportBench.section] }

    public static var sectionNames: [String] { (Bench.sections + extraSections).map { $0.name } }

    public func run() throws {
        do {
            try Bench.run(options, only: sections, extra: Self.extraSections)
        } catch let e as BenchError {
            throw Failure(message: e.description, status: ExitStatus.dataError)
        }
    }
}
