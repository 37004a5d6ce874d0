/// Turns conversations into one vector per turn, naive and late-chunked, through a `TokenEmbedder`.
/// Work is streamed: sequences from many turns/conversations are gathered into large `embed` calls
/// (the engine packs them into decode batches), and pooled as soon as their windows come back.
public final class TurnEncoder {
    public enum Mode: String, Sendable, CaseIterable { case naive, late }

    /// A turn whose own text is longer than the model's context: it is encoded in macro windows and
    /// its vector pools all of them. Recorded once however many modes or calls encode it.
    public struct LongTurn: Sendable, Equatable {
        public var conversation: String
        public var turn: String
        public var tokens: Int
    }

    public let embedder: TokenEmbedder
    public let recipe: EmbeddingRecipe
    public private(set) var longTurns: [LongTurn] = []
    /// Tokens sent to the engine so far, per mode (the indexing cost).
    public private(set) var tokensEncoded: [Mode: Int] = [:]
    /// How many sequences are gathered before one `embed` call.
    public var sequencesPerCall = TurnEncoder.defaultSequencesPerCall
    public static let defaultSequencesPerCall = 64

    private let contextLength: Int
    private let overlap: Int
    let documentPrefix: [Int32]

    public init(embedder: TokenEmbedder, recipe: EmbeddingRecipe) throws {
        self.embedder = embedder
        self.recipe = recipe
        contextLength = embedder.info.contextLength
        overlap = recipe.overlap(contextLength: contextLength)
        documentPrefix = embedder.info.documentPrefix.isEmpty ? [] : try embedder.tokenize(embedder.info.documentPrefix)
    }

    /// The exact text embedded for a turn.
    public func text(of turn: Turn) -> String { recipe.turnText.text(of: turn) }

    /// The query vector: start + tok(query prefix + query) + end, mean-pooled, normalised. A query longer
    /// than the context keeps its first tokens.
    public func query(_ text: String) throws -> [Float] {
        try queries([text])[0]
    }

    /// Query vectors for many queries, encoded in shared batches.
    public func queries(_ texts: [String]) throws -> [[Float]] {
        let info = embedder.info
        let room = max(contextLength - embedder.sequenceStart.count - embedder.sequenceEnd.count, 1)
        let seqs = try texts.map { text in
            embedder.sequenceStart + Array(try embedder.tokenize(info.queryPrefix + text).prefix(room)) + embedder.sequenceEnd
        }
        var out: [[Float]] = []
        var i = 0
        while i < seqs.count {
            let part = Array(seqs[i..<min(i + sequencesPerCall, seqs.count)])
            out += try embedder.embed(part).map(SpanPooler.meanOfAll)
            i += part.count
        }
        return out
    }

    /// The sequences (macro windows included) that encoding `conversations` in `mode` sends to the engine.
    public func plannedSequences(_ conversations: [Conversation], mode: Mode) throws -> [[Int32]] {
        try plannedSequences(conversations, modes: [mode])[mode]!
    }

    /// The same for several modes, tokenizing every turn once.
    public func plannedSequences(_ conversations: [Conversation], modes: [Mode]) throws -> [Mode: [[Int32]]] {
        let tokens = try tokenize(conversations)
        var out: [Mode: [[Int32]]] = [:]
        for mode in modes {
            var seqs: [[Int32]] = []
            for j in plannedJobs(conversations, tokens, mode) {
                for w in LateChunking.windows(length: j.plan.tokens.count, maxTokens: contextLength, overlap: overlap) {
                    seqs.append(Array(j.plan.tokens[w.range]))
                }
            }
            out[mode] = seqs
        }
        return out
    }

    /// Tokens that encoding `conversations` in each mode sends to the engine (windows and overlaps included).
    public func plannedTokens(_ conversations: [Conversation], modes: [Mode]) throws -> [Mode: Int] {
        try plannedSequences(conversations, modes: modes).mapValues { $0.reduce(0) { $0 + $1.count } }
    }

    public func plannedTokens(_ conversations: [Conversation], mode: Mode) throws -> Int {
        try plannedTokens(conversations, modes: [mode])[mode]!
    }

    /// Vectors for every turn of every conversation, for each requested mode: result[mode][c][t].
    /// `progress(done, total)` counts turn vectors finished; when `isCancelled` turns true the work
    /// stops at the next batch with `CancellationError`.
    public func encode(_ conversations: [Conversation], modes: [Mode],
                       isCancelled: () -> Bool = { false },
                       progress: ((Int, Int) -> Void)? = nil) throws -> [Mode: [[[Float]]]] {
        let tokens = try tokenize(conversations)
        let jobs = modes.flatMap { plannedJobs(conversations, tokens, $0) }
        var out: [Mode: [[[Float]]]] = [:]
        for mode in modes {
            out[mode] = conversations.map { c in Array(repeating: [Float](), count: c.turns.count) }
        }
        let total = jobs.reduce(0) { $0 + $1.targets.count }
        var done = 0
        noteLongTurns(conversations, tokens)
        try run(jobs, isCancelled: isCancelled) { job, vectors in
            for (k, turn) in job.targets.enumerated() {
                out[job.mode]![job.conversation][turn] = vectors[k] ?? []
            }
            done += job.targets.count
            progress?(done, total)
        }
        // A turn without tokens (empty text) has no span of its own: it gets the vector of an empty sequence.
        if out.values.contains(where: { $0.contains { $0.contains { $0.isEmpty } } }) {
            let empty = try emptyVector()
            for mode in modes {
                for ci in out[mode]!.indices {
                    for ti in out[mode]![ci].indices where out[mode]![ci][ti].isEmpty { out[mode]![ci][ti] = empty }
                }
            }
        }
        return out
    }

    /// Records the turns longer than the context (`longTurns`).
    func noteLongTurns(_ conversations: [Conversation], _ tokens: [[[Int32]]]) {
        for (ci, c) in conversations.enumerated() {
            for (ti, t) in tokens[ci].enumerated() where t.count + embedder.sequenceStart.count + embedder.sequenceEnd.count > contextLength {
                let long = LongTurn(conversation: c.id, turn: c.turns[ti].id, tokens: t.count)
                if !longTurns.contains(long) { longTurns.append(long) }
            }
        }
    }

    // MARK: - jobs

    struct Job {
        var mode: Mode
        var conversation: Int
        var plan: LateChunking.Plan
        /// Spans to pool (subset of the plan's) and the turn index each one is for.
        var spans: [Range<Int>]
        var targets: [Int]
    }

    func tokenize(_ conversations: [Conversation]) throws -> [[[Int32]]] {
        try conversations.map { c in try c.turns.map { try embedder.tokenize(text(of: $0)) } }
    }

    func plannedJobs(_ conversations: [Conversation], _ tokens: [[[Int32]]], _ mode: Mode) -> [Job] {
        conversations.indices.flatMap { ci in
            mode == .naive ? naiveJobs(ci, tokens[ci]) : lateJobs(ci, conversations[ci], tokens[ci])
        }
    }

    private func naiveJobs(_ ci: Int, _ turns: [[Int32]]) -> [Job] {
        turns.enumerated().map { ti, t in
            let plan = LateChunking.plan(turnTokens: [documentPrefix + t], start: embedder.sequenceStart, prefix: [], end: embedder.sequenceEnd)
            return Job(mode: .naive, conversation: ci, plan: plan, spans: plan.spans, targets: [ti])
        }
    }

    private func lateJobs(_ ci: Int, _ c: Conversation, _ turns: [[Int32]]) -> [Job] {
        let groups = recipe.lateContext == .conversation ? [turns.indices.map { $0 }] : Self.sessions(c)
        var jobs: [Job] = []
        for g in groups where !g.isEmpty {
            switch recipe.lateContext {
            case .conversation, .session:
                let plan = LateChunking.plan(turnTokens: g.map { turns[$0] }, start: embedder.sequenceStart,
                                             prefix: documentPrefix, end: embedder.sequenceEnd)
                jobs.append(Job(mode: .late, conversation: ci, plan: plan, spans: plan.spans, targets: g))
            case .window(let k):
                for (pos, ti) in g.enumerated() {
                    let lo = max(0, pos - k), hi = min(g.count - 1, pos + k)
                    let members = Array(g[lo...hi])
                    let plan = LateChunking.plan(turnTokens: members.map { turns[$0] }, start: embedder.sequenceStart,
                                                 prefix: documentPrefix, end: embedder.sequenceEnd)
                    jobs.append(Job(mode: .late, conversation: ci, plan: plan, spans: [plan.spans[pos - lo]], targets: [ti]))
                }
            case .block(let size, let context, let contextTokens):
                let room = contextLength - embedder.sequenceStart.count - documentPrefix.count - embedder.sequenceEnd.count
                let groupTokens = g.map { turns[$0] }
                for b in LateChunking.blocks(turnTokens: groupTokens, size: size, context: context, contextTokens: contextTokens, room: room) {
                    let plan = LateChunking.plan(block: b, turnTokens: groupTokens, start: embedder.sequenceStart,
                                                 prefix: documentPrefix, end: embedder.sequenceEnd)
                    jobs.append(Job(mode: .late, conversation: ci, plan: plan, spans: plan.spans, targets: Array(g[b.turns])))
                }
            case .tokens(let block, let context):
                let room = contextLength - embedder.sequenceStart.count - documentPrefix.count - embedder.sequenceEnd.count
                let groupTokens = g.map { turns[$0] }
                for b in LateChunking.blocks(turnTokens: groupTokens, size: groupTokens.count, context: groupTokens.count,
                                             contextTokens: context, room: room, blockTokens: block) {
                    let plan = LateChunking.plan(block: b, turnTokens: groupTokens, start: embedder.sequenceStart,
                                                 prefix: documentPrefix, end: embedder.sequenceEnd)
                    jobs.append(Job(mode: .late, conversation: ci, plan: plan, spans: plan.spans, targets: Array(g[b.turns])))
                }
            }
        }
        return jobs
    }

    /// Turn indices grouped by contiguous session label; one group when the conversation has no sessions.
    static func sessions(_ c: Conversation) -> [[Int]] {
        var groups: [[Int]] = []
        var last: String?? = .none
        for (i, t) in c.turns.enumerated() {
            if case .some(let l) = last, l == t.session {
                groups[groups.count - 1].append(i)
            } else {
                groups.append([i])
                last = .some(t.session)
            }
        }
        return groups
    }

    // MARK: - execution

    private struct Pending {
        var job: Int
        var window: LateChunking.Window
    }

    func run(_ jobs: [Job], isCancelled: () -> Bool, finished: (Job, [[Float]?]) -> Void) throws {
        var poolers: [Int: SpanPooler] = [:]
        var windowsLeft: [Int: Int] = [:]
        var pending: [Pending] = []

        func flush() throws {
            guard !pending.isEmpty else { return }
            if isCancelled() { throw CancellationError() }
            let seqs = pending.map { Array(jobs[$0.job].plan.tokens[$0.window.range]) }
            let rows = try embedder.embed(seqs)
            for (p, r) in zip(pending, rows) {
                tokensEncoded[jobs[p.job].mode, default: 0] += r.count
                poolers[p.job]!.add(r, rowOffset: p.window.range.lowerBound, positions: p.window.keep)
                windowsLeft[p.job]! -= 1
                if windowsLeft[p.job] == 0 {
                    finished(jobs[p.job], poolers[p.job]!.vectors())
                    poolers[p.job] = nil
                    windowsLeft[p.job] = nil
                }
            }
            pending.removeAll(keepingCapacity: true)
        }

        for (j, job) in jobs.enumerated() {
            let wins = LateChunking.windows(length: job.plan.tokens.count, maxTokens: contextLength, overlap: overlap)
            poolers[j] = SpanPooler(spans: job.spans, length: job.plan.tokens.count, dimensions: embedder.info.dimensions)
            windowsLeft[j] = wins.count
            for w in wins {
                pending.append(Pending(job: j, window: w))
                if pending.count >= sequencesPerCall { try flush() }
            }
        }
        try flush()
    }

    func emptyVector() throws -> [Float] {
        let seq = embedder.sequenceStart + embedder.sequenceEnd
        guard !seq.isEmpty, let rows = try embedder.embed([seq]).first else {
            return [Float](repeating: 0, count: embedder.info.dimensions)
        }
        return SpanPooler.meanOfAll(rows)
    }
}
