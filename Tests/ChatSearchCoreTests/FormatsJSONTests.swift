import Foundation
import Testing
@testable import ChatSearchCore

@Suite struct FormatsJSONTests {
    @Test func stringsArrayIsOneConversationNamedAfterTheFile() throws {
        let path = formatsFixture("good/strings.json")
        let conversations = try ConversationLoader.load(file: path)
        #expect(conversations.count == 1)
        let c = try #require(conversations.first)
        #expect(c.id == "strings")
        #expect(c.title == nil)
        #expect(c.source == path)
        #expect(c.texts == [
            "Did anyone book the cabin at Lake Tahoe yet?",
            "Not yet, the one on Emerald Bay is $340 a night.",
            "Let's split it four ways then.",
        ])
        #expect(c.turnIDs == ["1", "2", "4"])  // the whitespace-only third string is dropped, ids keep positions
        #expect(c.speakers == [nil, nil, nil])
    }

    @Test func canonicalArrayKeepsFieldsAndFillsMissingIDs() throws {
        let conversations = try ConversationLoader.load(file: formatsFixture("good/canonical.json"))
        #expect(conversations.map(\.id) == ["dinner", "canonical#2"])
        let dinner = conversations[0]
        #expect(dinner.title == "Dinner on Saturday")
        #expect(dinner.turnIDs == ["t1", "2", "7"])
        #expect(dinner.turns[0] == Turn(id: "t1", speaker: "Mohan", time: "2024-03-01T18:02:00Z",
                                        text: "Where should we go for your birthday?", session: "fri", timestamp: "2024-03-01T18:02:00Z"))
        #expect(dinner.speakers == ["Mohan", "Sita", "Mohan"])
        #expect(conversations[1].title == "No id here")
        #expect(conversations[1].texts == ["Plain string turn", "Second"])
        #expect(conversations[1].turnIDs == ["1", "2"])
    }

    @Test func canonicalSingleObjectWithoutIDUsesTheFileName() throws {
        let conversations = try ConversationLoader.load(file: formatsFixture("good/single.json"))
        #expect(conversations.map(\.id) == ["single"])
        #expect(conversations[0].texts == ["Only turn"])
    }

    @Test func jsonLinesGroupsTurnsByConversationInOrderOfFirstAppearance() throws {
        let conversations = try ConversationLoader.load(file: formatsFixture("good/turns.jsonl"))
        #expect(conversations.map(\.id) == ["release", "standup"])
        let release = conversations[0]
        #expect(release.title == "Release 2.4")
        #expect(release.turnIDs == ["r1", "2", "3"])
        #expect(release.speakers == ["Priya", "Jonas", "Priya"])
        #expect(release.turns[0].time == "09:01")
        #expect(release.turns[0].session == "day1")
        #expect(release.texts.last == "Ship it.")
        #expect(conversations[1].texts == ["Blocked on the flaky login test."])
        #expect(conversations[1].turnIDs == ["1"])
    }

    @Test func chatGPTExportFollowsTheShownBranchNotTheLongest() throws {
        let conversations = try ConversationLoader.load(file: formatsFixture("good/conversations.json"))
        #expect(conversations.count == 3)
        let c = conversations[0]
        #expect(c.id == "c0ffee00-0000-4000-8000-000000000001")
        #expect(c.title == "Sourdough starter help")
        #expect(c.turnIDs == ["m-u1", "m-a1", "m-u2b", "m-a2b", "m-img"])
        #expect(c.speakers == ["user", "assistant", "user", "assistant", "user"])
        #expect(c.texts[2] == "Can I keep it in the fridge while I'm in Lisbon for two weeks?")
        #expect(c.texts[4] == "This is what it looks like now.")  // image part and empty part skipped
        #expect(!c.texts.contains("How often should I feed it?"))
        #expect(c.turns[0].time == "2024-03-01T12:00:00Z")
        #expect(c.turns[3].time == "2024-03-01T13:00:05Z")
    }

    @Test func chatGPTJoinsStringPartsAndFallsBackToTheLatestBranch() throws {
        let conversations = try ConversationLoader.load(file: formatsFixture("good/conversations.json"))
        #expect(conversations[1].title == nil)
        #expect(conversations[1].texts == ["Convert 72 Fahrenheit to Celsius", "About \n22.2 °C."])
        #expect(conversations[2].id == "conversations#3")
        #expect(conversations[2].texts == ["Name ideas for a grey kitten?", "Ash, Pebble or Earl Grey."])
    }

    @Test func locomoSamplesHaveNumericSessionOrder() throws {
        let conversations = try ConversationLoader.load(file: formatsFixture("good/locomo-mini.json"))
        let c = try #require(conversations.first)
        #expect(conversations.count == 1)
        #expect(c.id == "conv-mini")
        #expect(c.title == "Ravi & Ines")
        #expect(c.turnIDs == ["D1:1", "D1:2", "D2:1", "D10:1"])
        #expect(c.turns.map(\.session) == ["session_1", "session_1", "session_2", "session_10"])
        #expect(c.turns[2].time == "7:30 pm on 20 May, 2023")
        #expect(c.turns[1] == Turn(id: "D1:2", speaker: "Ines", time: "1:56 pm on 8 May, 2023",
                                   text: "Congrats! Where is it?", session: "session_1", timestamp: "2023-05-08T13:56:00"))
    }

    @Test func iso8601UTCFormatsEpochSeconds() {
        #expect(iso8601UTC(0) == "1970-01-01T00:00:00Z")
        #expect(iso8601UTC(1709294400.9) == "2024-03-01T12:00:00Z")
        #expect(iso8601UTC(951_782_400) == "2000-02-29T00:00:00Z")
        #expect(iso8601UTC(-1) == "1969-12-31T23:59:59Z")
    }

    @Test func jsonParserReportsTheLineOfSyntaxErrors() {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("[1, 2") }
        do {
            _ = try JSONParser.parse("{\n\"a\": 1,\n\"b\": tru\n}")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
        }
        if case .string(let s)? = try? JSONParser.parse(#""caf\u00e9 \ud83c\udf70 \n""#) {
            #expect(s == "café 🍰 \n")
        } else {
            Issue.record("escape parsing failed")
        }
    }
}
