import ChatSearchCore
import Testing
@testable import ChatSearchTUI

/// Input a hostile or clumsy user can produce: invalid UTF-8, huge pastes, control characters.
struct HostileInputTests {
    func decode(_ bytes: [UInt8]) -> String {
        var d = UTF8InputDecoder()
        var out = String.UnicodeScalarView()
        for b in bytes { if let s = d.feed(b) { out.append(s) } }
        return String(out)
    }

    @Test func invalidUTF8KeepsTheValidBytesAfterIt() {
        #expect(decode(Array("x".utf8) + [0xFF] + Array("abcéd".utf8)) == "xabcéd")
        #expect(decode([0xC3, 0x41, 0x42]) == "AB")                     // cut sequence
        #expect(decode([0xE0, 0x80, 0x7A]) == "z")                      // overlong
        #expect(decode([0xED, 0xA0, 0x80, 0x77]) == "w")                // surrogate
        #expect(decode([0xF4, 0x90, 0x80, 0x80, 0x71]) == "q")          // above U+10FFFF
        #expect(decode([0x80, 0xBF, 0xC0, 0xC1, 0xF5, 0x61]) == "a")    // never valid
        #expect(decode(Array("寺院 👍🏽 ok".utf8)) == "寺院 👍🏽 ok")
    }

    @Test func aHugePasteIsCappedWithAMessage() {
        let reducer = TUIReducer(conversations: [])
        var s = TUIState()
        s.view = .results
        for (i, c) in String(repeating: "pasted text é ", count: 10_000).enumerated() {
            s = reducer.reduce(s, .key(.char(c), time: Double(i) * 1e-6)).0
        }
        #expect(s.query.utf8.count <= TUIReducer.maxQueryBytes)
        #expect(s.query.utf8.count > TUIReducer.maxQueryBytes - 4)
        #expect(s.message == TUIReducer.queryTooLong)
        #expect(s.cursor == s.query.count)
        // Editing still works at the cap.
        s = reducer.reduce(s, .key(.backspace, time: 1)).0
        s = reducer.reduce(s, .key(.char("!"), time: 1)).0
        #expect(s.query.hasSuffix("!"))
    }

    @Test func bidiOverridesAndControlsAreSpacesOnScreen() {
        let cells = DisplayText.cells("a\u{202E}b\u{1B}c\u{9B}d\u{2066}e", ascii: false)
        #expect(cells.map(\.text).joined() == "a b c d e")
        let ascii = DisplayText.cells("a\u{202E}b\u{9B}c", ascii: true)
        #expect(ascii.map(\.text).joined() == "a b c")
    }
}
