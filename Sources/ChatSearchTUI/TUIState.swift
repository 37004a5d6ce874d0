import ChatSearchCore
import Foundation

/// A key press, decoded by the terminal adapter.
public enum TUIKey: Equatable, Sendable {
    case char(Character)
    /// Ctrl plus a letter, lower-case ("c" for Ctrl-C). Tab, Enter, Esc and Backspace have their own cases.
    case ctrl(Character)
    case enter, escape, backspace, delete, tab, backTab
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
}

/// Progress of the start-up phase as the UI shows it.
public struct LoadingInfo: Equatable, Sendable {
    public var phase: String
    public var done: Int
    public var total: Int
    /// Seconds since start-up began.
    public var elapsed: Double
    /// Items per second over the recent past, when known.
    public var rate: Double?
    public var cancelling: Bool

    public init(phase: String = "Starting", done: Int = 0, total: Int = 0, elapsed: Double = 0, rate: Double? = nil, cancelling: Bool = false) {
        self.phase = phase
        self.done = done
        self.total = total
        self.elapsed = elapsed
        self.rate = rate
        self.cancelling = cancelling
    }
}

/// Facts about the loaded corpus and model for the status line.
public struct CorpusInfo: Equatable, Sendable {
    public var modelName: String
    public var conversationCount: Int
    public var turnCount: Int
    public var availableModes: [RankingMode]
    /// What the hybrid pane builds on, for its title and the help.
    public var hybridBase: HybridBase

    public init(modelName: String = "", conversationCount: Int = 0, turnCount: Int = 0, availableModes: [RankingMode] = RankingMode.allCases,
                hybridBase: HybridBase = .late) {
        self.modelName = modelName
        self.conversationCount = conversationCount
        self.turnCount = turnCount
        self.availableModes = availableModes
        self.hybridBase = hybridBase
    }
}

/// What fills the screen.
public indirect enum TUIView: Equatable, Sendable {
    /// Query line, ranking panes, context panel, status line.
    case results
    /// A whole conversation, full screen, `scroll` lines down, with `ref` marked.
    case conversation(ref: TurnRef, scroll: Int)
    /// The key table; `returnTo` is the view Esc goes back to.
    case help(scroll: Int, returnTo: TUIView)
    /// Start-up (indexing) progress.
    case loading(LoadingInfo)
    /// A message; `fatal` errors end the program on any key.
    case error(message: String, fatal: Bool)
}

public enum TUIFocus: Equatable, Sendable { case query, list }

/// Everything the screen shows, as plain values. Changed only by `TUIReducer.reduce`.
public struct TUIState: Equatable, Sendable {
    public var title: String = "ChatSearch"
    public var view: TUIView = .results
    public var focus: TUIFocus = .query

    // Query line.
    public var query: String = ""
    /// Cursor position in the query, in Characters (0...query.count).
    public var cursor: Int = 0

    // Results.
    public var results: SearchResults? = nil
    /// Mode of the right pane: `.naive` (late chunking off) or `.hybrid`.
    public var rightMode: RankingMode = .naive
    /// Show the blend ranking (a third pane when wide enough, else in place of the right pane).
    public var showBlend: Bool = false
    public var showContext: Bool = true
    /// Index of the active pane in `paneModes`.
    public var activePane: Int = 0
    /// Selected row in the active pane.
    public var selectedIndex: Int = 0
    /// The selected turn; highlighted in every pane that ranks it.
    public var selectedRef: TurnRef? = nil
    /// The user moved the selection since these results' query was first shown; until then it follows the
    /// top hit as refreshed results come in.
    public var selectionMoved: Bool = false
    /// Show every pane's hits in time order (oldest first, turns without a date last) instead of by rank (`t`).
    public var timeOrder: Bool = false
    /// The shown hits' `Turn.timestamp`s, for the time order; filled when results arrive.
    public var hitTimes: [TurnRef: String] = [:]
    /// First visible row per ranking mode.
    public var scroll: [RankingMode: Int] = [:]

    // Searching.
    /// When set, a search of the current query is due at this time (debounce).
    public var searchDueAt: Double? = nil
    /// Incremented for every search started or cancelled; results from older generations are dropped.
    public var searchGeneration: Int = 0
    public var searchInFlight: Bool = false
    /// Query whose search is running.
    public var searchingQuery: String? = nil
    public var lastQueryMillis: Double? = nil

    // Background indexing.
    /// What the dense rankings cover while conversations are embedded behind the UI; nil when complete.
    public var coverage: IndexCoverage? = nil
    /// Coverage grew since the shown results were searched: they are searched again when the UI is idle.
    public var coverageGrew: Bool = false
    /// When the last search started (a refresh waits `TUIReducer.refreshSeconds` after it).
    public var lastSearchAt: Double = 0

    // Status.
    public var info: CorpusInfo = CorpusInfo()
    public var message: String? = nil
    public var messageIsError: Bool = false
    public var messageUntil: Double? = nil
    /// Non-UTF-8 locale: draw ASCII only.
    public var ascii: Bool = false

    // Terminal and clock.
    public var width: Int = 80
    public var height: Int = 24
    public var now: Double = 0
    /// The calendar year now: rows show dates in it as `14 Mar`, others as `2023-03-14`.
    public var thisYear: Int = Calendar.current.component(.year, from: Date())

    public init() {}

    /// Columns needed for three panes side by side; below it the blend pane replaces the right pane.
    public static let threePaneMinWidth = 100
    public static let minWidth = 60
    public static let minHeight = 12

    /// The ranking shown in each pane, left to right.
    public var paneModes: [RankingMode] {
        if showBlend {
            if width >= TUIState.threePaneMinWidth { return [.late, rightMode, .blend] }
            return [.late, .blend]
        }
        return [.late, rightMode]
    }

    public func hits(_ mode: RankingMode) -> [Hit] {
        let ranked = results?.ranking(mode) ?? []
        guard timeOrder else { return ranked }
        // Same hits, same ranks: ordered by time, ties (and undated turns, last) by rank.
        return ranked.enumerated().sorted { a, b in
            switch (hitTimes[a.element.ref], hitTimes[b.element.ref]) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    public var activeMode: RankingMode {
        let modes = paneModes
        return modes[min(max(activePane, 0), modes.count - 1)]
    }

    /// The mode a pane's rank shifts compare against: the left pane against the second pane, every other
    /// pane against the left (late chunking) pane.
    public func comparisonMode(for paneIndex: Int) -> RankingMode {
        let modes = paneModes
        if paneIndex == 0 { return modes.count > 1 ? modes[1] : modes[0] }
        return modes[0]
    }

    public var isTooSmall: Bool { width < TUIState.minWidth || height < TUIState.minHeight }
}

/// Requests from the reducer to the outside world.
public enum TUIEffect: Equatable, Sendable {
    case search(query: String, generation: Int)
    case cancelPreparation
    case redraw
    case quit(status: Int32)
    /// Put `text` on the clipboard (`y`, `Y`); the app answers with `.notice`.
    case copy(text: String, withContext: Bool)
    /// Show the whole conversation in `$PAGER` at the turn (`o`), the screen suspended meanwhile.
    case openPager(TurnRef)
    /// Open the turn's source file in `$EDITOR` at its line (`e`), the screen suspended meanwhile.
    case openEditor(TurnRef)
}

/// Inputs to the reducer.
public enum TUIEvent: Equatable, Sendable {
    case key(TUIKey, time: Double)
    case resize(width: Int, height: Int)
    case tick(time: Double)
    case progress(LoadingInfo)
    case ready(CorpusInfo)
    case prepareFailed(String)
    case searchFinished(generation: Int, results: SearchResults, millis: Double)
    case searchFailed(generation: Int, message: String)
    /// Background indexing made progress (or finished: `isComplete`).
    case coverage(IndexCoverage)
    /// Watched files changed (`--watch`): the corpus now holds this many conversations and turns.
    case corpusGrew(conversations: Int, turns: Int, message: String)
    /// What an effect did (a copy, a pager that could not start), for the status line.
    case notice(String, isError: Bool)
}

/// Exit statuses of `TUI.run`, by their names in the TUI: the values are `ExitStatus`'s (the one table).
public enum TUIExitStatus {
    public static let ok = ExitStatus.success
    public static let failed = ExitStatus.failure
    public static let noTerminal = ExitStatus.noTerminal
    /// Start-up cancelled with Esc or Ctrl-C.
    public static let cancelled = ExitStatus.interrupted
}
