import Foundation

/// Progress of long work on stderr, only when stderr is a terminal: done / total, rate, time left.
public final class ProgressLine {
    private let label: String
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var shown = false
    /// More to show after the figures (the engine servers' throughput with `--engine`).
    public var detail: (() -> String)?

    public init(_ label: String, enabled: Bool = TTY.isTerminal(2)) {
        self.label = label
        self.enabled = enabled
    }

    public func update(_ done: Int, _ total: Int, unit: String = "turns") {
        guard enabled else { return }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        let pct = total > 0 ? 100 * done / total : 100
        var text = "\(label): \(done)/\(total) \(unit) (\(pct)%), \(String(format: "%.0f", rate))/s, \(Self.duration(left)) left"
        if let d = detail?(), !d.isEmpty { text += " · " + d }
        Output.write(2, "\r\u{1B}[K" + text)
        shown = true
    }

    public func finish(_ message: String? = nil) {
        guard enabled else { return }
        if shown { Output.write(2, "\r\u{1B}[K") }
        if let m = message { Output.error(m) }
        shown = false
    }

    public static func duration(_ s: Double) -> String {
        let t = Int(s.rounded())
        return t >= 60 ? "\(t / 60)m\(String(format: "%02d", t % 60))s" : "\(t)s"
    }
}
