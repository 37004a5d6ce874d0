/// How much of a corpus has its vectors: what the dense rankings cover while indexing goes on.
public struct IndexCoverage: Equatable, Sendable {
    /// Conversations with vectors in both modes (searchable by every ranking).
    public var conversations: Int
    public var totalConversations: Int
    /// Turn vectors present, both modes counted, out of two per turn.
    public var turnVectors: Int
    public var totalTurnVectors: Int

    public init(conversations: Int, totalConversations: Int, turnVectors: Int, totalTurnVectors: Int) {
        self.conversations = conversations
        self.totalConversations = totalConversations
        self.turnVectors = turnVectors
        self.totalTurnVectors = totalTurnVectors
    }

    public var isComplete: Bool { conversations >= totalConversations }

    /// Share of the embedding work present, 0...1.
    public var fraction: Double { totalTurnVectors == 0 ? 1 : Double(turnVectors) / Double(totalTurnVectors) }
}
