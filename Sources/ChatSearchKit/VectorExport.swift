import ChatSearchCore
import ChatSearchEngine
import Foundation

/// `chatsearch embed`: one JSON line per turn and mode, {"conversation", "turn", "mode", "text": the
/// exact text embedded, "vector"}. Nothing is read from or written to the index.
public enum VectorExport {
    public static func run(_ config: Configuration, modes: [TurnEncoder.Mode]) throws {
        let load = ConversationLoader.load(paths: config.paths, format: config.inputFormat, includeTools: config.includeTools)
        Reporting.problems(load)
        let embedder = try config.engine.makeEmbedder()
        let encoding = try config.engine.encodingEngine(local: embedder)
        let encoder = try TurnEncoder(embedder: encoding, recipe: config.recipe)
        encoder.sequencesPerCall = EngineSettings.sequencesPerCall(encoding)
        let progress = ProgressLine("Embedding")
        if let servers = encoding as? ServerEmbedder { progress.detail = { servers.throughputSummary } }
        let out = try encoder.encode(load.conversations, modes: modes, progress: { d, t in progress.update(d, t) })
        progress.finish()
        for (ci, c) in load.conversations.enumerated() {
            for (ti, t) in c.turns.enumerated() {
                for m in modes {
                    var j = JSONLine()
                    j.add("conversation", c.id)
                    j.add("turn", t.id)
                    j.add("mode", m.rawValue)
                    j.add("text", encoder.text(of: t))
                    j.add("vector", floats: out[m]![ci][ti])
                    Output.exactLine(j.text)
                }
            }
        }
        Reporting.longTurns(encoder)
        if load.conversations.isEmpty && !load.problems.isEmpty {
            throw Failure(message: "no conversation could be read", status: ExitStatus.dataError)
        }
    }
}
