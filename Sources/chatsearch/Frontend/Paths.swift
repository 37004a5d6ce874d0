import ChatSearchCore
import Foundation

/// Where ChatSearch keeps its cache, its default model and its default index.
enum Paths {
    static var cacheDirectory: String {
        let env = ProcessInfo.processInfo.environment
        if let c = env["CHATSEARCH_CACHE"], !c.isEmpty { return c }
        let base = env["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.cache")
        return base + "/chatsearch"
    }

    /// The model file: `--model` (a built-in name or a path), else `$CHATSEARCH_MODEL` (the same),
    /// else the default built-in model.
    static func model(_ option: String?) throws -> String {
        if let o = option, !o.isEmpty { return try ModelCatalogue.resolve(o) }
        if let e = ProcessInfo.processInfo.environment["CHATSEARCH_MODEL"], !e.isEmpty { return try ModelCatalogue.resolve(e) }
        return ModelCatalogue.default.path
    }

    static func index(_ option: String?) -> String {
        if let o = option, !o.isEmpty { return o }
        if let e = ProcessInfo.processInfo.environment["CHATSEARCH_INDEX"], !e.isEmpty { return e }
        return "\(cacheDirectory)/index.sqlite"
    }
}

/// Terminal facts for choosing output styles (TERM=dumb counts as no terminal).
enum TTY {
    static func isTerminal(_ fd: Int32) -> Bool {
        isatty(fd) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}

/// Writes to stdout / stderr with write(2): each line leaves the process as soon as it is written.
/// Human-facing lines (`line`, `error`) go through `TerminalText.safe`; only `exactLine` (JSON Lines)
/// is written as it is.
enum Output {
    static func line(_ s: String) { write(1, TerminalText.safe(s, keepLines: true) + "\n") }

    /// A machine-readable line (JSON Lines: its strings are escaped JSON), written byte for byte.
    static func exactLine(_ s: String) { write(1, s + "\n") }

    static func error(_ s: String, skipEmpty: Bool = false) {
        if skipEmpty && s.isEmpty { return }
        write(2, TerminalText.safe(s, keepLines: true) + "\n")
    }

    static func write(_ fd: Int32, _ s: String) {
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
