import ChatSearchCore
import Foundation

/// Whether a llama-server runs the local model, as ChatSearch needs it: ready (`/health`), embeddings on
/// and a context per sequence as long as the local one (`/props`), the same model figures (`/v1/models`
/// meta: vocabulary, trained context, dimensions, parameters, bytes), the same tokens for a probe text
/// (`/tokenize`), and the same token embeddings for a probe as long as the local context (every row at
/// cosine >= `minimumCosine` to the local engine's). Any difference refuses the server.
public enum ServerModelCheck {
    public static let minimumCosine: Float = 0.9999
    static let probeText = "Late chunking pools each turn's own tokens from one encoding of the whole conversation. "

    public static func verify(_ server: EngineServerClient, against local: LlamaEmbedder) throws {
        let label = server.label
        do { _ = try server.get("health") } catch {
            throw ServerEngineError.unreachable(label, "\(error)")
        }
        let props = try object(server.get("props"), label, "/props")
        let models = try object(server.get("v1/models"), label, "/v1/models")
        if let settings = props["default_generation_settings"] as? [String: Any], let slot = settings["n_ctx"] as? Int,
           slot < local.info.contextLength {
            throw ServerEngineError.contextTooSmall(label, slot: slot, needed: local.info.contextLength)
        }
        guard let data = models["data"] as? [[String: Any]], let meta = data.first?["meta"] as? [String: Any] else {
            throw ServerEngineError.otherModel(label, "it reports no model metadata")
        }
        let expected: [(String, UInt64)] = [
            ("n_vocab", UInt64(local.vocabularySize)), ("n_ctx_train", UInt64(local.info.trainedContextLength)),
            ("n_embd", UInt64(local.info.dimensions)), ("n_params", local.parameterCount), ("size", local.modelBytes),
        ]
        for (key, want) in expected {
            let got = (meta[key] as? NSNumber)?.uint64Value
            if got != want {
                throw ServerEngineError.otherModel(label, "\(key) \(got.map(String.init) ?? "missing"), the local model's \(want)")
            }
        }

        // A probe as long as the local context: it also proves the server takes a sequence that long.
        let bare = try local.tokenize(probeText)
        let remote: [Int32]
        do { remote = try server.tokenize(probeText) } catch { throw ServerEngineError.unreachable(label, "/tokenize: \(error)") }
        guard remote == bare else { throw ServerEngineError.tokenizerDiffers(label) }
        let room = local.info.contextLength - local.sequenceStart.count - local.sequenceEnd.count
        var body: [Int32] = []
        while body.count < room { body += bare }
        let probe = local.sequenceStart + Array(body.prefix(room)) + local.sequenceEnd
        let mine = try local.embed([probe])[0]
        let theirs: TokenEmbeddings
        do { theirs = try server.embed([probe], dimensions: local.info.dimensions)[0] } catch let e as ServerEngineError {
            throw e
        } catch let e as EngineServerClient.RequestError {
            throw e.status == nil ? ServerEngineError.unreachable(label, "\(e)") : ServerEngineError.notEmbedding(label, "\(e)")
        }
        var worst: Float = 1
        for i in 0..<probe.count { worst = min(worst, cosine(mine.row(i), theirs.row(i))) }
        if worst < minimumCosine { throw ServerEngineError.probeDiffers(label, worst) }
    }

    static func cosine(_ a: ArraySlice<Float>, _ b: ArraySlice<Float>) -> Float {
        var dot: Float = 0, na: Float = 0, nb: Float = 0
        for (x, y) in zip(a, b) { dot += x * y; na += x * x; nb += y * y }
        return na > 0 && nb > 0 ? dot / (na.squareRoot() * nb.squareRoot()) : 0
    }

    private static func object(_ data: Data, _ label: String, _ path: String) throws -> [String: Any] {
        guard let o = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw ServerEngineError.notEmbedding(label, "\(path) is not llama-server's answer")
        }
        return o
    }
}
