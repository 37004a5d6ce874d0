import Foundation

/// An engine shared by threads: one call at a time (a llama.cpp context is not thread-safe), so queries
/// from the UI interleave with background indexing between batches.
public final class SerialEmbedder: TokenEmbedder, @unchecked Sendable {
    public let inner: TokenEmbedder
    private let lock = NSLock()

    public init(_ inner: TokenEmbedder) { self.inner = inner }

    public var info: ModelInfo { inner.info }
    public var sequenceStart: [Int32] { inner.sequenceStart }
    public var sequenceEnd: [Int32] { inner.sequenceEnd }
    public func tokenize(_ text: String) throws -> [Int32] { try lock.withLock { try inner.tokenize(text) } }
    public func embed(_ sequences: [[Int32]]) throws -> [TokenEmbeddings] { try lock.withLock { try inner.embed(sequences) } }
}
