import ArgumentParser
import ChatSearchBench
import ChatSearchCore
import ChatSearchEngine
import ChatSearchKit
import Foundation

struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List the built-in models: languages, dimensions, context, size, speed here, set up or not.",
        discussion: """
        Dimensions and context are the model file's own. Speed is measured on this machine when \
        the command runs: the naive encoding of \(ModelsCommand.sample.count) short chat turns in several \
        languages, repeated \(ModelsCommand.repeats) times, after one warm-up pass (tokens and turns per \
        second). --model NAME takes the name or any alias.
        """
    )

    @Option(help: "CPU threads for the engine (default: all cores).") var threads: Int?
    @Flag(help: "Skip the speed measurement.") var noSpeed = false

    /// Turns for the speed measurement (the Sita demo's first turn in the languages of SampleData).
    static let sample = [
        "Sita, have you decided where you'd like to go for dinner this Saturday for your birthday?",
        "Sita,你决定好周六生日晚餐要去哪儿了吗?",
        "시타, 이번 토요일 생일 저녁은 어디서 먹을지 정했어?",
        "Sita, ¿ya decidiste dónde quieres cenar este sábado por tu cumpleaños?",
        "Sita, hast du schon entschieden, wo du am Samstag zu deinem Geburtstag essen gehen möchtest?",
        "Сита, ты уже решила, где хочешь поужинать в субботу на день рождения?",
        "सीता, क्या तुमने तय किया कि इस शनिवार अपने जन्मदिन पर खाना खाने कहाँ जाना है?",
        "シータ、土曜日の誕生日のディナーはどこに行くか決めた?",
    ]
    static let repeats = 8

    func run() throws {
        let name = ModelCatalogue.all.map { $0.name.count }.max() ?? 10
        Output.line(pad("name", name) + "  " + pad("languages", 26) + "  dims  context  size      speed here                 set up")
        for m in ModelCatalogue.all {
            var dims = "-", context = "-", size = "-", speed = "-"
            if m.isSetUp {
                let embedder = try LlamaEmbedder(modelPath: m.path, threads: threads)
                dims = String(embedder.info.dimensions)
                context = String(embedder.info.trainedContextLength)
                let bytes = ((try? FileManager.default.attributesOfItem(atPath: m.path))?[.size] as? NSNumber)?.doubleValue ?? 0
                size = String(format: "%.1f MB", bytes / 1e6)
                if !noSpeed { speed = try measure(embedder) }
            }
            Output.line(pad(m.name, name) + "  " + pad(m.languages, 26) + "  " + pad(dims, 4) + "  " + pad(context, 7) + "  "
                        + pad(size, 8) + "  " + pad(speed, 25) + "  " + (m.isSetUp ? "yes" : "no (make setup)"))
        }
        Output.line("")
        Output.line("aliases: " + ModelCatalogue.all.map { "\($0.name) = \($0.aliases.joined(separator: ", "))" }.joined(separator: "; "))
        Output.line("default: \(ModelCatalogue.default.name) (\(AutomaticModel.multilingual.name) when the loaded chats are mostly not English); choose with --model NAME|PATH or $CHATSEARCH_MODEL")
    }

    private func measure(_ embedder: LlamaEmbedder) throws -> String {
        let encoder = try TurnEncoder(embedder: embedder, recipe: EmbeddingRecipe())
        let turns = (0..<Self.repeats).flatMap { r in Self.sample.enumerated().map { Turn(id: "\(r)-\($0.offset)", text: $0.element) } }
        let chat = [Conversation(id: "speed", turns: turns)]
        let warm = [Conversation(id: "warm", turns: Array(turns.prefix(Self.sample.count)))]
        _ = try encoder.encode(warm, modes: [.naive])
        let tokens = try encoder.plannedTokens(chat, mode: .naive)
        let clock = Stopwatch()
        _ = try encoder.encode(chat, modes: [.naive])
        let seconds = clock.seconds
        return String(format: "%.0f tok/s, %.0f turns/s", Double(tokens) / seconds, Double(turns.count) / seconds)
    }

    private func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
}
