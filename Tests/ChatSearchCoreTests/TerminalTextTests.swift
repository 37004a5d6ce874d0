import Testing
@testable import ChatSearchCore

struct TerminalTextTests {
    /// OSC 0 (window title), OSC 52 (clipboard), CSI 2J, BEL, backspace, DEL, C1 CSI, bidi override.
    static let hostile = "a\u{1B}]0;owned\u{07}b\u{1B}]52;c;ZXZpbA==\u{1B}\\c\u{1B}[2Jd\u{08}\u{7F}e\u{9B}31mf\u{202E}gnp.exe\u{2066}"

    @Test func everyControlBecomesAVisibleEscape() {
        let safe = TerminalText.safe(Self.hostile)
        #expect(safe == #"a\x1B]0;owned\x07b\x1B]52;c;ZXZpbA==\x1B\c\x1B[2Jd\x08\x7Fe\x9B31mf\u{202E}gnp.exe\u{2066}"#)
        #expect(!safe.unicodeScalars.contains(where: TerminalText.isControl))
        #expect(TerminalText.safe("tab\there\r\nnext\u{2028}") == #"tab\there\r\nnext\u{2028}"#)
        #expect(TerminalText.safe("tab\there\r\nnext", keepLines: true) == "tab\there\\r\nnext")
        #expect(TerminalText.safe("plain text, café 寺院 👍🏽") == "plain text, café 寺院 👍🏽")
    }

    @Test func tsvFieldsHoldNoControlsAndKeepBackslashesReadable() {
        let f = TerminalText.tsvField("C:\\dir\tx\ny\u{1B}[2J")
        #expect(f == #"C:\\dir\tx\ny\x1B[2J"#)
        #expect(!f.unicodeScalars.contains(where: TerminalText.isControl))
    }
}
