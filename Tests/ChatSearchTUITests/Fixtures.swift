import ChatSearchCore
import CSupport
import Foundation
import Testing
@testable import ChatSearchTUI

/// Widths come from libc wcwidth, which follows LC_CTYPE: use a UTF-8 locale for every test.
let utf8Locale: Bool = csupport_set_ctype_utf8() != 0

enum Fixtures {
    static let conversations: [Conversation] = [
        Conversation(id: "kyoto", title: "Trip to Kyoto", turns: [
            Turn(id: "k0", speaker: "alice", time: "2024-05-01 10:00", text: "We should plan the Kyoto trip for late May.", session: "1"),
            Turn(id: "k1", speaker: "bob", time: "2024-05-01 10:02", text: "Sounds good. Temples first? 寺院を見たい", session: "1"),
            Turn(id: "k2", speaker: "alice", time: "2024-05-01 10:03", text: "Yes! Kinkaku-ji 金閣寺 and Fushimi Inari 伏見稲荷大社 ⛩️ at dawn", session: "1"),
            Turn(id: "k3", speaker: "bob", time: "2024-05-01 10:05", text: "Book the ryokan early;\nthey fill up fast 🏯👍🏽", session: "1"),
            Turn(id: "k4", speaker: "alice", time: "2024-05-02 09:00", text: "Done — café near the station, crème brûlée 😋", session: "2"),
            Turn(id: "k5", speaker: "bob", time: "2024-05-02 09:01", text: String(repeating: "This is a long turn about train passes, timetables and luggage forwarding. ", count: 6) + "The end.", session: "2"),
            Turn(id: "k6", speaker: "alice", time: "2024-05-02 09:04", text: "Family 👨‍👩‍👧 photo by the 🇯🇵 flag", session: "2"),
        ], source: "chats/kyoto.json"),
        Conversation(id: "recette", title: "Recette de crème brûlée", turns: [
            Turn(id: "r0", speaker: "chloé", text: "Il faut de la crème, du sucre et des œufs."),
            Turn(id: "r1", speaker: "zoë", text: "Et la cassonade pour caramélise\u{0301}r, n'oublie pas !"),
            Turn(id: "r2", speaker: "chloé", text: "Ça marche — à 150 °C pendant 45 minutes."),
        ]),
        Conversation(id: "sync", title: "Weekly project sync", turns: (0..<14).map { i in
            Turn(id: "s\(i)", speaker: i % 2 == 0 ? "dana" : "eli", time: "2024-06-0\(i % 7 + 1) 14:\(10 + i)",
                 text: "Status update \(i + 1): the index rebuild \(i % 3 == 0 ? "is slow" : "finished") and tests pass.")
        }),
    ]

    static func ref(_ c: Int, _ t: Int) -> TurnRef { TurnRef(conversation: c, turn: t) }

    /// Rankings per mode, best first.
    static let orders: [RankingMode: [(TurnRef, Float)]] = [
        .late: [(ref(0, 2), 0.812), (ref(0, 1), 0.744), (ref(1, 0), 0.702), (ref(0, 3), 0.655), (ref(2, 4), 0.611),
                (ref(0, 6), 0.590), (ref(1, 1), 0.571), (ref(0, 5), 0.533), (ref(2, 7), 0.501), (ref(0, 4), 0.488),
                (ref(2, 1), 0.470), (ref(2, 10), 0.452)],
        .naive: [(ref(0, 1), 0.790), (ref(1, 0), 0.731), (ref(0, 2), 0.700), (ref(2, 4), 0.652), (ref(1, 2), 0.640),
                 (ref(0, 3), 0.602), (ref(2, 7), 0.588), (ref(0, 0), 0.540), (ref(2, 1), 0.511), (ref(0, 4), 0.470)],
        .hybrid: [(ref(0, 2), 0.930), (ref(0, 3), 0.880), (ref(0, 1), 0.861), (ref(0, 4), 0.702), (ref(1, 0), 0.655),
                  (ref(0, 5), 0.543)],
        .blend: [(ref(0, 1), 0.770), (ref(0, 2), 0.760), (ref(1, 0), 0.716), (ref(0, 3), 0.630), (ref(2, 4), 0.631),
                 (ref(1, 2), 0.560), (ref(0, 6), 0.555)],
    ]

    static func results(query: String = "temples in kyoto", modes: [RankingMode] = RankingMode.allCases) -> SearchResults {
        var rankOf: [RankingMode: [TurnRef: Int]] = [:]
        for (mode, list) in orders where modes.contains(mode) {
            rankOf[mode] = Dictionary(uniqueKeysWithValues: list.enumerated().map { ($0.element.0, $0.offset + 1) })
        }
        var hits: [RankingMode: [Hit]] = [:]
        for (mode, list) in orders where modes.contains(mode) {
            hits[mode] = list.enumerated().map { i, item in
                var ranks: [RankingMode: Int] = [:]
                for (m, table) in rankOf { if let r = table[item.0] { ranks[m] = r } }
                return Hit(mode: mode, rank: i + 1, score: item.1, ref: item.0, ranks: ranks)
            }
        }
        return SearchResults(query: query, hits: hits, elapsedSeconds: 0.084)
    }

    static let info = CorpusInfo(modelName: "all-MiniLM-L6-v2", conversationCount: 3,
                                 turnCount: conversations.reduce(0) { $0 + $1.turns.count },
                                 availableModes: RankingMode.allCases)

    static func state(width: Int = 120, height: Int = 30) -> TUIState {
        var s = TUIState()
        s.info = info
        s.thisYear = 2024
        s.width = width
        s.height = height
        return s
    }

    /// A state showing results for "temples in kyoto", as after typing it and the search finishing.
    static func resultsState(width: Int = 120, height: Int = 30, focus: TUIFocus = .list) -> TUIState {
        let reducer = TUIReducer(conversations: conversations)
        var s = state(width: width, height: height)
        s.query = "temples in kyoto"
        s.cursor = s.query.count
        s.searchGeneration = 1
        s.searchInFlight = true
        s = reducer.reduce(s, .searchFinished(generation: 1, results: results(), millis: 84)).0
        s.focus = focus
        return s
    }
}

/// A backend for the pure-state tests; the real one lives in the app.
final class FakeBackend: TUIBackend {
    let conversations = Fixtures.conversations
    let modelName = "fake-model"
    let availableModes: [RankingMode]
    let hybridBase: HybridBase
    private(set) var queries: [String] = []

    init(hybridBase: HybridBase = .late, availableModes: [RankingMode] = [.late, .naive]) {
        self.hybridBase = hybridBase
        self.availableModes = availableModes
    }

    func search(_ query: String, top: Int) throws -> SearchResults {
        queries.append(query)
        return Fixtures.results(query: query, modes: availableModes)
    }
}

enum Snapshot {
    static var recording: Bool { ProcessInfo.processInfo.environment["CHATSEARCH_RECORD_SNAPSHOTS"] == "1" }

    /// Text form of a frame: one line per row, each closed by "|" so trailing spaces are visible.
    static func text(_ frame: Frame) -> String {
        frame.lines.map { $0 + "|" }.joined(separator: "\n") + "\n"
    }

    static func check(_ frame: Frame, _ name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
        // Every line must be exactly `width` columns.
        for (i, line) in frame.lines.enumerated() {
            #expect(DisplayText.width(line, ascii: false) == frame.width, "line \(i) of \(name) is not \(frame.width) columns: \(line)", sourceLocation: sourceLocation)
        }
        #expect(frame.lines.count == frame.height, sourceLocation: sourceLocation)
        let actual = text(frame)
        if recording {
            let dir = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
            try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try? actual.write(to: dir.appendingPathComponent(name + ".txt"), atomically: true, encoding: .utf8)
            return
        }
        guard let dir = Bundle.module.url(forResource: "Snapshots", withExtension: nil),
              let expected = try? String(contentsOf: dir.appendingPathComponent(name + ".txt"), encoding: .utf8) else {
            Issue.record("missing snapshot \(name).txt (record with CHATSEARCH_RECORD_SNAPSHOTS=1)\n\(actual)", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "snapshot \(name) differs:\n\(actual)", sourceLocation: sourceLocation)
    }
}

func render(_ s: TUIState, color: Bool = false) -> Frame {
    _ = utf8Locale
    return Screen.render(s, conversations: Fixtures.conversations, width: s.width, height: s.height, color: color)
}

extension TUIReducer {
    /// Applies `events` in order from `s`, collecting every effect.
    func run(_ s: TUIState, _ events: [TUIEvent]) -> (TUIState, [TUIEffect]) {
        var s = s
        var all: [TUIEffect] = []
        for e in events {
            let (n, effects) = reduce(s, e)
            s = n
            all += effects
        }
        return (s, all)
    }
}
