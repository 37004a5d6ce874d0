import ChatSearchCore
import Foundation
import Testing
@testable import ChatSearchTUI

/// Two-line result rows: facts (rank, score, shift, speaker, date, source) on one line, the text at the
/// pane's full width on the next.
@Suite struct ReadableRowsTests {
    @Test(arguments: [80, 120, 200]) func rowsAtWidth(_ width: Int) {
        let s = Fixtures.resultsState(width: width, height: 24)
        let frame = render(s)
        Snapshot.check(frame, "rows-\(width)")
        // The text line of the top hit gets all of the pane but the rank column.
        let pane = ResultsLayout(s).panes[0]
        let textLine = frame.lines[ResultsLayout(s).listTop + 1]
        let left = String(textLine.split(separator: "│", maxSplits: 1)[0])
        #expect(DisplayText.width(left, ascii: false) == pane.width)
        #expect(left.hasPrefix("   Yes! Kinkaku-ji"))
        #expect(left.trimmingCharacters(in: .whitespaces).count >= pane.width - 6 || !left.hasSuffix("… "))
    }

    @Test func anotherYearShowsTheWholeDate() {
        var s = Fixtures.resultsState(width: 120, height: 16)
        s.thisYear = 2026
        let frame = render(s)
        #expect(frame.lines[2].contains("2024-05-01"))
        Snapshot.check(frame, "rows-another-year")
    }

    @Test func paneHeadersCountTheHits() {
        let frame = render(Fixtures.resultsState(width: 120, height: 24))
        #expect(frame.lines[1].contains("Late chunking: ON · 12 hits"))
        #expect(frame.lines[1].contains("Late chunking: OFF · 10 hits"))
    }

    @Test func compactDates() {
        func d(_ t: String?, _ year: Int = 2023) -> String? {
            rowDate(for: Turn(id: "x", time: t, text: ""), thisYear: year)
        }
        #expect(d("2023-03-14 10:02") == "14 Mar")
        #expect(d("2023-03-14T10:02:00Z", 2024) == "2023-03-14")
        #expect(d("30/01/2024, 21:22:47", 2024) == "30 Jan")
        #expect(d("[1/30/24, 9:05:01 PM]", 2024) == "30 Jan")
        #expect(d("1:56 pm on 8 May, 2023") == "8 May")
        #expect(d("May 8, 2023", 2022) == "2023-05-08")
        #expect(d("14.03.23") == "14 Mar")
        // Day and month cannot be told apart: no guess.
        #expect(d("03/04/2024") == nil)
        #expect(d("yesterday") == nil)
        #expect(d(nil) == nil)
        #expect(d("2023-13-40") == nil)
    }

    @Test func sourceLabelsDropASharedLeadingPhrase() {
        let labels = SourceLabels.compute([
            "WhatsApp Chat with Lena", "WhatsApp Chat with Sharma Family", "WhatsApp Chat with Chapter & Verse",
            "Restaurant ideas", "Restaurant for a birthday", "dinner-plans", "WhatsApp",
        ])
        #expect(labels == ["Lena", "Sharma Family", "Chapter & Verse", "Restaurant ideas", "Restaurant for a birthday", "dinner-plans", "WhatsApp"])
    }

    @Test func contextHeaderDoesNotRepeatADateSession() {
        let conv = Conversation(id: "w", title: "WhatsApp Chat with Lena", turns: [
            Turn(id: "0", speaker: "Lena", time: "30/01/2024, 21:22:47", text: "hi", session: "30/01/2024"),
        ])
        let line = Screen.placeLine(conv, turnIndex: 0, g: .unicode)
        #expect(line == "WhatsApp Chat with Lena — turn 1 of 1, 30/01/2024, 21:22:47")
    }
}
