/// What the terminal delivered.
enum TerminalInput: Equatable {
    case none
    case key(TUIKey)
    case resize(width: Int, height: Int)
}

/// What the event loop needs from a terminal: its size, its keys and a place to draw. `NCursesTerminal`
/// is the real one; a test drives the loop with scripted keys and reads the frames it was given.
protocol Terminal: AnyObject {
    /// Whether colours may be used.
    var hasColor: Bool { get }
    func size() -> (width: Int, height: Int)
    /// The next input, waiting up to `timeoutMs` (0: only what is already pending).
    func readKey(timeoutMs: Int) -> TerminalInput
    func draw(_ frame: Frame)
    /// Repaint everything at the next draw (Ctrl-L).
    func forceRedraw()
    /// Write a control sequence (OSC 52) straight to the terminal, after what is drawn.
    func sendControl(_ sequence: String)
    /// Give the terminal back to the shell's modes while `body` runs another program on it (a pager, an
    /// editor), then take it back and repaint everything.
    func suspend(_ body: () -> Void)
}
