import Crypto

/// Encoding that reuses what is already stored: every turn's vector has a key naming exactly what its
/// encoding saw, and only the turns whose key has no stored vector are sent to the engine.
///
/// The key of a turn is SHA-256 over the mode's recipe key (`recipeKeys`: text style, late context,
/// window and overlap, document prefix), the whole token sequence of the encoding that pools it (special
/// tokens, prefix, the block's turns and the context tokens around them), the spans pooled from it and the
/// turn's position among them. So a naive vector's key changes only with its own embedded text; a late
/// vector's with its block or any context token its block sees. Appending a turn re-encodes that turn and
/// the blocks whose context reaches it; editing a turn re-encodes the blocks that see it. With the
/// `conversation` or `session` late context one sequence holds the whole conversation (or session), so
/// any change to it re-encodes all of it. The model is not in the key: stored keys are looked up per model.
extension TurnEncoder {
    /// What an encoding produced and what it cost.
    public struct KeyedVectors {
        /// result[mode][c][t], as `encode`.
        public var vectors: [Mode: [[[Float]]]]
        /// The key of every vector, keys[mode][c][t].
        public var keys: [Mode: [[String]]]
        /// Turn vectors sent to the engine, and taken from `stored` instead.
        public var encodedTurns: [Mode: Int]
        public var reusedTurns: [Mode: Int]
    }

    /// The key of every turn's vector in each mode (tokenizes, encodes nothing).
    public func turnKeys(_ conversations: [Conversation], modes: [Mode]) throws -> [Mode: [[String]]] {
        let tokens = try tokenize(conversations)
        var out: [Mode: [[String]]] = [:]
        for mode in modes { out[mode] = keyedJobs(conversations, tokens, mode).keys }
        return out
    }

    /// Vectors for every turn, as `encode`, taking from `stored(mode, keys)` (one optional vector per key)
    /// every encoding whose turns all have a stored vector and encoding the rest.
    public func encode(_ conversations: [Conversation], modes: [Mode],
                       reusing stored: (Mode, [String]) throws -> [[Float]?],
                       isCancelled: () -> Bool = { false },
                       progress: ((Int, Int) -> Void)? = nil) throws -> KeyedVectors {
        let tokens = try tokenize(conversations)
        var result = KeyedVectors(vectors: [:], keys: [:], encodedTurns: [:], reusedTurns: [:])
        var toRun: [Job] = []
        for mode in modes {
            let (jobs, keys) = keyedJobs(conversations, tokens, mode)
            result.keys[mode] = keys
            var vectors = conversations.map { c in Array(repeating: [Float](), count: c.turns.count) }
            let flat = jobs.flatMap { j in j.targets.map { keys[j.conversation][$0] } }
            let found = flat.isEmpty ? [] : try stored(mode, flat)
            var at = 0
            var reused = 0
            for j in jobs {
                let mine = found.count == flat.count ? Array(found[at..<(at + j.targets.count)]) : []
                at += j.targets.count
                if !mine.isEmpty, mine.allSatisfy({ $0 != nil }) {
                    for (k, t) in j.targets.enumerated() { vectors[j.conversation][t] = mine[k]! }
                    reused += j.targets.count
                } else {
                    toRun.append(j)
                }
            }
            result.vectors[mode] = vectors
            result.reusedTurns[mode] = reused
            result.encodedTurns[mode] = 0
        }
        noteLongTurns(conversations, tokens)
        let total = toRun.reduce(0) { $0 + $1.targets.count }
        var done = 0
        try run(toRun, isCancelled: isCancelled) { job, vectors in
            for (k, turn) in job.targets.enumerated() {
                result.vectors[job.mode]![job.conversation][turn] = vectors[k] ?? []
            }
            result.encodedTurns[job.mode, default: 0] += job.targets.count
            done += job.targets.count
            progress?(done, total)
        }
        if result.vectors.values.contains(where: { $0.contains { $0.contains { $0.isEmpty } } }) {
            let empty = try emptyVector()
            for mode in modes {
                for ci in result.vectors[mode]!.indices {
                    for ti in result.vectors[mode]![ci].indices where result.vectors[mode]![ci][ti].isEmpty {
                        result.vectors[mode]![ci][ti] = empty
                    }
                }
            }
        }
        return result
    }

    /// The jobs of one mode and the key of every turn they pool.
    private func keyedJobs(_ conversations: [Conversation], _ tokens: [[[Int32]]], _ mode: Mode) -> (jobs: [Job], keys: [[String]]) {
        let jobs = plannedJobs(conversations, tokens, mode)
        var keys = conversations.map { c in Array(repeating: "", count: c.turns.count) }
        let recipeKey = recipeKeys[mode]!
        for j in jobs {
            var base = SHA256()
            Self.put(Array("chatsearch.turn-key.v1".utf8), into: &base)
            Self.put(Array(recipeKey.utf8), into: &base)
            Self.put(UInt64(j.plan.tokens.count), into: &base)
            var le: [UInt8] = []
            le.reserveCapacity(j.plan.tokens.count * 4)
            for t in j.plan.tokens { withUnsafeBytes(of: t.littleEndian) { le += $0 } }
            base.update(data: le)
            Self.put(UInt64(j.spans.count), into: &base)
            for s in j.spans {
                Self.put(UInt64(s.lowerBound), into: &base)
                Self.put(UInt64(s.upperBound), into: &base)
            }
            for (k, t) in j.targets.enumerated() {
                var h = base
                Self.put(UInt64(k), into: &h)
                keys[j.conversation][t] = Digest.hex(h.finalize())
            }
        }
        return (jobs, keys)
    }

    private static func put(_ bytes: [UInt8], into h: inout SHA256) {
        put(UInt64(bytes.count), into: &h)
        h.update(data: bytes)
    }

    private static func put(_ n: UInt64, into h: inout SHA256) {
        withUnsafeBytes(of: n.bigEndian) { h.update(bufferPointer: $0) }
    }
}
