import ChatSearchCore
import Foundation

/// `chatsearch info`: the model's facts, the recipe keys and the index.
public enum InfoReport {
    public static func run(_ config: Configuration) throws {
        let e = try config.engine.makeEmbedder()
        let i = e.info
        let keys = try TurnEncoder(embedder: e, recipe: config.recipe).recipeKeys
        Output.line("model          \(i.name) (\(i.architecture))")
        Output.line("file           \(i.path)")
        Output.line("dimensions     \(i.dimensions)\(i.matryoshka ? " (Matryoshka)" : "")")
        Output.line("context        \(i.trainedContextLength) tokens (encoded at once: \(i.contextLength))")
        Output.line("query prefix   \(i.queryPrefix.isEmpty ? "(none)" : "\"\(i.queryPrefix)\"")")
        Output.line("doc prefix     \(i.documentPrefix.isEmpty ? "(none)" : "\"\(i.documentPrefix)\"")")
        if !i.adapters.isEmpty { Output.line("adapters       \(i.adapters.joined(separator: ", "))") }
        Output.line("recipe naive   \(keys[.naive]!)")
        Output.line("recipe late    \(keys[.late]!)")
        let path = config.indexPath
        if FileManager.default.fileExists(atPath: path) {
            let s = try IndexStore(path: path).stats()
            Output.line("index          \(path): \(s.conversations) conversations, \(s.turns) turns, \(s.vectorSets) vector sets")
        } else {
            Output.line("index          \(path) (not created yet)")
        }
    }
}
