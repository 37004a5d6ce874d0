import ChatSearchCore

/// A transparent engine: every word is one token whose id is the word's number ("w7" -> 7), and the
/// embedding of a token is [id, 1]. A pooled vector [mean id, 1] (normalised) tells which tokens a turn
/// was pooled from; the log of sequences tells what was encoded together.
public final class TransparentEmbedder: TokenEmbedder {
    public let info: ModelInfo
    public let sequenceStart: [Int32] = [1000]
    public let sequenceEnd: [Int32] = [2000]
    public private(set) var encoded: [[Int32]] = []

    /// A document prefix is text like any other ("w9 " is one token, 9).
    public init(documentPrefix: String = "") {
        info = ModelInfo(name: "transparent", architecture: "test", dimensions: 2, contextLength: 16, documentPrefix: documentPrefix)
    }

    public func tokenize(_ text: String) throws -> [Int32] {
        text.split(separator: " ").map { Int32($0.dropFirst())! }
    }

    public func embed(_ sequences: [[Int32]]) throws -> [TokenEmbeddings] {
        encoded += sequences
        return sequences.map { s in TokenEmbeddings(count: s.count, dimensions: 2, values: s.flatMap { [Float($0), 1] }) }
    }

    /// The mean token id a pooled vector stands for.
    public static func meanID(_ v: [Float]) -> Float { v[0] / v[1] }
}
