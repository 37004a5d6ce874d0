/// A rendered screen: text lines, each exactly `width` terminal columns (by libc wcwidth), plus
/// attribute spans the terminal adapter turns into bold/reverse/colour.
public struct Frame: Equatable, Sendable {
    /// What a span of cells means; the adapter maps roles to attributes and colours.
    public enum Role: Equatable, Sendable {
        case queryLabel, placeholder
        case paneTitle, activePaneTitle
        /// The selected row in the active pane.
        case selected
        /// The selected turn where another pane ranks it.
        case selectedOther
        case rank, score, rankUp, rankDown, rankNew, rankSame, speaker, convTitle, date
        case header, contextSelected, neighbour, session
        case status, statusMessage, statusError
        case progressBar, emphasis, error
    }

    public struct Span: Equatable, Sendable {
        public var row: Int
        /// First column.
        public var start: Int
        /// Columns covered.
        public var width: Int
        public var role: Role
    }

    public struct Cursor: Equatable, Sendable {
        public var row: Int
        public var column: Int
    }

    public var width: Int
    public var height: Int
    public var lines: [String]
    /// Later spans take precedence where they overlap.
    public var spans: [Span]
    /// Where the terminal cursor should be shown (the query line), or nil to hide it.
    public var cursor: Cursor?
    public var color: Bool

    /// The lines joined with newlines.
    public var text: String { lines.joined(separator: "\n") }
}

/// A grid of cells to draw into, clipping at the edges and keeping wide characters whole.
struct Canvas {
    private enum Slot: Equatable {
        case text(String, Int)
        case continuation
    }

    let width: Int
    let height: Int
    let ascii: Bool
    private var rows: [[Slot]]
    private(set) var spans: [Frame.Span] = []

    init(width: Int, height: Int, ascii: Bool) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.ascii = ascii
        rows = Array(repeating: Array(repeating: .text(" ", 1), count: max(0, width)), count: max(0, height))
    }

    /// Write `text` at (row, x), using at most `maxWidth` columns (default: to the right edge), cutting
    /// with an ellipsis when `ellipsis`, else hard. Returns the columns used.
    @discardableResult
    mutating func put(_ text: String, row: Int, x: Int, maxWidth: Int? = nil, role: Frame.Role? = nil, ellipsis: Bool = true) -> Int {
        guard row >= 0, row < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        guard limit > 0, x >= 0 else { return 0 }
        var cells = DisplayText.cells(text, ascii: ascii)
        let total = cells.reduce(0) { $0 + $1.width }
        if total > limit {
            if ellipsis {
                let (s, _) = DisplayText.truncate(cells: cells, width: limit, ascii: ascii)
                cells = DisplayText.cells(s, ascii: ascii)
            }
        }
        var col = x
        for c in cells {
            if col + c.width > x + limit { break }
            setSlot(row: row, col: col, .text(c.text, c.width))
            if c.width == 2 { setSlot(row: row, col: col + 1, .continuation) }
            col += c.width
        }
        let used = col - x
        if let role, used > 0 { spans.append(Frame.Span(row: row, start: x, width: used, role: role)) }
        return used
    }

    /// Fill `count` columns with `text` (a single-width glyph) repeated.
    mutating func fill(_ glyph: String, row: Int, x: Int, count: Int, role: Frame.Role? = nil) {
        guard count > 0 else { return }
        put(String(repeating: glyph, count: count), row: row, x: x, maxWidth: count, role: role, ellipsis: false)
    }

    mutating func span(row: Int, x: Int, width w: Int, role: Frame.Role) {
        let start = max(0, x)
        let end = min(width, x + w)
        guard row >= 0, row < height, end > start else { return }
        spans.append(Frame.Span(row: row, start: start, width: end - start, role: role))
    }

    private mutating func setSlot(row: Int, col: Int, _ slot: Slot) {
        guard col >= 0, col < width else { return }
        // Overwriting half of a wide character blanks its other half.
        if case .continuation = rows[row][col], col > 0 { rows[row][col - 1] = .text(" ", 1) }
        if case .text(_, 2) = rows[row][col], col + 1 < width { rows[row][col + 1] = .text(" ", 1) }
        rows[row][col] = slot
    }

    var lines: [String] {
        rows.map { row in
            var s = ""
            for slot in row { if case .text(let t, _) = slot { s += t } }
            return s
        }
    }
}
