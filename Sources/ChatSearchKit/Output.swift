import ChatSearchCore
import Foundation

/// Terminal facts for choosing output styles (TERM=dumb counts as no terminal).
public enum TTY {
    public static func isTerminal(_ fd: Int32) -> Bool {
        isatty(fd) != 0 && Configuration.Environment.current.term != "dumb"
    }
}

/// Writes to stdout / stderr with write(2): each line leaves the process as soon as it is written.
/// Human-facing lines (`line`, `error`) go through `TerminalText.safe`; only `exactLine` (JSON Lines)
/// is written as it is.
public enum Output {
    public static func line(_ s: String) { write(1, TerminalText.safe(s, keepLines: true) + "\n") }

    /// A machine-readable line (JSON Lines: its strings are escaped JSON), written byte for byte.
    public static func exactLine(_ s: String) { write(1, s + "\n") }

    public static func error(_ s: String, skipEmpty: Bool = false) {
        if skipEmpty && s.isEmpty { return }
        write(2, TerminalText.safe(s, keepLines: true) + "\n")
    }

    public static func write(_ fd: Int32, _ s: String) { Reporter.writeAll(fd, s) }
}
