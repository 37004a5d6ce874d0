import Foundation

/// The one voice of chatsearch's messages on stderr: it owns the `chatsearch:` prefix and the levels.
/// An error is "chatsearch: MESSAGE", a warning "chatsearch: warning: MESSAGE", a note (what was done
/// about something unusual) "chatsearch: note: MESSAGE", and a progress or timing line (`--verbose`)
/// "chatsearch: MESSAGE". Text from chat files in a message is written through `TerminalText.safe`, so
/// it never reaches the terminal as a control sequence.
public enum Reporter {
    public static let prefix = "chatsearch: "

    public enum Level: Sendable {
        case error, warning, note, info

        var tag: String {
            switch self {
            case .error, .info: return ""
            case .warning: return "warning: "
            case .note: return "note: "
            }
        }
    }

    /// The line as written, without its newline (for callers that hand lines on, like the index's
    /// `warn` closure).
    public static func line(_ level: Level, _ message: String) -> String { prefix + level.tag + message }

    public static func error(_ message: String) { write(.error, message) }
    public static func warning(_ message: String) { write(.warning, message) }
    public static func note(_ message: String) { write(.note, message) }
    public static func info(_ message: String) { write(.info, message) }

    public static func write(_ level: Level, _ message: String) {
        writeAll(2, TerminalText.safe(line(level, message), keepLines: true) + "\n")
    }

    /// Writes all of `s` to `fd` with write(2) (so a line leaves the process as soon as it is written),
    /// retrying on EINTR; the one writer under `Output` and the messages.
    public static func writeAll(_ fd: Int32, _ s: String) {
        var bytes = Array(s.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 {
                if n < 0 && errno == EINTR { continue }
                return
            }
            offset += n
        }
    }
}
