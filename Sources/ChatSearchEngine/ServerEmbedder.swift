import ChatSearchCore
import Foundation

/// The engine behind `--engine URL[,URL...]`: token embeddings from one or several llama-server
/// instances (`--embeddings --pooling none`), tokenization by the local model (`local`), pooling and
/// normalisation by ChatSearch as in-process. Every server is checked against the local model before
/// it is used (`ServerModelCheck`). One `embed` call is cut into requests of at most the local engine's
/// batch, queued, and taken by `inFlight` workers per server; a request that fails (down, timeout, an
/// error) goes back to the queue for any server, and its server waits, doubling the wait after each
/// failure in a row, and is left out after `attempts` of them. When every server is left out the call
/// throws `ServerEngineError.allGone`: what the index stored before is kept.
public final class ServerEmbedder: TokenEmbedder, @unchecked Sendable {
    public struct Settings: Sendable {
        /// Requests each server holds at once.
        public var inFlight: Int
        /// Seconds before a request counts as failed.
        public var timeout: TimeInterval
        /// Failures in a row before a server is left out of the run.
        public var attempts: Int
        /// The first wait after a failure, in seconds (doubled after each further one).
        public var backoff: TimeInterval

        public init(inFlight: Int = Defaults.inFlight, timeout: TimeInterval = Defaults.timeout,
                    attempts: Int = Defaults.attempts, backoff: TimeInterval = Defaults.backoff) {
            self.inFlight = inFlight
            self.timeout = timeout
            self.attempts = attempts
            self.backoff = backoff
        }

        public enum Defaults {
            public static let inFlight = 2
            public static let timeout: TimeInterval = 120
            public static let attempts = 3
            public static let backoff: TimeInterval = 0.5
        }
    }

    /// What one server did so far.
    public struct ServerStats: Sendable {
        public var label: String
        public var tokens = 0
        public var requests = 0
        public var failures = 0
        public var left = false
        /// Seconds from this embedder's creation to the server's last answer.
        public var activeSeconds: Double = 0
        public var tokensPerSecond: Double { activeSeconds > 0 ? Double(tokens) / activeSeconds : 0 }
    }

    public let local: LlamaEmbedder
    public let servers: [EngineServerClient]
    public let settings: Settings
    public var info: ModelInfo { local.info }
    public var sequenceStart: [Int32] { local.sequenceStart }
    public var sequenceEnd: [Int32] { local.sequenceEnd }

    private let state = NSCondition()
    private var stats: [ServerStats]
    private var failuresInRow: [Int]
    private let started = Date()

    /// Connects to every server and checks it runs the local model; throws the first refusal.
    public init(local: LlamaEmbedder, urls: [URL], token: String?, settings: Settings = Settings()) throws {
        self.local = local
        self.settings = settings
        servers = urls.map { EngineServerClient(url: $0, token: token, timeout: settings.timeout) }
        stats = servers.map { ServerStats(label: $0.label) }
        failuresInRow = servers.map { _ in 0 }
        for s in servers { try ServerModelCheck.verify(s, against: local) }
    }

    /// Parses `--engine`'s comma-separated list.
    public static func urls(_ list: String) throws -> [URL] {
        try list.split(separator: ",").map { part in
            let text = part.trimmingCharacters(in: .whitespaces)
            guard let u = URL(string: text), let scheme = u.scheme?.lowercased(), scheme == "http" || scheme == "https", u.host != nil else {
                throw ServerEngineError.badURL(TerminalText.safe(text))
            }
            return u
        }
    }

    public func tokenize(_ text: String) throws -> [Int32] { try local.tokenize(text) }

    /// Per-server figures so far.
    public var serverStats: [ServerStats] { state.lock(); defer { state.unlock() }; return stats }

    /// "host:port 1.2k tok/s" per server, for the progress line.
    public var throughputSummary: String {
        serverStats.map { s in s.left ? "\(s.label) left" : "\(s.label) \(Int(s.tokensPerSecond).grouped) tok/s" }
            .joined(separator: ", ")
    }

    public func embed(_ sequences: [[Int32]]) throws -> [TokenEmbeddings] {
        for s in sequences {
            if s.count > info.contextLength { throw EmbedderError.sequenceTooLong(s.count, info.contextLength) }
            if s.isEmpty { throw EmbedderError.decodeFailed("empty sequence") }
        }
        // Requests of consecutive sequences, each within one local batch.
        var requests: [Range<Int>] = []
        var start = 0, tokens = 0
        for (i, s) in sequences.enumerated() {
            if i > start && (tokens + s.count > local.batchTokens || i - start >= local.maxSequencesPerBatch) {
                requests.append(start..<i)
                start = i
                tokens = 0
            }
            tokens += s.count
        }
        if start < sequences.count { requests.append(start..<sequences.count) }

        let run = Run(self, sequences: sequences, requests: requests)
        let group = DispatchGroup()
        state.lock()
        let live = stats.indices.filter { !stats[$0].left }
        state.unlock()
        for s in live {
            for _ in 0..<settings.inFlight {
                DispatchQueue.global().async(group: group) { run.work(s) }
            }
        }
        group.wait()
        if let fatal = run.fatal { throw fatal }
        if run.results.contains(where: { $0 == nil }) { throw ServerEngineError.allGone(servers.map(\.label)) }
        return run.results.flatMap { $0! }
    }

    /// One `embed` call's queue of requests, shared by the workers under the embedder's lock.
    private final class Run: @unchecked Sendable {
        let owner: ServerEmbedder
        let sequences: [[Int32]]
        let requests: [Range<Int>]
        var queue: [Int]
        var results: [[TokenEmbeddings]?]
        var busy = 0
        var fatal: Error?

        init(_ owner: ServerEmbedder, sequences: [[Int32]], requests: [Range<Int>]) {
            self.owner = owner
            self.sequences = sequences
            self.requests = requests
            queue = Array(requests.indices.reversed())  // popLast takes them in order
            results = Array(repeating: nil, count: requests.count)
        }

        /// Takes requests for server `s` until none is left, the run failed, or the server is left out.
        func work(_ s: Int) {
            let o = owner, state = owner.state
            while true {
                state.lock()
                while queue.isEmpty && busy > 0 && fatal == nil && !o.stats[s].left { state.wait() }
                if queue.isEmpty || fatal != nil || o.stats[s].left { state.broadcast(); state.unlock(); return }
                let r = queue.removeLast()
                busy += 1
                state.unlock()
                let part = Array(sequences[requests[r]])
                do {
                    let rows = try o.servers[s].embed(part, dimensions: o.info.dimensions)
                    state.lock()
                    results[r] = rows
                    o.stats[s].tokens += part.reduce(0) { $0 + $1.count }
                    o.stats[s].requests += 1
                    o.stats[s].activeSeconds = Date().timeIntervalSince(o.started)
                    o.failuresInRow[s] = 0
                    busy -= 1
                    state.broadcast()
                    state.unlock()
                } catch let e as ServerEngineError {
                    state.lock()
                    fatal = fatal ?? e
                    busy -= 1
                    state.broadcast()
                    state.unlock()
                    return
                } catch {
                    state.lock()
                    queue.append(r)
                    busy -= 1
                    o.stats[s].failures += 1
                    o.failuresInRow[s] += 1
                    let n = o.failuresInRow[s]
                    let leave = n >= o.settings.attempts
                    if leave {
                        o.stats[s].left = true
                        Reporter.warning("engine server \(o.servers[s].label) left out after \(n) failures in a row (last: \(error)); its work goes to the others")
                    }
                    state.broadcast()
                    state.unlock()
                    if leave { return }
                    Thread.sleep(forTimeInterval: o.settings.backoff * pow(2, Double(n - 1)))
                }
            }
        }
    }
}
