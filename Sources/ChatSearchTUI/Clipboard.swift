import Foundation

/// How a copy reaches the clipboard, decided once from the terminal's environment.
///
/// OSC 52 is written to the terminal: tmux (with `set-clipboard on`), kitty, iTerm2, WezTerm, Windows
/// Terminal, foot and xterm (with `allowWindowOps`) accept it. The Linux console and GNU screen are known
/// not to; there `wl-copy` (Wayland) or `xclip` (X11) is run when present, else the copy is refused with
/// a message saying so.
enum ClipboardMethod: Equatable, Sendable {
    case osc52
    /// A program that reads the text on stdin.
    case program([String])
    case unsupported(String)

    struct Environment: Equatable, Sendable {
        var term: String
        var insideTmux: Bool
        var wayland: Bool
        var x11: Bool

        init(term: String = "xterm-256color", insideTmux: Bool = false, wayland: Bool = false, x11: Bool = false) {
            self.term = term
            self.insideTmux = insideTmux
            self.wayland = wayland
            self.x11 = x11
        }

        init(_ env: [String: String]) {
            self.init(term: env["TERM"] ?? "", insideTmux: !(env["TMUX"] ?? "").isEmpty,
                      wayland: !(env["WAYLAND_DISPLAY"] ?? "").isEmpty, x11: !(env["DISPLAY"] ?? "").isEmpty)
        }
    }

    static let unsupportedMessage = "This terminal does not accept clipboard writes (OSC 52); install wl-copy or xclip to copy"

    /// `findProgram` says whether a program is on the PATH.
    static func choose(_ env: Environment, findProgram: (String) -> Bool) -> ClipboardMethod {
        let gnuScreen = env.term.hasPrefix("screen") && !env.insideTmux
        if !(env.term == "linux" || env.term == "dumb" || env.term.isEmpty || gnuScreen) { return .osc52 }
        if env.wayland && findProgram("wl-copy") { return .program(["wl-copy"]) }
        if env.x11 && findProgram("xclip") { return .program(["xclip", "-selection", "clipboard"]) }
        return .unsupported(unsupportedMessage)
    }

    /// The OSC 52 sequence setting the clipboard to `text` (base64, so nothing in it is a control).
    static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }

    /// Whether `name` is an executable file in one of `path`'s folders.
    static func onPath(_ name: String, path: String) -> Bool {
        path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }
}
