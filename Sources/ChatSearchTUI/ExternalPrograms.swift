import ChatSearchCore
import CSupport
import Foundation

/// The programs the TUI hands a hit to: `$PAGER` (`o`), `$EDITOR` (`e`) and the clipboard (`y`, `Y`).
/// Pager and editor are shell commands, as git runs them (`less -R`, `code --wait`), given the position
/// and the file as arguments.
public struct ExternalPrograms: Sendable {
    public var pager: String
    public var editor: String
    var clipboard: ClipboardMethod

    public init(pager: String, editor: String) {
        self.init(pager: pager, editor: editor, clipboard: ExternalPrograms.clipboardMethod(ProcessInfo.processInfo.environment))
    }

    init(pager: String, editor: String, clipboard: ClipboardMethod) {
        self.pager = pager
        self.editor = editor
        self.clipboard = clipboard
    }

    static func clipboardMethod(_ env: [String: String]) -> ClipboardMethod {
        ClipboardMethod.choose(ClipboardMethod.Environment(env)) { ClipboardMethod.onPath($0, path: env["PATH"] ?? "") }
    }

    /// Runs `command` through `/bin/sh -c` with `arguments` after it, `input` (when given) on its stdin.
    /// Returns its exit status, or nil when it could not be started.
    static func run(_ command: String, arguments: [String], input: String?) -> Int32? {
        let argv = ["/bin/sh", "-c", command + " \"$@\"", "sh"] + arguments
        var fd: Int32 = -1
        if let input {
            let bytes = Array(input.utf8)
            fd = bytes.withUnsafeBufferPointer { p in
                p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(1, bytes.count)) { csupport_private_temp_fd($0, bytes.count) }
            }
            if fd < 0 { return nil }
        }
        defer { if fd >= 0 { close(fd) } }
        var cStrings = argv.map { strdup($0) }
        defer { cStrings.forEach { free($0) } }
        cStrings.append(nil)
        let status = csupport_run_foreground(&cStrings, fd)
        return status < 0 ? nil : status
    }
}
