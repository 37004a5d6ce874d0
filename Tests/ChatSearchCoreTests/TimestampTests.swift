import Foundation
import Testing
@testable import ChatSearchCore

/// Real timestamps: one date parser for every format, absolute (UTC) where the export says so, local
/// wall-clock where it does not, nil for dates that cannot exist.
@Suite struct TimestampTests {
    private func first(_ relative: String) throws -> Turn {
        let result = ConversationLoader.load(paths: [formatsFixture(relative)])
        return try #require(result.conversations.first?.turns.first)
    }

    @Test func iso8601WithAndWithoutOffset() {
        #expect(DateParsing.iso8601("2024-05-02T08:14:03.112233Z") == "2024-05-02T08:14:03Z")
        #expect(DateParsing.iso8601("2024-06-02T19:10:00.000+02:00") == "2024-06-02T17:10:00Z")
        #expect(DateParsing.iso8601("2024-01-01T00:30:00-01:00") == "2024-01-01T01:30:00Z")
        #expect(DateParsing.iso8601("2024-12-31T23:30:00-01:00") == "2025-01-01T00:30:00Z")
        #expect(DateParsing.iso8601("2024-01-15T10:30:00") == "2024-01-15T10:30:00")
        #expect(DateParsing.iso8601("2024-01-15 10:30") == "2024-01-15T10:30:00")
        #expect(DateParsing.iso8601("2024-02-29") == "2024-02-29T00:00:00")
        #expect(DateParsing.hasOffset("2024-05-02T08:14:03Z") && !DateParsing.hasOffset("2024-01-15T10:30:00"))
    }

    @Test func impossibleDatesAreNilNeverATrap() {
        for bad in ["2023-02-29", "2024-13-01", "2024-00-10", "0000-01-01", "2024-01-01T24:00:00", "12/03/2024", "soon", ""] {
            #expect(DateParsing.iso8601(bad) == nil, "\(bad)")
        }
        #expect(DateParsing.utc(seconds: 1e300) == nil)
        #expect(DateParsing.utc(seconds: -1e300) == nil)
        #expect(DateParsing.utc(seconds: .nan) == nil)
        #expect(DateParsing.utc(seconds: 0) == "1970-01-01T00:00:00Z")
        #expect(DateParsing.locomo("1:56 pm on 31 February, 2023") == nil)
    }

    @Test func locomoSessionDates() {
        #expect(DateParsing.locomo("1:56 pm on 8 May, 2023") == "2023-05-08T13:56:00")
        #expect(DateParsing.locomo("12:09 am on 13 September, 2023") == "2023-09-13T00:09:00")
        #expect(DateParsing.locomo("10:37 am on 27 June, 2023") == "2023-06-27T10:37:00")
    }

    @Test func numericOrderIsDecidedOnceFromAllDates() {
        // One date with a first number above 12 makes the whole file day-first.
        let dayFirst = NumericDateOrder.decide(dates: ["02/03/2024", "05/03/2024", "13/03/2024"])
        #expect(dayFirst.dayFirst)
        #expect(dayFirst.timestamp(date: "02/03/2024", time: "19:45:12") == "2024-03-02T19:45:12")
        let monthFirst = NumericDateOrder.decide(dates: ["3/2/24", "3/13/24"])
        #expect(!monthFirst.dayFirst)
        #expect(monthFirst.timestamp(date: "3/2/24", time: "7:45 PM") == "2024-03-02T19:45:00")
        // Ambiguous everywhere: the order under which the chat runs forward wins (1 Feb, then 2 Jan would
        // run backwards, so these are 2 January, then 1 February... month-first).
        #expect(!NumericDateOrder.decide(dates: ["1/2/24", "2/1/24", "3/1/24"]).dayFirst)
        #expect(NumericDateOrder.decide(dates: ["2/1/24", "1/2/24", "1/3/24"]).dayFirst)
        // No evidence at all: day-first.
        #expect(NumericDateOrder.decide(dates: ["05.05.24"]).dayFirst)
        // Year first, and two-digit years are 20xx.
        #expect(dayFirst.timestamp(date: "2018/06/13", time: "21:25") == "2018-06-13T21:25:00")
        #expect(dayFirst.timestamp(date: "13.06.18", time: "21.25.15") == "2018-06-13T21:25:15")
        #expect(dayFirst.timestamp(date: "31/02/2024", time: "10:00") == nil)
        #expect(monthFirst.timestamp(date: "3/2/24", time: "13:00 PM") == nil)
    }

    @Test func whatsAppFilesOfBothOrders() throws {
        // iOS, day-first (13/03/2024 in the file), Android, month-first (3/13/24 in the file).
        let ios = ConversationLoader.load(paths: [formatsFixture("good/whatsapp-ios.txt")]).conversations[0]
        #expect(ios.turns.first?.timestamp == "2024-03-12T19:46:01")
        #expect(ios.app == "whatsapp")
        let android = ConversationLoader.load(paths: [formatsFixture("good/whatsapp-android.txt")]).conversations[0]
        #expect(android.turns.first?.timestamp == "2024-03-12T19:46:00")
        #expect(android.turns.allSatisfy { $0.timestamp != nil })
        // Every locale's file: 13 June 2018 at 21:25, whatever the order and separators.
        for file in ["de-android.txt", "es-android.txt", "fr-ios.txt", "en-us-android-12h.txt", "fi-android-klo.txt",
                     "nb-colon.txt", "ja-android.txt", "nl-android.txt"] {
            let c = ConversationLoader.load(paths: [formatsFixture("whatsapp/" + file)]).conversations[0]
            #expect(c.turns.first?.timestamp?.hasPrefix("2018-06-13T21:25:") == true, "\(file): \(c.turns.first?.timestamp ?? "nil")")
        }
    }

    @Test func everyDatedReader() throws {
        #expect(try first("good/conversations.json").timestamp == "2024-03-01T12:00:00Z")  // ChatGPT
        #expect(try first("exports/claude/conversations.json").timestamp == "2024-05-02T08:14:03Z")
        #expect(try first("exports/discord/allotment-general.json").timestamp == "2024-06-01T09:05:11Z")
        #expect(try first("exports/telegram/result.json").timestamp == "2024-04-06T09:01:40")  // local
        #expect(try first("exports/messenger").timestamp?.hasPrefix("2024-02-29T16:5") == true)
        #expect(try first("exports/slack").timestamp?.hasPrefix("2024-03-01T") == true)
        #expect(try first("good/locomo-mini.json").timestamp == "2023-05-08T13:56:00")
        #expect(try first("good/meeting.txt").timestamp == nil)  // a transcript: no date
        #expect(try first("good/conversations.json").time == "2024-03-01T12:00:00Z")  // time stays as written
    }
}
