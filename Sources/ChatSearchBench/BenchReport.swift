import ChatSearchEngine
import Foundation

/// The bench's printed output: a header with the machine's state, one block per section, rows of
/// aligned columns, and ratios always against a baseline named in the same row.
public final class BenchReport {
    /// Where lines go (standard output by default).
    public var write: (String) -> Void = { line in
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBufferPointer { Foundation.write(1, $0.baseAddress, $0.count) }
    }

    func header(_ bench: BenchContext) {
        write("chatsearch bench: \(FreeCores().allowed) cores allowed, \(ProcessInfo.processInfo.processorCount) online; load average \(Self.loadAverage())")
        write("OpenMP wait policy: \(WaitPolicy.current); model \(bench.options.modelPath)")
        write("sizes: \(bench.options.tokensPerRun) tokens per measured run, archive \(bench.options.archiveConversations) conversations, chat corpus \(bench.options.chatTurns) turns")
    }

    func section(_ name: String, _ summary: String) {
        write("")
        write("## \(name): \(summary)")
        write("   load average \(Self.loadAverage())")
    }

    /// A row: a label then columns, each already formatted.
    public func row(_ label: String, _ columns: String...) {
        write("   " + label.padding(toLength: 34, withPad: " ", startingAt: 0) + columns.joined(separator: "  "))
    }

    public func note(_ text: String) { write("   " + text) }

    /// "tokens/s turns/s seconds" columns of a measurement, with its ratio to `baseline` (tokens/s).
    public func measurement(_ label: String, _ m: Measurement, against baseline: (String, Measurement)? = nil) {
        var cols = [String(format: "%8.0f tokens/s", m.tokensPerSecond), String(format: "%7.1f turns/s", m.turnsPerSecond),
                    String(format: "%7.2f s", m.seconds), String(format: "%8d tokens", m.tokens)]
        if let (name, b) = baseline {
            cols.append(String(format: "%5.2fx %@", m.tokensPerSecond / max(b.tokensPerSecond, 1e-9), name))
        }
        write("   " + label.padding(toLength: 34, withPad: " ", startingAt: 0) + cols.joined(separator: "  "))
    }

    func peakMemory(_ when: String) {
        write(String(format: "   peak memory (max RSS of the process) %@: %.0f MB", when, Self.peakRSSMegabytes()))
    }

    public static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    public static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
            .map { $0.split(separator: " ").prefix(3).joined(separator: " ") } ?? "unknown"
    }
}
