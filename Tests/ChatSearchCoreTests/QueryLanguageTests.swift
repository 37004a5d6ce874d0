import Foundation
import Testing
@testable import ChatSearchCore

/// The one query language: filters taken out of the text, malformed ones refused by name, colons in
/// ordinary words left as text, and filters that keep exactly the turns they describe.
@Suite struct QueryLanguageTests {
    private func parse(_ q: String) throws -> ParsedQuery { try QueryLanguage.parse(q) }

    @Test func everyForm() throws {
        let p = try parse(#"pizza from:lena -from:Bob in:Lisbon app:WhatsApp after:2024-03 before:2025 "deep dish" -pineapple -"thin crust""#)
        #expect(p.text == "pizza deep dish")
        #expect(p.filter.from == ["lena"])
        #expect(p.filter.notFrom == ["Bob"])
        #expect(p.filter.inConversation == ["Lisbon"])
        #expect(p.filter.apps == ["whatsapp"])
        #expect(p.filter.after == "2024-03-01")
        #expect(p.filter.before == "2025-01-01")
        #expect(p.filter.phrases == ["deep dish"])
        #expect(p.filter.excluded == ["pineapple", "thin crust"])
        let on = try parse("on:2024-02").filter
        #expect(on.after == "2024-02-01" && on.before == "2024-03-01")
        #expect(try parse("on:2024-12-31").filter.before == "2025-01-01")
        #expect(try parse("on:2024").filter.before == "2025-01-01")
        #expect(try parse(#"from:"Lena Schmidt" hi"#).filter.from == ["Lena Schmidt"])
        #expect(try parse("from:lena from:ana").filter.from == ["lena", "ana"])
        #expect(try parse("from:lena").text == "")
    }

    @Test func colonsInWordsAreText() throws {
        for q in ["ratio 3:1", "see http://example.com/a:b", "note:this", "10:30 meeting", "- dash", "-5 degrees"] {
            let p = try parse(q)
            #expect(p.text == q, "\(q)")
            #expect(p.filter.isEmpty, "\(q)")
        }
    }

    @Test func malformedFiltersNameTheirPart() {
        let cases: [(String, String)] = [("after:2024-13", "after:2024-13"), ("from: lena", "from:"), ("on:2024-02-30", "on:2024-02-30"),
                                        ("before:24", "before:24"), ("app:myspace", "app:myspace"), ("-in:x", "-in:x"),
                                        (#"say "hello"#, #""hello"#), (#"x "" y"#, #""""#), ("after:2024-3", "after:2024-3")]
        for (q, part) in cases {
            #expect(throws: QuerySyntaxError.self, "\(q)") { try QueryLanguage.parse(q) }
            do { _ = try QueryLanguage.parse(q) } catch { #expect(error.part == part, "\(q): \(error)") }
        }
    }

    @Test func unicodeNamesAndFolding() throws {
        let turn = Turn(id: "1", speaker: "Zoë Ångström", text: "Café au lait, s'il vous plaît")
        func passes(_ q: String) throws -> Bool {
            try parse(q).filter.matches(turn: turn) { QueryFilter.fold(turn.text) }
        }
        #expect(try passes("from:zoe"))
        #expect(try passes("from:ANGSTROM"))
        #expect(try passes("from:zo"))
        #expect(try !passes("from:ang"))  // neither the start of the name nor a whole word of it
        #expect(try !passes("-from:zoë"))
        #expect(try passes(#""cafe au lait""#))
        #expect(try !passes(#""cafe lait""#))
        #expect(try !passes("-CAFÉ"))
        #expect(try passes("-caf"))  // exclusion is by whole words
    }

    @Test func datesAndConversations() throws {
        let c = Conversation(id: "c1", title: "Lisbon Trip", turns: [
            Turn(id: "1", text: "a", timestamp: "2024-02-29T23:59:59"),
            Turn(id: "2", text: "b", timestamp: "2024-03-01T00:00:00Z"),
            Turn(id: "3", text: "c"),
        ], source: "/chats/WhatsApp Chat.txt", app: "whatsapp")
        func rows(_ q: String) throws -> [Bool] { try parse(q).filter.rows(of: [c]).passes }
        #expect(try rows("after:2024-03") == [false, true, false])
        #expect(try rows("before:2024-03") == [true, false, false])
        #expect(try rows("on:2024-02-29") == [true, false, false])
        #expect(try parse("on:2024").filter.rows(of: [c]).undated == 1)
        #expect(try rows("in:lisbon") == [true, true, true])
        #expect(try rows("in:chat.txt") == [true, true, true])
        #expect(try rows("in:porto") == [false, false, false])
        #expect(try rows("app:chatgpt") == [false, false, false])
        #expect(try rows("app:whatsapp after:2024-02-29") == [true, true, false])
    }
}
