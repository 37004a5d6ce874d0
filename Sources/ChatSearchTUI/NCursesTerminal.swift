import ChatSearchCore
import CNCursesW
import CSupport
import Foundation

/// The only place that calls ncurses. Owns the screen from `start` to `stop`; the terminal is also
/// restored by the CSupport restorer on exit, on SIGINT/SIGTERM/SIGHUP/SIGQUIT and on crash signals.
final class NCursesTerminal: Terminal {
    private let window: UnsafeMutablePointer<WINDOW>
    let hasColor: Bool
    private var stopped = false

    private init(window: UnsafeMutablePointer<WINDOW>, hasColor: Bool) {
        self.window = window
        self.hasColor = hasColor
    }

    /// Initialise curses on stdin/stdout; nil when the terminal cannot be used. Call on the main thread.
    static func start(useColor: Bool) -> NCursesTerminal? {
        // Install our handlers first: ncurses then leaves SIGINT/SIGTERM alone and keeps SIGWINCH for itself.
        csupport_install_terminal_restorer {
            curs_set(1)
            endwin()
        }
        guard CNCursesW_newterm_stdio() != nil, let win = CNCursesW_stdscr() else {
            csupport_restore_terminal()
            return nil
        }
        raw()            // Ctrl-C, Ctrl-Z, Ctrl-S arrive as keys
        noecho()
        nonl()
        keypad(win, true)
        intrflush(win, false)
        set_escdelay(25)
        var color = false
        if useColor && has_colors() {
            start_color()
            use_default_colors()
            let fg: [Int16] = [Int16(COLOR_CYAN), Int16(COLOR_GREEN), Int16(COLOR_RED), Int16(COLOR_YELLOW), Int16(COLOR_MAGENTA), Int16(COLOR_BLUE)]
            for (i, f) in fg.enumerated() { init_pair(Int16(i + 1), f, -1) }
            color = true
        }
        curs_set(0)
        return NCursesTerminal(window: win, hasColor: color)
    }

    func stop() {
        guard !stopped else { return }
        stopped = true
        csupport_restore_terminal()
    }

    deinit { stop() }

    func size() -> (width: Int, height: Int) {
        (Int(CNCursesW_getmaxx(window)), Int(CNCursesW_getmaxy(window)))
    }

    func forceRedraw() {
        clearok(window, true)
    }

    func sendControl(_ sequence: String) {
        wrefresh(window)
        var bytes = Array(sequence.utf8)
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(STDOUT_FILENO, $0.baseAddress! + off, $0.count - off) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            off += n
        }
    }

    func suspend(_ body: () -> Void) {
        curs_set(1)
        endwin()
        body()
        // Back in program mode: the next refresh takes the screen again; everything is repainted.
        reset_prog_mode()
        curs_set(0)
        clearok(window, true)
        wrefresh(window)
    }

    // MARK: - Input

    private var decoder = UTF8InputDecoder()

    /// The next key, waiting up to `timeoutMs` (0: only what is already pending). Bytes are read one by
    /// one (`wgetch`) and decoded here, so invalid UTF-8 costs only its own bytes.
    func readKey(timeoutMs: Int) -> TerminalInput {
        wtimeout(window, Int32(timeoutMs))
        while true {
            let code = wgetch(window)
            if code == ERR { return .none }
            let input = code > 0xFF ? special(code) : decoder.feed(UInt8(code)).map(key) ?? .none
            if input != .none { return input }
            // Part of a character, or a key that means nothing here: take what is already pending.
            wtimeout(window, 0)
        }
    }

    private func special(_ code: Int32) -> TerminalInput {
        if code == CNCursesW_KEY_RESIZE() {
            let s = size()
            return .resize(width: s.width, height: s.height)
        }
        switch code {
        case CNCursesW_KEY_UP(): return .key(.up)
        case CNCursesW_KEY_DOWN(): return .key(.down)
        case CNCursesW_KEY_LEFT(): return .key(.left)
        case CNCursesW_KEY_RIGHT(): return .key(.right)
        case CNCursesW_KEY_HOME(): return .key(.home)
        case CNCursesW_KEY_END(): return .key(.end)
        case CNCursesW_KEY_PPAGE(): return .key(.pageUp)
        case CNCursesW_KEY_NPAGE(): return .key(.pageDown)
        case CNCursesW_KEY_BACKSPACE(): return .key(.backspace)
        case CNCursesW_KEY_DC(): return .key(.delete)
        case CNCursesW_KEY_BTAB(): return .key(.backTab)
        case CNCursesW_KEY_ENTER(): return .key(.enter)
        default:
            for n in 1...12 where code == CNCursesW_KEY_F(Int32(n)) { return .key(.function(n)) }
            return .none
        }
    }

    private func key(_ scalar: Unicode.Scalar) -> TerminalInput {
        switch scalar.value {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 8, 127: return .key(.backspace)
        case 27:
            // A lone Esc; if more input is already waiting it was an unrecognised sequence (Alt+key): drop it.
            wtimeout(window, 0)
            if wgetch(window) != ERR {
                while wgetch(window) != ERR {}
                return .none
            }
            return .key(.escape)
        case 26:
            // Ctrl-Z suspends, as in less and vim: ncurses' SIGTSTP handler restores the terminal, stops
            // the process and, on `fg`, takes the screen back; then everything is drawn again (Ctrl-L).
            raise(SIGTSTP)
            return .key(.ctrl("l"))
        case 1...25: return .key(.ctrl(Character(Unicode.Scalar(UInt8(scalar.value) + 0x60))))
        default:
            if TerminalText.isControl(scalar) { return .none }
            return .key(.char(Character(scalar)))
        }
    }

    // MARK: - Output

    private struct CellStyle: Equatable {
        var attrs: attr_t = 0
        var pair: Int16 = 0
    }

    private func style(for role: Frame.Role) -> CellStyle {
        let bold = CNCursesW_A_BOLD(), rev = CNCursesW_A_REVERSE(), ul = CNCursesW_A_UNDERLINE(), dim = CNCursesW_A_DIM()
        let cyan: Int16 = 1, green: Int16 = 2, red: Int16 = 3, yellow: Int16 = 4, magenta: Int16 = 5
        var s: CellStyle
        var p: Int16 = 0
        switch role {
        case .queryLabel: s = CellStyle(attrs: bold); p = cyan
        case .placeholder: s = CellStyle(attrs: dim)
        case .paneTitle: s = CellStyle(attrs: bold); p = cyan
        case .activePaneTitle: s = CellStyle(attrs: bold | rev); p = cyan
        case .selected: s = CellStyle(attrs: rev)
        case .selectedOther: s = CellStyle(attrs: bold | ul)
        case .rank: s = CellStyle()
        case .score: s = CellStyle(attrs: dim)
        case .rankUp: s = CellStyle(); p = green
        case .rankDown: s = CellStyle(); p = red
        case .rankNew: s = CellStyle(attrs: bold); p = yellow
        case .rankSame: s = CellStyle(attrs: dim)
        case .speaker: s = CellStyle(attrs: bold); p = magenta
        case .convTitle: s = CellStyle(attrs: dim)
        case .date: s = CellStyle(); p = 6
        case .header: s = CellStyle(attrs: bold); p = cyan
        case .contextSelected: s = CellStyle(attrs: bold)
        case .neighbour: s = CellStyle(attrs: dim)
        case .session: s = CellStyle(attrs: dim); p = cyan
        case .status: s = CellStyle(attrs: rev)
        case .statusMessage: s = CellStyle(attrs: rev | bold)
        case .statusError: s = CellStyle(attrs: rev | bold); p = red
        case .progressBar: s = CellStyle(attrs: bold); p = green
        case .emphasis: s = CellStyle(attrs: bold)
        case .error: s = CellStyle(attrs: bold); p = red
        }
        if hasColor { s.pair = p }
        return s
    }

    func draw(_ frame: Frame) {
        let (w, h) = size()
        // Per-cell styles from the spans (attributes add up; the last colour wins).
        var styles = Array(repeating: Array(repeating: CellStyle(), count: frame.width), count: frame.height)
        for span in frame.spans where span.row >= 0 && span.row < frame.height {
            let st = style(for: span.role)
            let end = min(frame.width, span.start + span.width)
            guard span.start < end else { continue }
            for col in max(0, span.start)..<end {
                styles[span.row][col].attrs |= st.attrs
                if st.pair != 0 { styles[span.row][col].pair = st.pair }
            }
        }
        for (row, line) in frame.lines.enumerated() where row < h {
            let cells = DisplayText.cells(line, ascii: false)
            var col = 0
            var segStart = 0
            var segStyle: CellStyle? = nil
            var buffer: [wchar_t] = []
            func flush() {
                guard let st = segStyle, !buffer.isEmpty else { return }
                CNCursesW_wattrset(window, st.attrs, st.pair)
                buffer.append(0)
                _ = CNCursesW_mvwaddnwstr(window, Int32(row), Int32(segStart), buffer, Int32(buffer.count - 1))
                buffer.removeAll(keepingCapacity: true)
            }
            for cell in cells {
                guard col + cell.width <= w else { break }
                let st = col < frame.width ? styles[row][col] : CellStyle()
                if st != segStyle {
                    flush()
                    segStyle = st
                    segStart = col
                }
                for scalar in cell.text.unicodeScalars { buffer.append(wchar_t(bitPattern: scalar.value)) }
                col += cell.width
            }
            flush()
        }
        CNCursesW_wattrset(window, CNCursesW_A_NORMAL(), 0)
        if let c = frame.cursor, c.row < h, c.column < w {
            curs_set(1)
            _ = CNCursesW_wmove(window, Int32(c.row), Int32(c.column))
        } else {
            curs_set(0)
        }
        wrefresh(window)
    }
}
