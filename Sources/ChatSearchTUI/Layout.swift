import ChatSearchCore

/// Glyphs for the chrome, Unicode or ASCII.
struct Glyphs {
    var hLine: String
    var vLine: String
    var activeMarker: String
    var selectedMarker: String
    var up: String
    var down: String
    var dot: String
    var dash: String
    var barFull: String
    var barEmpty: String

    static let unicode = Glyphs(hLine: "─", vLine: "│", activeMarker: "▸", selectedMarker: "▶", up: "↑", down: "↓",
                                dot: "·", dash: "—", barFull: "█", barEmpty: "░")
    static let ascii = Glyphs(hLine: "-", vLine: "|", activeMarker: ">", selectedMarker: ">", up: "^", down: "v",
                              dot: "|", dash: "-", barFull: "#", barEmpty: ".")

    static func forState(_ ascii: Bool) -> Glyphs { ascii ? .ascii : .unicode }
}

/// Geometry of the results view, shared by the reducer (scrolling) and the renderer.
struct ResultsLayout {
    var width: Int
    var height: Int
    var queryRow: Int { 0 }
    var titleRow: Int { 1 }
    var listTop: Int { 2 }
    var listHeight: Int
    /// Rows of the context panel including its header row; 0 when hidden.
    var contextHeight: Int
    var contextTop: Int { listTop + listHeight }
    var statusRow: Int { height - 1 }
    /// Screen rows per hit: a line of facts (rank, shift, speaker, date, source), then the text at full width.
    static let rowsPerHit = 2
    /// Hits that fit in a pane.
    var visibleHits: Int { max(1, listHeight / ResultsLayout.rowsPerHit) }
    /// (x, width) of each pane.
    var panes: [(x: Int, width: Int)]

    init(width: Int, height: Int, paneCount: Int, showContext: Bool) {
        self.width = width
        self.height = height
        let body = max(0, height - 3)
        contextHeight = showContext ? min(9, max(4, body / 3)) : 0
        listHeight = max(1, body - contextHeight)
        let n = max(1, paneCount)
        let base = (width - (n - 1)) / n
        var x = 0
        var ps: [(x: Int, width: Int)] = []
        for i in 0..<n {
            let w = i == n - 1 ? width - x : base
            ps.append((x: x, width: w))
            x += w + 1
        }
        panes = ps
    }

    init(_ state: TUIState) {
        self.init(width: state.width, height: state.height, paneCount: state.paneModes.count, showContext: state.showContext)
    }
}

/// The whole conversation laid out as lines for the conversation view.
struct ConversationLayout {
    enum Kind: Equatable { case header, selectedHeader, body, selectedBody, session, blank }
    struct Line: Equatable {
        var text: String
        var kind: Kind
    }

    var lines: [Line]
    /// Line of the selected turn's header.
    var anchor: Int

    static let indent = 4

    init(conversation: Conversation, selectedTurn: Int, width: Int, ascii: Bool) {
        let g = Glyphs.forState(ascii)
        var lines: [Line] = []
        var anchor = 0
        var lastSession: String? = nil
        let numberWidth = String(conversation.turns.count).count
        for (i, turn) in conversation.turns.enumerated() {
            if let session = turn.session, session != lastSession {
                if !lines.isEmpty { lines.append(Line(text: "", kind: .blank)) }
                let label = "\(g.hLine)\(g.hLine) session \(session) "
                let fill = max(0, width - DisplayText.width(label, ascii: ascii))
                lines.append(Line(text: label + String(repeating: g.hLine, count: fill), kind: .session))
                lastSession = session
            } else if i > 0 {
                lines.append(Line(text: "", kind: .blank))
            }
            let selected = i == selectedTurn
            if selected { anchor = lines.count }
            var header = (selected ? g.selectedMarker : " ") + " " + ("#" + String(i + 1)).rightPadded(to: numberWidth + 1)
            header += " " + (turn.speaker ?? "?")
            if let time = turn.time { header += " \(g.dot) \(time)" }
            lines.append(Line(text: header, kind: selected ? .selectedHeader : .header))
            let bodyWidth = max(1, width - ConversationLayout.indent)
            let pad = String(repeating: " ", count: ConversationLayout.indent)
            for l in DisplayText.wrap(turn.text, width: bodyWidth, ascii: ascii, keepNewlines: true) {
                lines.append(Line(text: pad + l, kind: selected ? .selectedBody : .body))
            }
        }
        self.lines = lines
        self.anchor = anchor
    }

    /// Rows available for conversation lines (one header row and one status row).
    static func contentHeight(_ height: Int) -> Int { max(1, height - 2) }

    static func initialScroll(anchor: Int, height: Int) -> Int {
        max(0, anchor - contentHeight(height) / 3)
    }

    static func maxScroll(lineCount: Int, height: Int) -> Int {
        max(0, lineCount - contentHeight(height))
    }
}

extension String {
    func rightPadded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
