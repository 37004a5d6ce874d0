/// The one rule for text shown to a person: the terminal UI, `--format text` and `--format tsv`,
/// warnings and errors. Chat exports are written by anyone in a chat, so their text, titles, speakers,
/// times, keys and file names must not reach a terminal as control sequences (window titles, clipboard
/// writes, screen clears, bells, reordered text).
///
/// Controls are C0 (U+0000-U+001F), DEL, C1 (U+0080-U+009F), the line and paragraph separators and
/// the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069). `safe` writes
/// each as a visible escape (`\t`, `\n`, `\r`, `\x1B`, `\u{202E}`); the terminal UI draws each as a
/// space. JSON Lines output is exact instead: its strings are escaped JSON.
public enum TerminalText {
    public static func isControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// The visible form of a control character.
    public static func escape(_ s: Unicode.Scalar) -> String {
        switch s {
        case "\t": return "\\t"
        case "\n": return "\\n"
        case "\r": return "\\r"
        default:
            let hex = String(s.value, radix: 16, uppercase: true)
            return s.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{\(hex)}"
        }
    }

    /// `text` with every control character escaped; with `keepLines`, newlines and tabs stay as they are
    /// (for messages of several lines and for the tabs between TSV fields).
    public static func safe(_ text: String, keepLines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && !(keepLines && ($0 == "\n" || $0 == "\t")) }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isControl(s) && !(keepLines && (s == "\n" || s == "\t")) {
                out.append(contentsOf: escape(s).unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// A TSV field: backslashes doubled, then every control character escaped, so fields never hold a
    /// tab or a line break and the escapes can be read back.
    public static func tsvField(_ text: String) -> String {
        safe(text.replacingOccurrences(of: "\\", with: "\\\\"))
    }
}
