import ChatSearchCore
import Foundation
import Testing
@testable import ChatSearchTUI

/// `y` / `Y` copy, `o` pager, `e` editor: the effects the keys ask for, and the pure parts behind them
/// (the clipboard's choice, the OSC 52 sequence, the pager's document, the turn's line in its file).
@Suite struct ActOnHitTests {
    let reducer = TUIReducer(conversations: Fixtures.conversations, debounce: 0.2)

    @Test func yCopiesTheSelectedTurnsText() {
        let s = Fixtures.resultsState()
        #expect(s.selectedRef == Fixtures.ref(0, 2))
        let (_, effects) = reducer.reduce(s, .key(.char("y"), time: 1))
        #expect(effects == [.copy(text: Fixtures.conversations[0].turns[2].text, withContext: false)])
    }

    @Test func capitalYCopiesTwoTurnsEachSide() {
        let s = Fixtures.resultsState()
        let (_, effects) = reducer.reduce(s, .key(.char("Y"), time: 1))
        guard case .copy(let text, true)? = effects.first else {
            Issue.record("no copy with context: \(effects)")
            return
        }
        let turns = Fixtures.conversations[0].turns
        #expect(text.hasPrefix("alice (2024-05-01 10:00):\n" + turns[0].text + "\n\n"))
        for i in 0...4 { #expect(text.contains(turns[i].text)) }
        #expect(!text.contains(turns[5].text))
        #expect(text.hasSuffix("alice (2024-05-02 09:00):\n" + turns[4].text))
    }

    @Test func keysAreTextOnTheQueryLine() {
        let s = Fixtures.resultsState(focus: .query)
        for c in ["y", "Y", "o", "e"] {
            let (next, effects) = reducer.reduce(s, .key(.char(Character(c)), time: 1))
            #expect(effects.isEmpty)
            #expect(next.query == s.query + c)
        }
    }

    @Test func oAndEAskForThePagerAndEditorFromListAndConversation() {
        var s = Fixtures.resultsState()
        #expect(reducer.reduce(s, .key(.char("o"), time: 1)).1 == [.openPager(Fixtures.ref(0, 2))])
        #expect(reducer.reduce(s, .key(.char("e"), time: 1)).1 == [.openEditor(Fixtures.ref(0, 2))])
        s = reducer.reduce(s, .key(.enter, time: 1)).0
        guard case .conversation = s.view else {
            Issue.record("Enter did not open the conversation")
            return
        }
        let (after, effects) = reducer.reduce(s, .key(.char("o"), time: 2))
        #expect(effects == [.openPager(Fixtures.ref(0, 2))])
        #expect(after.view == s.view)
        #expect(reducer.reduce(s, .key(.char("y"), time: 2)).1 == [.copy(text: Fixtures.conversations[0].turns[2].text, withContext: false)])
    }

    @Test func noticeShowsInTheStatusLineAndExpires() {
        var s = Fixtures.resultsState()
        s = reducer.reduce(s, .notice("Copied the turn (10 characters) through the terminal (OSC 52)", isError: false)).0
        #expect(render(s).lines.last?.contains("Copied the turn (10 characters)") == true)
        s = reducer.reduce(s, .tick(time: s.now + TUIReducer.messageSeconds + 0.1)).0
        #expect(s.message == nil)
    }

    @Test func confirmationCountsCharacters() {
        #expect(TurnCopy.confirmation("crème 😋", withContext: false, via: "with wl-copy") == "Copied the turn (7 characters) with wl-copy")
    }

    @Test func osc52IsBase64SoChatTextCannotEndIt() {
        let text = "evil \u{07}\u{1B}]0;title\u{1B}\\ 寺"
        let seq = ClipboardMethod.osc52(text)
        #expect(seq.hasPrefix("\u{1B}]52;c;"))
        #expect(seq.hasSuffix("\u{07}"))
        let payload = String(seq.dropFirst(7).dropLast())
        #expect(!payload.unicodeScalars.contains { TerminalText.isControl($0) })
        #expect(Data(base64Encoded: payload).flatMap { String(data: $0, encoding: .utf8) } == text)
    }

    @Test func clipboardChoice() {
        typealias E = ClipboardMethod.Environment
        let none: (String) -> Bool = { _ in false }
        let all: (String) -> Bool = { _ in true }
        #expect(ClipboardMethod.choose(E(term: "xterm-kitty"), findProgram: none) == .osc52)
        #expect(ClipboardMethod.choose(E(term: "tmux-256color", insideTmux: true), findProgram: none) == .osc52)
        #expect(ClipboardMethod.choose(E(term: "screen-256color", insideTmux: true), findProgram: none) == .osc52)
        // GNU screen and the Linux console do not take OSC 52.
        #expect(ClipboardMethod.choose(E(term: "screen"), findProgram: none) == .unsupported(ClipboardMethod.unsupportedMessage))
        #expect(ClipboardMethod.choose(E(term: "linux", wayland: true), findProgram: all) == .program(["wl-copy"]))
        #expect(ClipboardMethod.choose(E(term: "linux", x11: true), findProgram: all) == .program(["xclip", "-selection", "clipboard"]))
        #expect(ClipboardMethod.choose(E(term: "linux", x11: true), findProgram: { $0 == "wl-copy" }) == .unsupported(ClipboardMethod.unsupportedMessage))
        #expect(ClipboardMethod.choose(E(["TERM": "linux", "WAYLAND_DISPLAY": "wayland-0"]), findProgram: all) == .program(["wl-copy"]))
    }

    @Test func onPathFindsExecutables() {
        #expect(ClipboardMethod.onPath("sh", path: "/nonexistent:/bin:/usr/bin"))
        #expect(!ClipboardMethod.onPath("sh", path: "/nonexistent"))
    }

    @Test func pagerDocumentMarksTheTurnsLine() {
        let c = Fixtures.conversations[0]
        let doc = PagerDocument(conversation: c, selectedTurn: 3)
        let lines = doc.text.components(separatedBy: "\n")
        #expect(lines[doc.line - 1] == "#4 bob · 2024-05-01 10:05")
        #expect(lines[doc.line] == "    Book the ryokan early;")
        #expect(lines[doc.line + 1] == "    they fill up fast 🏯👍🏽")
        #expect(lines[0] == "Trip to Kyoto")
        #expect(PagerDocument.positionArgument(pager: "less", line: 12) == "+12g")
        #expect(PagerDocument.positionArgument(pager: "/usr/bin/less -R", line: 12) == "+12g")
        #expect(PagerDocument.positionArgument(pager: "more", line: 12) == "+12")
    }

    @Test func pagerDocumentEscapesControls() {
        let c = Conversation(id: "x", title: "t\u{1B}[2J", turns: [Turn(id: "0", speaker: "a\u{07}", text: "hi\u{1B}]52;c;AAAA\u{07}\tthere")])
        let doc = PagerDocument(conversation: c, selectedTurn: 0)
        #expect(!doc.text.unicodeScalars.contains { TerminalText.isControl($0) && $0 != "\n" })
        #expect(doc.text.contains("hi\\x1B]52;c;AAAA\\x07    there"))
    }

    @Test func sourceLineFindsTurnsInOrder() {
        let file = """
            14/03/2023, 19:00 - Lena: ok
            14/03/2023, 19:01 - Jonas: see you
            14/03/2023, 19:02 - Lena: ok
            and a second line
            14/03/2023, 19:03 - Jonas: bye
            """
        let c = Conversation(id: "w", turns: [
            Turn(id: "0", speaker: "Lena", text: "ok"), Turn(id: "1", speaker: "Jonas", text: "see you"),
            Turn(id: "2", speaker: "Lena", text: "ok\nand a second line"), Turn(id: "3", speaker: "Jonas", text: "bye"),
        ])
        #expect(SourceLine.line(of: 0, in: c, fileText: file) == 1)
        // The same text again is found after the turn before it, not at its first occurrence.
        #expect(SourceLine.line(of: 2, in: c, fileText: file) == 3)
        #expect(SourceLine.line(of: 3, in: c, fileText: file) == 5)
        let missing = Conversation(id: "m", turns: [Turn(id: "0", text: "not in the file")])
        #expect(SourceLine.line(of: 0, in: missing, fileText: file) == nil)
    }
}
