import ChatSearchCore
import CSupport
import Foundation

/// What the UI needs from the search engine and index. Implemented by the app.
/// `search` runs on a background queue (one call at a time); the other members are read once, on the
/// UI thread, after `prepare` returned.
public protocol TUIBackend: AnyObject {
    var conversations: [Conversation] { get }
    var modelName: String { get }
    /// Rankings `search` fills, e.g. [.late, .naive, .blend, .hybrid]. `.late` and `.naive` are expected.
    var availableModes: [RankingMode] { get }
    /// What the hybrid ranking builds on (named in its pane's title and the help).
    var hybridBase: HybridBase { get }
    /// Top `top` hits per mode. May take ~50-300 ms.
    func search(_ query: String, top: Int) throws -> SearchResults
    /// While conversations are still being embedded in the background: how far that is (read often, from
    /// the UI thread). nil or complete when there is nothing left to do.
    var coverage: IndexCoverage? { get }
    /// Called once when the UI ends: stop the background work, keeping what is done.
    func stop()
    /// With `--watch`: the conversations after watched files changed, once per change (read often, from
    /// the UI thread); nil when nothing changed since the last call.
    func takeGrowth() -> TUIGrowth?
}

extension TUIBackend {
    public var coverage: IndexCoverage? { nil }
    public func stop() {}
    public func takeGrowth() -> TUIGrowth? { nil }
}

/// Watched files changed: the conversations now (those that were there keep their positions), and what
/// the status line says about it.
public struct TUIGrowth: Sendable {
    public var conversations: [Conversation]
    public var message: String
    public init(conversations: [Conversation], message: String) {
        self.conversations = conversations
        self.message = message
    }
}

/// Progress of the start-up work (loading the model, indexing), shared between the preparation thread
/// (which updates it and polls `isCancelled`) and the UI (which shows it and may cancel).
public final class TUIProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var _done = 0
    private var _total = 0
    private var _phase = "Starting"
    private var _cancelled = false

    public init() {}

    /// Items finished so far (e.g. turns indexed).
    public var done: Int {
        get { lock.withLock { _done } }
        set { lock.withLock { _done = newValue } }
    }
    /// Items to do; 0 when unknown (no bar is shown).
    public var total: Int {
        get { lock.withLock { _total } }
        set { lock.withLock { _total = newValue } }
    }
    /// What is happening, e.g. "Loading model" or "Indexing 12 conversations".
    public var phase: String {
        get { lock.withLock { _phase } }
        set { lock.withLock { _phase = newValue } }
    }
    /// Set when the user cancels (q, Esc, Ctrl-C). The preparation should stop soon and throw `CancellationError()`.
    public var isCancelled: Bool { lock.withLock { _cancelled } }

    /// Update several fields at once.
    public func update(done: Int? = nil, total: Int? = nil, phase: String? = nil) {
        lock.withLock {
            if let done { _done = done }
            if let total { _total = total }
            if let phase { _phase = phase }
        }
    }

    public func cancel() { lock.withLock { _cancelled = true } }

    var snapshot: (done: Int, total: Int, phase: String) { lock.withLock { (_done, _total, _phase) } }
}

/// Thrown by a `prepare` whose caller explains the failure itself once the terminal is restored: the UI
/// ends at once, printing nothing.
public struct TUIExplainedFailure: Error {
    public init() {}
}

/// Entry point of the terminal UI.
public enum TUI {
    /// Runs the interactive UI and returns the exit status.
    ///
    /// Shows start-up progress while `prepare` runs on a background thread (it gets a `TUIProgress` to
    /// update and poll), then the search screen. The terminal is restored on every way out.
    ///
    /// Exit statuses: 0 quit; 1 `prepare` failed (message shown, then printed to stderr); 2 not a
    /// terminal / terminal cannot be initialised; 130 start-up cancelled (q, Esc, Ctrl-C). A SIGINT,
    /// SIGTERM or SIGHUP restores the terminal and ends the process by that signal (status 128+n).
    ///
    /// - Parameters:
    ///   - title: shown on the start-up screen and the help.
    ///   - top: hits requested per ranking.
    ///   - programs: the pager, editor and clipboard hits are handed to.
    public static func run(title: String, top: Int, programs: ExternalPrograms, prepare: @escaping @Sendable (TUIProgress) throws -> TUIBackend) -> Int32 {
        csupport_unblock_signals()
        let utf8 = csupport_setlocale_is_utf8() != 0
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            Reporter.error("the interactive screen needs a terminal (stdin and stdout must be a TTY)")
            return TUIExitStatus.noTerminal
        }
        if !utf8 {
            Reporter.warning("the locale is not UTF-8; showing text as ASCII (run with LANG=C.UTF-8 for full text)")
        }
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        guard let terminal = NCursesTerminal.start(useColor: !noColor) else {
            Reporter.error("cannot initialise the terminal (TERM=\(ProcessInfo.processInfo.environment["TERM"] ?? "unset"))")
            return TUIExitStatus.noTerminal
        }
        let app = TUIApp(title: title, top: top, ascii: !utf8, terminal: terminal, programs: programs)
        let status = app.run(prepare: prepare)
        app.backend?.stop()
        terminal.stop()
        if let message = app.fatalMessage {
            Reporter.error(message)
        }
        return status
    }
}

/// Runs a search at a time on a background queue; the newest request wins, older pending ones are dropped.
final class SearchWorker: @unchecked Sendable {
    struct Done {
        var generation: Int
        var result: Result<SearchResults, Error>
        var millis: Double
    }

    private let backend: TUIBackend
    private let top: Int
    private let lock = NSLock()
    private let queue = DispatchQueue(label: "chatsearch.tui.search", qos: .userInitiated)
    private var pending: (generation: Int, query: String)? = nil
    private var running = false
    private var finished: [Done] = []

    init(backend: TUIBackend, top: Int) {
        self.backend = backend
        self.top = top
    }

    func submit(query: String, generation: Int) {
        let start: Bool = lock.withLock {
            pending = (generation, query)
            if running { return false }
            running = true
            return true
        }
        if start { queue.async { self.drainPending() } }
    }

    private func drainPending() {
        while true {
            let next: (generation: Int, query: String)? = lock.withLock {
                let p = pending
                pending = nil
                if p == nil { running = false }
                return p
            }
            guard let job = next else { return }
            let t0 = DispatchTime.now().uptimeNanoseconds
            let result = Result { try backend.search(job.query, top: top) }
            let wall = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
            var millis = wall
            if case .success(let r) = result, r.elapsedSeconds > 0 { millis = r.elapsedSeconds * 1000 }
            lock.withLock { finished.append(Done(generation: job.generation, result: result, millis: millis)) }
        }
    }

    func takeFinished() -> [Done] {
        lock.withLock {
            let f = finished
            finished = []
            return f
        }
    }
}

/// The event loop: keys and timers in, reducer, effects out, frames drawn.
final class TUIApp {
    let title: String
    let top: Int
    let terminal: Terminal
    let programs: ExternalPrograms
    /// Shared with the preparation thread, which polls it; `.cancelPreparation` sets it.
    let progress = TUIProgress()
    var state = TUIState()
    var reducer = TUIReducer(conversations: [])
    var worker: SearchWorker? = nil
    var backend: TUIBackend? = nil
    private var lastCoverage: IndexCoverage? = nil
    var fatalMessage: String? = nil
    /// Keys taken at most between two frames.
    static let inputBurst = 1 << 16
    /// Set by Ctrl-L: repaint the whole screen even if nothing changed.
    private var forceDraw = false
    private let clockStart = DispatchTime.now().uptimeNanoseconds

    init(title: String, top: Int, ascii: Bool, terminal: Terminal, programs: ExternalPrograms) {
        self.programs = programs
        self.title = title
        self.top = top
        self.terminal = terminal
        state.title = title
        state.ascii = ascii
        state.view = .loading(LoadingInfo())
    }

    var now: Double { Double(DispatchTime.now().uptimeNanoseconds - clockStart) / 1e9 }

    private final class PrepareBox: @unchecked Sendable {
        let lock = NSLock()
        var result: Result<TUIBackend, Error>? = nil
        var finished = false
    }

    func run(prepare: @escaping @Sendable (TUIProgress) throws -> TUIBackend) -> Int32 {
        let progress = self.progress
        let box = PrepareBox()
        let prepareThread = Thread {
            let r = Result { try prepare(progress) }
            box.lock.withLock {
                box.result = r
                box.finished = true
            }
        }
        prepareThread.stackSize = 8 << 20
        prepareThread.start()

        let size = terminal.size()
        apply(.resize(width: size.width, height: size.height))
        var lastFrame: Frame? = nil
        var lastDrawn: TUIState? = nil
        var rateSamples: [(time: Double, done: Int)] = []
        var prepared = false

        while true {
            // Start-up progress and completion.
            if !prepared {
                let finished: Result<TUIBackend, Error>? = box.lock.withLock { box.finished ? box.result : nil }
                if let finished {
                    prepared = true
                    switch finished {
                    case .success(let backend):
                        let conversations = backend.conversations
                        reducer = TUIReducer(conversations: conversations)
                        worker = SearchWorker(backend: backend, top: top)
                        self.backend = backend
                        let info = CorpusInfo(modelName: backend.modelName, conversationCount: conversations.count,
                                              turnCount: conversations.reduce(0) { $0 + $1.turns.count },
                                              availableModes: backend.availableModes, hybridBase: backend.hybridBase)
                        if let status = apply(.ready(info)) { return status }
                    case .failure(let error):
                        if error is CancellationError { return TUIExitStatus.cancelled }
                        if error is TUIExplainedFailure { return TUIExitStatus.failed }
                        // Said on stderr once the terminal is restored, not on a screen waiting for a key.
                        fatalMessage = describe(error)
                        return TUIExitStatus.failed
                    }
                } else {
                    let p = progress.snapshot
                    let t = now
                    if p.total > 0 {
                        if let last = rateSamples.last, p.done < last.done { rateSamples.removeAll() }
                        rateSamples.append((t, p.done))
                        rateSamples.removeAll { t - $0.time > 5 }
                    }
                    var rate: Double? = nil
                    if let first = rateSamples.first, let last = rateSamples.last, last.time - first.time > 0.5, last.done > first.done {
                        rate = Double(last.done - first.done) / (last.time - first.time)
                    }
                    if let status = apply(.progress(LoadingInfo(phase: p.phase, done: p.done, total: p.total, elapsed: t, rate: rate))) {
                        return status
                    }
                }
            }

            // Coverage of the background indexing.
            if let coverage = backend?.coverage, coverage != lastCoverage {
                lastCoverage = coverage
                if let status = apply(.coverage(coverage)) { return status }
            }

            // Watched files that changed.
            if let growth = backend?.takeGrowth() {
                reducer.conversations = growth.conversations
                let turns = growth.conversations.reduce(0) { $0 + $1.turns.count }
                if let status = apply(.corpusGrew(conversations: growth.conversations.count, turns: turns, message: growth.message)) {
                    return status
                }
            }

            // Search results.
            if let worker {
                for done in worker.takeFinished() {
                    let event: TUIEvent
                    switch done.result {
                    case .success(let r): event = .searchFinished(generation: done.generation, results: r, millis: done.millis)
                    case .failure(let e): event = .searchFailed(generation: done.generation, message: describe(e))
                    }
                    if let status = apply(event) { return status }
                }
            }
            if let status = apply(.tick(time: now)) { return status }

            // Draw when anything but the clock changed.
            var drawn = state
            drawn.now = 0
            if drawn != lastDrawn || forceDraw {
                let frame = Screen.render(state, conversations: reducer.conversations, width: state.width, height: state.height,
                                          color: terminal.hasColor)
                if frame != lastFrame || forceDraw {
                    forceDraw = false
                    terminal.draw(frame)
                    lastFrame = frame
                }
                lastDrawn = drawn
            }

            // Wait for a key (or time out to poll progress / results), then take everything already typed
            // or pasted before drawing or searching again: a paste costs one frame, not one per character.
            let busy = state.searchInFlight || state.searchDueAt != nil || !prepared || state.coverageGrew
            var input = terminal.readKey(timeoutMs: busy ? 30 : 100)
            var taken = 0
            while input != .none {
                switch input {
                case .none: break
                case .resize(let w, let h):
                    if let status = apply(.resize(width: w, height: h)) { return status }
                case .key(let key):
                    if let status = apply(.key(key, time: now)) {
                        if status == TUIExitStatus.cancelled && !prepared {
                            // The preparation was told to stop (`.cancelPreparation`): give it a moment to do so cleanly.
                            let deadline = now + 2
                            while now < deadline && !box.lock.withLock({ box.finished }) { usleep(20_000) }
                        }
                        return status
                    }
                }
                taken += 1
                if taken >= Self.inputBurst { break }  // an endless stream still gets a frame now and then
                input = terminal.readKey(timeoutMs: 0)
            }
        }
    }

    /// Reduce an event and perform its effects; returns an exit status when the loop should end.
    @discardableResult
    private func apply(_ event: TUIEvent) -> Int32? {
        let (next, effects) = reducer.reduce(state, event)
        state = next
        var exit: Int32? = nil
        for effect in effects {
            switch effect {
            case .search(let query, let generation):
                worker?.submit(query: query, generation: generation)
            case .cancelPreparation:
                progress.cancel()
            case .redraw:
                terminal.forceRedraw()
                forceDraw = true
            case .quit(let status):
                exit = status
            case .copy(let text, let withContext):
                if let notice = copy(text, withContext: withContext) { apply(notice) }
            case .openPager(let ref):
                if let notice = openPager(ref) { apply(notice) }
            case .openEditor(let ref):
                if let notice = openEditor(ref) { apply(notice) }
            }
        }
        if let exit, exit == TUIExitStatus.cancelled {
            // Show "Cancelling…" while the preparation stops.
            terminal.draw(Screen.render(state, conversations: reducer.conversations, width: state.width, height: state.height, color: terminal.hasColor))
        }
        return exit
    }

    private func copy(_ text: String, withContext: Bool) -> TUIEvent? {
        switch programs.clipboard {
        case .osc52:
            terminal.sendControl(ClipboardMethod.osc52(text))
            return .notice(TurnCopy.confirmation(text, withContext: withContext, via: "through the terminal (OSC 52)"), isError: false)
        case .program(let argv):
            let quoted = argv.map { "'" + $0 + "'" }.joined(separator: " ")
            guard ExternalPrograms.run(quoted, arguments: [], input: text) == 0 else {
                return .notice("Copy failed: \(argv[0]) did not succeed", isError: true)
            }
            return .notice(TurnCopy.confirmation(text, withContext: withContext, via: "with \(argv[0])"), isError: false)
        case .unsupported(let message):
            return .notice(message, isError: true)
        }
    }

    private func openPager(_ ref: TurnRef) -> TUIEvent? {
        guard reducer.conversations.indices.contains(ref.conversation) else { return nil }
        let document = PagerDocument(conversation: reducer.conversations[ref.conversation], selectedTurn: ref.turn)
        var status: Int32? = nil
        terminal.suspend {
            status = ExternalPrograms.run(programs.pager, arguments: [PagerDocument.positionArgument(pager: programs.pager, line: document.line)],
                                          input: document.text)
        }
        forceDraw = true
        if status == nil || status == 126 || status == 127 {
            return .notice("Could not run the pager '\(TerminalText.safe(programs.pager))' (set PAGER)", isError: true)
        }
        return nil
    }

    private func openEditor(_ ref: TurnRef) -> TUIEvent? {
        guard reducer.conversations.indices.contains(ref.conversation) else { return nil }
        let conversation = reducer.conversations[ref.conversation]
        var isFolder: ObjCBool = false
        guard let path = conversation.source, FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            let named = conversation.source.map { " (\(TerminalText.safe($0)))" } ?? ""
            return .notice("The source is not a file that can be edited\(named): it is inside an archive or gone", isError: true)
        }
        let line = (try? String(contentsOfFile: path, encoding: .utf8)).flatMap { SourceLine.line(of: ref.turn, in: conversation, fileText: $0) }
        var status: Int32? = nil
        terminal.suspend {
            status = ExternalPrograms.run(programs.editor, arguments: (line.map { ["+\($0)"] } ?? []) + [path], input: nil)
        }
        forceDraw = true
        if status == nil || status == 126 || status == 127 {
            return .notice("Could not run the editor '\(TerminalText.safe(programs.editor))' (set EDITOR)", isError: true)
        }
        return line == nil ? .notice("Opened at the top: the turn's line was not found in the file", isError: false) : nil
    }

    private func describe(_ error: Error) -> String {
        if let e = error as? LocalizedError, let d = e.errorDescription { return d }
        if Swift.type(of: error) is NSError.Type { return (error as NSError).localizedDescription }
        return String(describing: error)
    }
}
