import ChatSearchBench
import ChatSearchCore
import ChatSearchEngine
import Foundation

/// The bench's sections on the query path and search while indexing (numbers, never pass/fail; a
/// section stops with an error only when it would measure nothing, such as a query without hits).
enum IndexBench {
    static let startUpSection = BenchSection(
        name: "startup",
        summary: "time to the first TUI results on a fresh index of \(Configuration.Defaults.benchFirstResultsTurns) turns, and the warm start of \(Configuration.Defaults.benchWarmStartTurns) turns; as the machine is and with a CPU hog per core (medians of interleaved runs), and their ratio"
    ) { ctx in
        let config = Configuration(engine: EngineSettings(modelPath: ctx.options.modelPath), recipe: Configuration.Defaults.recipe, indexPath: "")
        try startUp(base: try ctx.chat().conversations, in: URL(fileURLWithPath: ctx.workDirectory), freshTurns: Configuration.Defaults.benchFirstResultsTurns,
                    warmTurns: Configuration.Defaults.benchWarmStartTurns, config: config, query: CorpusGenerator.query,
                    repeats: ctx.options.repeats)
    }

    static let queryScanSection = BenchSection(
        name: "query",
        summary: "query scan at \(Configuration.Defaults.benchScanTurns.map { "\($0)" }.joined(separator: " and ")) turns against a plain read of the same bytes"
    ) { ctx in
        let embedder = try ctx.embedder()
        queryScan(dimensions: embedder.info.dimensions, sizes: Configuration.Defaults.benchScanTurns)
        try lexicalCost(base: try ctx.chat().conversations, sizes: Configuration.Defaults.benchScanTurns)
    }

    /// Query latency of the searcher (all four rankings, top 50, ranks of the shown hits) at each corpus
    /// size, against the memory-bandwidth floor measured in the same run: one plain read of the same
    /// bytes (both vector tables). The vectors are random unit vectors: the scan does not look at meaning.
    static func queryScan(dimensions: Int, sizes: [Int] = [10_000, 100_000], repeats: Int = 9) {
        Output.line("")
        Output.line("query scan (\(dimensions) dimensions, late + naive tables, top 50 in all four rankings):")
        Output.line("turns      table MB   scan ms   floor ms   vs floor   max RSS MB")
        var random = SplitMix64(seed: 0x9e37_79b9_7f4a_7c15)
        func unit() -> [Float] { random.unitVector(dimensions: dimensions) }
        for turns in sizes {
            let perConversation = 100
            let conversations = (0..<(turns / perConversation)).map { c in
                Conversation(id: "c\(c)", turns: (0..<perConversation).map { Turn(id: "\($0)", text: "t", session: "s\($0 / 20)") })
            }
            var late = VectorTable(dimensions: dimensions), naive = VectorTable(dimensions: dimensions)
            late.reserveCapacity(rows: turns)
            naive.reserveCapacity(rows: turns)
            for _ in 0..<turns {
                late.append(unit())
                naive.append(unit())
            }
            let searcher = Searcher(conversations: conversations, late: late, naive: naive)
            // Three query terms in 5%, 1% and 0.2% of the turns; bm25 for the best 2,000 rows holding any.
            let termRows = [(0, 20), (7, 100), (3, 500)].map { Array(stride(from: $0.0, to: turns, by: $0.1)) }
            let matched = Array(Set(termRows.joined())).sorted().prefix(2000)
            let lexical = LexicalEvidence(scores: Dictionary(uniqueKeysWithValues: matched.map { ($0, Double($0 % 7 + 1)) }), termRows: termRows)
            var scan: [Double] = [], floor: [Double] = []
            var sink: Float = 0
            for _ in 0..<repeats {
                let q = unit()
                scan.append(seconds { sink += searcher.search(query: q, queryText: "q", lexical: lexical, top: 50).ranking(.late)[0].score })
                floor.append(seconds { sink += plainRead(searcher.late.values) + plainRead(searcher.naive.values) })
            }
            let mb = Double(2 * turns * dimensions * 4) / 1e6
            let s = median(scan) * 1000, f = median(floor) * 1000
            Output.line(String(format: "%-10d %8.0f %9.2f %10.2f %9.2fx %12.0f", turns, mb, s, f, s / f, maxRSSMegabytes()) + (sink.isNaN ? " " : ""))
        }
    }

    /// The lexical half of a query at each corpus size, from a real FTS5 index of the generated chat
    /// text: bm25 of the best 2,000 matches (all a query needed before the coverage rule), then also
    /// every turn holding each query term (what `HybridFusion`'s coverage reads).
    static func lexicalCost(base: [Conversation], sizes: [Int], repeats: Int = 9) throws {
        let queries = ["budget for the garden", "fix the server error", "book a hotel near the lake"]
        Output.line("")
        Output.line("lexical evidence, FTS5 over generated chat text, \(queries.count) queries of 2-3 terms, median per query:")
        Output.line("turns      bm25 ms   + term matches ms   ratio   rows holding a term")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chatsearch-bench-lexical-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for turns in sizes {
            let store = try IndexStore(path: dir.appendingPathComponent("lexical-\(turns).sqlite").path)
            var stored = 0, copy = 0
            try store.transaction {
                while stored < turns {
                    for c in base where stored < turns {
                        let copyOf = Conversation(id: "\(c.id)#\(copy)", title: c.title, turns: c.turns, source: c.source)
                        try store.saveText(copyOf, hash: ConversationHash.of(copyOf))
                        stored += c.turns.count
                    }
                    copy += 1
                }
            }
            var bm25: [Double] = [], both: [Double] = []
            var held = 0
            for i in 0..<repeats {
                let q = queries[i % queries.count]
                bm25.append(try seconds { _ = try store.lexicalMatches(query: q, conversationHashes: nil, limit: 2000) })
                both.append(try seconds {
                    _ = try store.lexicalMatches(query: q, conversationHashes: nil, limit: 2000)
                    held = try store.termTurnIDs(query: q).reduce(0) { $0 + $1.count }
                })
            }
            let a = median(bm25) * 1000, b = median(both) * 1000
            Output.line(String(format: "%-10d %7.2f %19.2f %7.2fx %11d", stored, a, b, b / a, held))
        }
    }

    /// Sum of every value, 16 lanes at a time: the cheapest pass over the same bytes a scan reads.
    static func plainRead(_ values: [Float]) -> Float {
        values.withUnsafeBufferPointer { v in
            let raw = UnsafeRawPointer(v.baseAddress!)
            var a = SIMD16<Float>(), b = SIMD16<Float>()
            var i = 0
            while i + 32 <= v.count {
                a += raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD16<Float>.self)
                b += raw.loadUnaligned(fromByteOffset: (i + 16) * 4, as: SIMD16<Float>.self)
                i += 32
            }
            var s = (a + b).sum()
            while i < v.count { s += v[i]; i += 1 }
            return s
        }
    }

    /// Time from start (loading the chat files) to the first results of a query on a fresh index, the
    /// way the TUI opens: text and lexical rows stored, embedding started in the background, a query run.
    /// Then the warm start of an index that holds every vector (stored here as random unit vectors under
    /// the real recipe keys, since embedding them all would take the bench hours): load, hash, read.
    /// Both as the machine is and with a busy loop on every core beside them, interleaved `repeats`
    /// times (the median of each condition kept), and the ratio of the two.
    /// The query must find turns (words the corpus generator writes): 0 hits fails the section.
    static func startUp(base: [Conversation], in work: URL, freshTurns: Int, warmTurns: Int, config: Configuration, query: String,
                        repeats: Int) throws {
        let dir = work.appendingPathComponent("startup")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var fresh = config
        fresh.paths = [try archive(base, turns: freshTurns, in: dir, name: "fresh.jsonl")]
        let warm = try warmIndex(base, turns: warmTurns, in: dir, config: config)
        let cores = FreeCores().allowed
        let conditions = ["as is", "hog x\(cores)"]
        var firsts: [[(run: StartUp, openSeconds: Double, hits: Int)]] = [[], []]
        var warms: [[(run: StartUp, covered: Int)]] = [[], []]
        for run in 0..<max(1, repeats) {
            for h in conditions.indices {
                let busy = h == 1 ? try CPUHog(processes: cores) : nil
                defer { busy?.stop() }
                fresh.indexPath = dir.appendingPathComponent("fresh-\(run)-\(h).sqlite").path
                firsts[h].append(try firstResults(fresh, query: query))
                warms[h].append(try warmStart(warm))
            }
        }
        Output.line("")
        Output.line("medians of \(max(1, repeats)) interleaved runs per condition:")
        var medians: [(first: Double, warm: Double)] = []
        for h in conditions.indices {
            let f = firsts[h].sorted { $0.run.seconds < $1.run.seconds }[firsts[h].count / 2]
            let w = warms[h].sorted { $0.run.seconds < $1.run.seconds }[warms[h].count / 2]
            Output.line(String(format: "first TUI results on a fresh index of %d turns (%d conversations), %@: %.2f s, %.2f s of CPU (text searchable after %.2f s; %d hybrid hits for \"%@\")",
                               f.run.turns, f.run.conversations, conditions[h], f.run.seconds, f.run.cpuSeconds, f.openSeconds, f.hits, query))
            Output.line(String(format: "warm start, index present, %d turns, %@: %.2f s, %.2f s of CPU (load files, model, hashes, vectors; %d of %d conversations covered)",
                               w.run.turns, conditions[h], w.run.seconds, w.run.cpuSeconds, w.covered, w.run.conversations))
            medians.append((f.run.seconds, w.run.seconds))
        }
        Output.line(String(format: "%@ / %@: first TUI results %.2fx the time, warm start %.2fx", conditions[1], conditions[0],
                           medians[1].first / max(medians[0].first, 1e-9), medians[1].warm / max(medians[0].warm, 1e-9)))
    }

    /// One start-up, timed (wall and CPU), and what it opened.
    struct StartUp {
        var seconds: Double, cpuSeconds: Double
        var turns: Int, conversations: Int
    }

    /// Opens a fresh index the way the TUI does and runs one query: the start-up, when the text was
    /// searchable and the query's hybrid hits. Fails when the query finds nothing.
    static func firstResults(_ config: Configuration, query: String) throws -> (StartUp, openSeconds: Double, hits: Int) {
        let cpu0 = cpuSeconds(), t0 = Date()
        let w = try Workspace(config, embedNow: false)
        let opened = Date().timeIntervalSince(t0)
        let backend = try WorkspaceBackend(w)
        defer { backend.stop() }
        let r = try backend.search(query, top: 50)
        let first = Date().timeIntervalSince(t0), cpu = cpuSeconds() - cpu0
        let hits = r.ranking(.hybrid).count
        guard hits > 0 else {
            throw BenchError("first TUI results: 0 hybrid hits for \"\(query)\" on the generated corpus, so no first result was measured (the query must use words the corpus generator writes)")
        }
        return (StartUp(seconds: first, cpuSeconds: cpu, turns: w.searcher.turnCount, conversations: w.conversations.count), opened, hits)
    }

    /// An index of about `turns` turns holding every vector: random unit vectors under the real recipe keys.
    static func warmIndex(_ base: [Conversation], turns: Int, in dir: URL, config: Configuration) throws -> Configuration {
        var cfg = config
        cfg.paths = [try archive(base, turns: turns, in: dir, name: "warm.jsonl")]
        cfg.indexPath = dir.appendingPathComponent("warm.sqlite").path
        let w = try Workspace(cfg, embedNow: false)
        let info = w.encoder.embedder.info
        var random = SplitMix64(seed: 1)
        let keys = [w.config.recipe.naiveKey(contextLength: info.contextLength), w.config.recipe.lateKey(contextLength: info.contextLength)]
        let store = w.corpus.store
        try store.transaction {
            for (i, c) in w.conversations.enumerated() {
                for key in keys {
                    try store.save(c, hash: w.corpus.hashes[i], model: w.corpus.modelID, recipe: key, vectors: c.turns.map { _ in random.unitVector(dimensions: info.dimensions) })
                }
            }
        }
        return cfg
    }

    /// Opens an index that holds every vector, timed, with the conversations it covers.
    static func warmStart(_ config: Configuration) throws -> (StartUp, covered: Int) {
        let cpu0 = cpuSeconds(), t0 = Date()
        let w = try Workspace(config, embedNow: false)
        let secs = Date().timeIntervalSince(t0), cpu = cpuSeconds() - cpu0
        return (StartUp(seconds: secs, cpuSeconds: cpu, turns: w.searcher.turnCount, conversations: w.conversations.count),
                w.corpus.coverage.conversations)
    }

    /// The base conversations repeated into one JSON Lines file of about `turns` turns.
    static func archive(_ base: [Conversation], turns wanted: Int, in dir: URL, name: String) throws -> String {
        var lines: [String] = []
        var turns = 0, copy = 0
        while turns < wanted {
            for c in base where turns < wanted {
                for t in c.turns {
                    var j = JSONLine()
                    j.add("conversation", "\(c.id)#\(copy)")
                    j.add("title", c.title ?? c.id)
                    j.add("speaker", t.speaker)
                    j.add("time", t.time)
                    j.add("text", t.text)
                    lines.append(j.text)
                }
                turns += c.turns.count
            }
            copy += 1
        }
        let file = dir.appendingPathComponent(name)
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let clock = Stopwatch()
        try body()
        return clock.seconds
    }

    static func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

    static func maxRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
