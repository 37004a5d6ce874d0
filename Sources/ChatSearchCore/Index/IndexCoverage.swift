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

    /// "dense results cover 1,203 of 2,950 conversations": the TUI's status line and `search`'s note
    /// while conversations are not all embedded.
    public var denseSummary: String {
        "dense results cover \(conversations.grouped) of \(totalConversations.grouped) conversations"
    }

    /// Share of the embedding work present, 0...1.
    public var fraction: Double { totalTurnVectors == 0 ? 1 : Double(turnVectors) / Double(totalTurnVectors) }
}
