import ChatSearchCore
import CSupport
import Foundation

/// One drawable terminal cell group: a base character (width 1 or 2) plus any zero-width marks that
/// combine with it. Built so that the column count ncurses computes (libc wcwidth per code point)
/// equals `width`, and so that terminals draw it in that many columns.
struct DisplayCell: Equatable {
    var text: String
    var width: Int
}

/// Terminal-width-aware text handling: sanitising, measuring, cutting with an ellipsis, wrapping.
///
/// Rules (UTF-8 mode):
/// - newlines, tabs and the other controls of `TerminalText.isControl` (C0, DEL, C1, bidi overrides)
///   become one space;
/// - zero-width characters with nothing to attach to, zero-width format characters (ZWJ, ZWSP, bidi
///   marks, BOM, tags) and variation selectors are dropped;
/// - emoji ZWJ sequences keep only their first emoji, and skin-tone modifiers are dropped (glibc counts
///   each emoji of a sequence as 2 columns while terminals draw one glyph, so the sequence would shift
///   the rest of the line);
/// - flags (regional indicator pairs) are shown as their two letters ("🇫🇷" → "FR");
/// - characters libc reports as unprintable become "?".
///
/// ASCII mode (non-UTF-8 locale): accents are stripped, common punctuation is transliterated, anything
/// else becomes "?" (one per character, "??" for wide characters so columns stay aligned).
enum DisplayText {
    static func scalarWidth(_ s: Unicode.Scalar) -> Int {
        Int(csupport_wcwidth(s.value))
    }

    static func isRegionalIndicator(_ s: Unicode.Scalar) -> Bool { (0x1F1E6...0x1F1FF).contains(s.value) }
    static func isVariationSelector(_ s: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0F).contains(s.value) || (0xE0100...0xE01EF).contains(s.value)
    }
    static func isSkinTone(_ s: Unicode.Scalar) -> Bool { (0x1F3FB...0x1F3FF).contains(s.value) }
    static func isTag(_ s: Unicode.Scalar) -> Bool { (0xE0000...0xE007F).contains(s.value) }

    /// Cells of `text` in display order.
    static func cells(_ text: String, ascii: Bool) -> [DisplayCell] {
        var out: [DisplayCell] = []
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            if ascii { appendASCII(ch, to: &out) } else { appendUnicode(ch, to: &out) }
        }
        return out
    }

    private static func appendUnicode(_ ch: Character, to out: inout [DisplayCell]) {
        let scalars = Array(ch.unicodeScalars)
        guard let first = scalars.first else { return }
        if TerminalText.isControl(first) {
            out.append(DisplayCell(text: " ", width: 1))
            return
        }
        if isRegionalIndicator(first) {
            for s in scalars where isRegionalIndicator(s) {
                let letter = Character(Unicode.Scalar(UInt8(0x41 + s.value - 0x1F1E6)))
                out.append(DisplayCell(text: String(letter), width: 1))
            }
            return
        }
        var current: DisplayCell? = nil
        var index = 0
        while index < scalars.count {
            let s = scalars[index]
            index += 1
            if s == "\u{200D}" {
                // Zero-width joiner: if an emoji follows, the rest is one emoji sequence; keep its first part.
                if index < scalars.count {
                    let next: Unicode.Scalar = scalars[index]
                    if next.properties.isEmoji && next.value >= 0x80 { break }
                }
                continue
            }
            if isVariationSelector(s) || isSkinTone(s) || isTag(s) { continue }
            let w = scalarWidth(s)
            if w < 0 {
                if let c = current { out.append(c) }
                current = DisplayCell(text: "?", width: 1)
            } else if w == 0 {
                // Zero-width: keep combining marks (they attach to the current cell); drop format characters
                // and anything with no base character to attach to.
                if s.properties.generalCategory == .format { continue }
                if current != nil { current!.text.unicodeScalars.append(s) }
            } else {
                if let c = current { out.append(c) }
                current = DisplayCell(text: String(Character(s)), width: w)
            }
        }
        if let c = current { out.append(c) }
    }

    private static let asciiMap: [Unicode.Scalar: String] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{00AB}": "\"", "\u{00BB}": "\"",
        "\u{2013}": "-", "\u{2014}": "-", "\u{2012}": "-", "\u{2015}": "-", "\u{2212}": "-",
        "\u{2026}": "...", "\u{00A0}": " ", "\u{2022}": "*", "\u{00B7}": ".", "\u{00D7}": "x",
        "\u{00DF}": "ss", "\u{00E6}": "ae", "\u{00C6}": "AE", "\u{0153}": "oe", "\u{0152}": "OE",
        "\u{00F8}": "o", "\u{00D8}": "O", "\u{0142}": "l", "\u{0141}": "L", "\u{00F0}": "d", "\u{00FE}": "th",
        "\u{20AC}": "EUR", "\u{00A3}": "GBP", "\u{2192}": "->", "\u{2190}": "<-",
    ]

    private static func appendASCII(_ ch: Character, to out: inout [DisplayCell]) {
        let scalars = Array(ch.unicodeScalars)
        guard let first = scalars.first else { return }
        if TerminalText.isControl(first) {
            out.append(DisplayCell(text: " ", width: 1))
            return
        }
        if first.isASCII {
            out.append(DisplayCell(text: String(Character(first)), width: 1))
            return
        }
        if let mapped = asciiMap[first] {
            for c in mapped { out.append(DisplayCell(text: String(c), width: 1)) }
            return
        }
        // Strip accents: canonical decomposition, keep the ASCII base letters.
        let decomposed = String(ch).decomposedStringWithCanonicalMapping
        let base = decomposed.unicodeScalars.filter { $0.isASCII && $0.value >= 0x20 && $0.value != 0x7F }
        if !base.isEmpty {
            for s in base { out.append(DisplayCell(text: String(Character(s)), width: 1)) }
            return
        }
        if isRegionalIndicator(first) {
            for s in scalars where isRegionalIndicator(s) {
                out.append(DisplayCell(text: String(Character(Unicode.Scalar(UInt8(0x41 + s.value - 0x1F1E6)))), width: 1))
            }
            return
        }
        let props = first.properties
        if props.generalCategory == .format || props.generalCategory == .nonspacingMark
            || props.generalCategory == .enclosingMark || isVariationSelector(first) {
            return
        }
        let wide = props.isEmojiPresentation || isEastAsianWide(first)
        out.append(DisplayCell(text: wide ? "??" : "?", width: wide ? 2 : 1))
    }

    /// Wide ranges (CJK, Hangul, full-width forms) for ASCII mode, where libc cannot tell us.
    static func isEastAsianWide(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v)
    }

    static func width(_ text: String, ascii: Bool) -> Int {
        cells(text, ascii: ascii).reduce(0) { $0 + $1.width }
    }

    /// `text` cut to at most `width` columns; when cut, the end is replaced by `ellipsis`.
    /// The result may be narrower than `width` (a wide character that does not fit is left out).
    static func truncate(_ text: String, width: Int, ascii: Bool, ellipsis: String? = nil) -> (String, Int) {
        truncate(cells: cells(text, ascii: ascii), width: width, ascii: ascii, ellipsis: ellipsis)
    }

    static func truncate(cells: [DisplayCell], width: Int, ascii: Bool, ellipsis: String? = nil) -> (String, Int) {
        guard width > 0 else { return ("", 0) }
        let total = cells.reduce(0) { $0 + $1.width }
        if total <= width {
            return (cells.map(\.text).joined(), total)
        }
        let ell = ellipsis ?? (ascii ? "..." : "\u{2026}")
        let ellWidth = ell.count  // ellipsis strings are single-width characters
        let budget = max(0, width - ellWidth)
        var out = ""
        var used = 0
        for c in cells {
            if used + c.width > budget { break }
            out += c.text
            used += c.width
        }
        if ellWidth <= width {
            out += ell
            used += ellWidth
        }
        return (out, used)
    }

    /// `text` cut (with ellipsis) or padded with spaces to exactly `width` columns.
    static func fit(_ text: String, width: Int, ascii: Bool, alignRight: Bool = false) -> String {
        let (s, w) = truncate(text, width: width, ascii: ascii)
        let pad = String(repeating: " ", count: max(0, width - w))
        return alignRight ? pad + s : s + pad
    }

    /// Word-wrap into lines of at most `width` columns. Newlines in the text start new lines when
    /// `keepNewlines`; otherwise they are spaces. Words longer than a line are broken.
    static func wrap(_ text: String, width: Int, ascii: Bool, keepNewlines: Bool = true) -> [String] {
        guard width > 0 else { return [] }
        let paragraphs: [Substring] = keepNewlines
            ? text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            : [Substring(text)]
        var lines: [String] = []
        for para in paragraphs {
            let cs = cells(String(para), ascii: ascii)
            if cs.isEmpty { lines.append(""); continue }
            var line: [DisplayCell] = []
            var lineWidth = 0
            var i = 0
            // Words are runs of non-space cells; spaces separate them.
            while i < cs.count {
                if cs[i].text == " " {
                    if lineWidth > 0 && lineWidth + 1 <= width { line.append(cs[i]); lineWidth += 1 }
                    i += 1
                    continue
                }
                var j = i
                var wordWidth = 0
                while j < cs.count && cs[j].text != " " { wordWidth += cs[j].width; j += 1 }
                if lineWidth + wordWidth > width && lineWidth > 0 {
                    // Trim trailing spaces and start a new line.
                    while let last = line.last, last.text == " " { line.removeLast(); lineWidth -= 1 }
                    lines.append(line.map(\.text).joined())
                    line = []; lineWidth = 0
                }
                for k in i..<j {
                    if lineWidth + cs[k].width > width {
                        lines.append(line.map(\.text).joined())
                        line = []; lineWidth = 0
                    }
                    line.append(cs[k]); lineWidth += cs[k].width
                }
                i = j
            }
            while let last = line.last, last.text == " " { line.removeLast(); lineWidth -= 1 }
            lines.append(line.map(\.text).joined())
        }
        return lines
    }

    /// Collapse whitespace runs (including newlines) to single spaces and trim the ends.
    static func oneLine(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for ch in text {
            if ch.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(ch)
            }
        }
        return out
    }
}
