import Testing
@testable import ChatSearchTUI

@Suite struct DisplayTextTests {
    init() { #expect(utf8Locale, "a UTF-8 locale (C.UTF-8) is needed for wcwidth") }

    func w(_ s: String) -> Int { DisplayText.width(s, ascii: false) }

    @Test func widths() {
        #expect(w("abc") == 3)
        #expect(w("日本語") == 6)
        #expect(w("café") == 4)
        #expect(w("cafe\u{0301}") == 4)          // combining acute
        #expect(w("😋") == 2)
        #expect(w("👍🏽") == 2)                  // skin tone dropped
        #expect(w("👨‍👩‍👧") == 2)                // ZWJ family: first emoji only
        #expect(w("🇯🇵") == 2)                   // flag as letters
        #expect(w("a\nb\tc") == 5)
        #expect(w("\u{200B}x\u{200E}") == 1)     // zero-width space and LRM dropped
        #expect(w("\u{0301}x") == 1)             // leading combining mark dropped
    }

    @Test func sanitisedCells() {
        #expect(DisplayText.cells("👨‍👩‍👧", ascii: false).map(\.text) == ["👨"])
        #expect(DisplayText.cells("🇯🇵", ascii: false).map(\.text) == ["J", "P"])
        #expect(DisplayText.cells("e\u{0301}", ascii: false).map(\.text) == ["e\u{0301}"])
        #expect(DisplayText.cells("⛩️", ascii: false).map(\.text) == ["⛩"])
    }

    @Test func truncationIsWidthCorrect() {
        #expect(DisplayText.fit("日本語のテキスト", width: 7, ascii: false) == "日本語…")
        #expect(DisplayText.fit("日本語のテキスト", width: 8, ascii: false) == "日本語… ")
        #expect(DisplayText.fit("crème brûlée", width: 8, ascii: false) == "crème b…")
        #expect(DisplayText.fit("short", width: 8, ascii: false) == "short   ")
        #expect(DisplayText.fit("exactly8", width: 8, ascii: false) == "exactly8")
        #expect(DisplayText.fit("42", width: 4, ascii: false, alignRight: true) == "  42")
        #expect(DisplayText.fit("abcdef", width: 4, ascii: true) == "a...")
        for width in 1...12 {
            #expect(w(DisplayText.fit("a😋b日c👨‍👩‍👧de\u{0301}f", width: width, ascii: false)) == width)
        }
    }

    @Test func wrapping() {
        #expect(DisplayText.wrap("the quick brown fox", width: 9, ascii: false) == ["the quick", "brown fox"])
        #expect(DisplayText.wrap("abcdefghij", width: 4, ascii: false) == ["abcd", "efgh", "ij"])
        #expect(DisplayText.wrap("日本語のテキスト", width: 5, ascii: false) == ["日本", "語の", "テキ", "スト"])
        #expect(DisplayText.wrap("one\ntwo", width: 10, ascii: false) == ["one", "two"])
        #expect(DisplayText.wrap("one\ntwo", width: 10, ascii: false, keepNewlines: false) == ["one two"])
    }

    @Test func asciiFallback() {
        let cells = DisplayText.cells("Crème brûlée — “ok”… 日本 😋", ascii: true)
        let text = cells.map(\.text).joined()
        #expect(text == "Creme brulee - \"ok\"... ???? ??")
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(DisplayText.width("日本", ascii: true) == 4)
    }

    @Test func oneLine() {
        #expect(DisplayText.oneLine("  a\n\n b\tc  ") == "a b c")
    }
}
