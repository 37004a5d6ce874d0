import Foundation

/// Brings the index up to date with a set of loaded conversations: embeds and stores the vectors that
/// are missing (both modes, for this model and recipe) and prunes conversations that are gone from the
/// files and folders they were loaded from. Reading is `IndexedCorpus`'s job.
public struct IndexSync {
    /// Reports of the work: phase, done, total (turn vectors).
    public typealias Progress = (String, Int, Int) -> Void

    public let encoder: TurnEncoder
    public let store: IndexStore
    public let modelID: String
    /// Turns gathered before one round of embedding (sequences of many conversations share batches).
    public var turnsPerRound = 256

    public init(encoder: TurnEncoder, store: IndexStore, modelID: String) {
        self.encoder = encoder
        self.store = store
        self.modelID = modelID
    }

    /// The index key of each mode's vectors.
    public var recipeKeys: [TurnEncoder.Mode: String] { encoder.recipeKeys }

    /// What a run did.
    public struct Outcome: Sendable, Equatable {
        /// Turn vectors embedded (both modes counted); 0 when everything was already stored.
        public var embeddedTurns = 0
        /// Turn vectors of changed conversations taken from the index instead (their key was stored).
        public var reusedTurns = 0
        /// Tokens sent to the engine (both modes), the cost of the run.
        public var encodedTokens = 0
        /// Conversations removed from the index.
        public var pruned = 0
    }

    /// Stores every conversation's text and lexical rows (not its vectors) in one transaction, so lexical
    /// search finds all of them before they are embedded. Conversations already stored are kept as they are.
    /// `hashes`: their `ConversationHash`es, when the caller has them already.
    public func storeTexts(_ conversations: [Conversation], hashes: [String]? = nil) throws {
        let hashes = hashes ?? conversations.map(ConversationHash.of)
        if store.isReadOnly {
            return try store.requireComplete(conversations, hashes: hashes, model: modelID, recipes: [], dimensions: encoder.embedder.info.dimensions)
        }
        try store.transaction {
            for (c, h) in zip(conversations, hashes) { try store.saveText(Self.stored(c), hash: h) }
        }
    }

    /// Embeds and stores what is missing, most recent conversations first (`Recency`), a round of about
    /// `turnsPerRound` turns at a time, and calls
    /// `stored` with the position of each conversation as soon as all its vectors are in the index
    /// (conversations already complete are not reported). Then prunes, under `pruneRoots`, the
    /// conversations that are no longer among `conversations`. Cancellation is checked before every
    /// round and inside the engine's work; what was stored before it stays stored.
    @discardableResult
    public func run(_ conversations: [Conversation], hashes: [String]? = nil, pruneRoots: [String], progress: Progress? = nil,
                    isCancelled: () -> Bool = { false }, stored: (Int) -> Void = { _ in }) throws -> Outcome {
        let keys = recipeKeys
        let dims = encoder.embedder.info.dimensions
        let hashes = hashes ?? conversations.map(ConversationHash.of)
        if store.isReadOnly {
            try store.requireComplete(conversations, hashes: hashes, model: modelID, recipes: TurnEncoder.Mode.allCases.map { keys[$0]! }, dimensions: dims)
            return Outcome()
        }
        try addMissingTurnKeys()
        let tokensBefore = encoder.tokensEncoded.values.reduce(0, +)
        var embedded = 0, reused = 0
        var need: [TurnEncoder.Mode: Set<Int>] = [:]
        for mode in TurnEncoder.Mode.allCases {
            need[mode] = Set(try conversations.indices.filter {
                try store.vectors(conversationHash: hashes[$0], model: modelID, recipe: keys[mode]!, dimensions: dims) == nil
            })
        }
        let missing = Recency.mostRecentFirst(conversations).filter { i in TurnEncoder.Mode.allCases.contains { need[$0]!.contains(i) } }
        let total = TurnEncoder.Mode.allCases.reduce(0) { sum, mode in
            sum + need[mode]!.reduce(0) { $0 + conversations[$1].turns.count }
        }
        var done = 0
        var round: [Int] = []
        func embedRound() throws {
            guard !round.isEmpty else { return }
            if isCancelled() { throw CancellationError() }
            for mode in TurnEncoder.Mode.allCases {
                let todo = round.filter { need[mode]!.contains($0) }
                guard !todo.isEmpty else { continue }
                let base = done
                let out = try encoder.encode(todo.map { conversations[$0] }, modes: [mode], reusing: { mode, turnKeys in
                    try store.reusableVectors(keys: turnKeys, model: modelID, recipe: keys[mode]!, dimensions: dims)
                }, isCancelled: isCancelled) { d, _ in
                    progress?("Embedding turns", base + d, total)
                }
                try store.transaction {
                    for (k, i) in todo.enumerated() {
                        try store.save(Self.stored(conversations[i]), hash: hashes[i], model: modelID, recipe: keys[mode]!,
                                       vectors: out.vectors[mode]![k])
                        try store.saveTurnKeys(conversationHash: hashes[i], model: modelID, recipe: keys[mode]!, keys: out.keys[mode]![k])
                    }
                }
                embedded += out.encodedTurns[mode] ?? 0
                reused += out.reusedTurns[mode] ?? 0
                done += todo.reduce(0) { $0 + conversations[$1].turns.count }
            }
            progress?("Embedding turns", done, total)
            round.forEach(stored)
            round.removeAll()
        }
        var roundTurns = 0
        for i in missing {
            round.append(i)
            roundTurns += conversations[i].turns.count
            if roundTurns >= turnsPerRound { try embedRound(); roundTurns = 0 }
        }
        try embedRound()
        let pruned = try store.prune(roots: pruneRoots.map(SourcePath.canonical), keep: Set(hashes))
        return Outcome(embeddedTurns: embedded, reusedTurns: reused,
                       encodedTokens: encoder.tokensEncoded.values.reduce(0, +) - tokensBefore, pruned: pruned)
    }

    /// Gives the vectors stored without keys (by an index made before `TurnKeysMigration`) their keys,
    /// computed from the stored turns: tokenizing only, nothing is embedded.
    func addMissingTurnKeys() throws {
        for mode in TurnEncoder.Mode.allCases {
            let recipe = recipeKeys[mode]!
            let hashes = try store.conversationsWithoutTurnKeys(model: modelID, recipe: recipe)
            guard !hashes.isEmpty else { continue }
            try store.transaction {
                for h in hashes {
                    guard let c = try store.storedConversation(hash: h),
                          let keys = try encoder.turnKeys([c], modes: [mode])[mode]?.first else { continue }
                    try store.saveTurnKeys(conversationHash: h, model: modelID, recipe: recipe, keys: keys)
                }
            }
        }
    }

    /// The conversation as the index keeps it: its source in canonical form, so that pruning, which
    /// compares sources with canonical roots, finds it however the path was given.
    static func stored(_ c: Conversation) -> Conversation {
        var c = c
        c.source = c.source.map(SourcePath.canonical)
        return c
    }
}
