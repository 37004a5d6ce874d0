import ChatSearchCore
import Foundation
import Testing
@testable import ChatSearchTUI

/// A terminal whose keys come from a script: each step waits until the last frame drawn shows a text,
/// then delivers its input. The frames are kept for the test to read.
final class ScriptedTerminal: Terminal, @unchecked Sendable {
    struct Step {
        var after: String?
        var input: TerminalInput
    }

    let hasColor = false
    /// Programs that are never started by these tests (they press no y, o or e).
    static let programs = ExternalPrograms(pager: "false", editor: "false", clipboard: .osc52)
    let width: Int, height: Int
    private var steps: [Step]
    private(set) var frames: [Frame] = []
    private(set) var stalled: String? = nil
    private let deadline = Date().addingTimeInterval(30)

    init(width: Int = 100, height: Int = 30, _ steps: [Step]) {
        self.width = width
        self.height = height
        self.steps = steps
    }

    var screen: String { frames.last?.lines.joined(separator: "\n") ?? "" }

    func size() -> (width: Int, height: Int) { (width, height) }
    func draw(_ frame: Frame) { frames.append(frame) }
    func forceRedraw() {}
    private(set) var controls: [String] = []
    func sendControl(_ sequence: String) { controls.append(sequence) }
    func suspend(_ body: () -> Void) { body() }

    func readKey(timeoutMs: Int) -> TerminalInput {
        guard let step = steps.first else { return .none }
        if let after = step.after, !screen.contains(after) {
            if Date() > deadline {
                // Never shown: record it and end the loop instead of hanging the test.
                stalled = after
                steps = []
                return .key(.ctrl("c"))
            }
            usleep(UInt32(min(timeoutMs, 10)) * 1000)
            return .none
        }
        steps.removeFirst()
        return step.input
    }

    static func typing(_ text: String) -> [Step] { text.map { Step(after: nil, input: .key(.char($0))) } }
}

@Suite struct EventLoopTests {
    /// Also: the hybrid pane and the help name the base hybrid was built on (`--hybrid-base naive`).
    @Test func scriptedKeysSearchBrowseAndQuit() {
        let terminal = ScriptedTerminal([ScriptedTerminal.Step(after: "Search:", input: .none)]
            + ScriptedTerminal.typing("temples")
            + [.init(after: nil, input: .key(.enter)),
               .init(after: "Kinkaku-ji", input: .key(.escape)),
               .init(after: nil, input: .key(.char("h"))),
               .init(after: "Hybrid (lexical + naive)", input: .key(.char("?"))),
               .init(after: "right pane: Late chunking OFF <-> Hybrid (lexical + naive)", input: .key(.char("x"))),
               .init(after: "Search:", input: .key(.char("q")))])
        let app = TUIApp(title: "ChatSearch", top: 20, ascii: false, terminal: terminal, programs: ScriptedTerminal.programs)
        let status = app.run { _ in FakeBackend(hybridBase: .naive, availableModes: RankingMode.allCases) }
        #expect(terminal.stalled == nil, "never shown: \(terminal.stalled ?? "")\n\(terminal.screen)")
        #expect(status == TUIExitStatus.ok)
        #expect(terminal.frames.contains { $0.lines[0].hasPrefix("Search: temples") })
    }

    @Test func cancellingDuringPreparationStopsIt() {
        let terminal = ScriptedTerminal([.init(after: "cancel", input: .key(.escape))])
        let app = TUIApp(title: "ChatSearch", top: 20, ascii: false, terminal: terminal, programs: ScriptedTerminal.programs)
        let sawCancel = Flag()
        let status = app.run { progress in
            progress.update(done: 0, total: 100, phase: "Embedding turns")
            let deadline = Date().addingTimeInterval(20)
            while !progress.isCancelled && Date() < deadline { usleep(5_000) }
            if progress.isCancelled { sawCancel.set() }
            throw CancellationError()
        }
        #expect(terminal.stalled == nil, "never shown: \(terminal.stalled ?? "")\n\(terminal.screen)")
        #expect(status == TUIExitStatus.cancelled)
        #expect(sawCancel.isSet)
        #expect(terminal.screen.contains("Cancelling"))
    }
}

/// A flag set on one thread and read on another.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
