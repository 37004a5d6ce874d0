import Foundation
import Testing
@testable import ChatSearchCore

@Suite struct FormatsTextTests {
    @Test func transcriptSpeakersContinuationsAndParagraphs() throws {
        let path = formatsFixture("good/meeting.txt")
        let c = try #require(try ConversationLoader.load(file: path).first)
        #expect(c.id == "meeting")
        #expect(c.title == "meeting.txt")
        #expect(c.speakers == [nil, "Dana", "Luis", "Dana", "Luis", "Facilities Team"])
        // Text before the first speaker line is a turn without speaker. "Attendees" and "Note" each label
        // only one line, right after a continuation line, so they are not speakers; "Facilities Team"
        // labels one line right after a one-line turn, so it is.
        #expect(c.texts[0] == "Weekly sync, 4 March\nAttendees: Dana, Luis")
        #expect(c.texts[1] == "Morning! First item is the office move to Harbour Street.\nWe signed the lease on Friday.\n\nThe movers come on the 18th.")
        #expect(c.turns[1].time == "00:00:05")
        #expect(c.texts[3] == "Yes, boxes arrive Monday.\nPlease pack by Thursday.\nNote: label every box with your name and floor.\nThat includes monitors.")
        #expect(c.texts[5] == "Parking passes will be emailed.")
        #expect(c.turnIDs == ["1", "2", "3", "4", "5", "6"])
    }

    @Test func speakerNameRule() {
        #expect(TranscriptFormat.isSpeakerName("Dr. O'Neil"))
        #expect(TranscriptFormat.isSpeakerName("李明"))
        #expect(TranscriptFormat.isSpeakerName("Host (Maya)"))
        #expect(!TranscriptFormat.isSpeakerName("So what I really want to say"))
        #expect(!TranscriptFormat.isSpeakerName("12"))
        #expect(!TranscriptFormat.isSpeakerName(""))
        #expect(!TranscriptFormat.isSpeakerName(Substring(String(repeating: "a", count: 41))))
        #expect(TranscriptFormat.speakerLine("See https://example.com for details") == nil)
        #expect(TranscriptFormat.speakerLine("(14:05) Maya: hello")?.time == "14:05")
        #expect(TranscriptFormat.speakerLine("14:05:10 - Maya: hello")?.speaker == "Maya")
    }

    @Test func whatsAppIOSStyle() throws {
        let c = try #require(try ConversationLoader.load(file: formatsFixture("good/whatsapp-ios.txt")).first)
        #expect(c.id == "whatsapp-ios")
        #expect(c.speakers == ["Ana Costa", "Ben", "Ana Costa", "Ben"])
        #expect(c.texts == [
            "Flights on 3 May are €89 with TAP",
            "Book it!\nAlso check if the hostel in Alfama has a 4-bed room\n\nthanks",
            "Done, confirmation code XK7Q2",
            "See you at the airport: gate 14",
        ])
        #expect(c.turns[0].time == "12/03/2024, 19:46:01")
        #expect(c.turns.map(\.session) == ["12/03/2024", "12/03/2024", "13/03/2024", "13/03/2024"])
        #expect(c.turnIDs == ["1", "2", "3", "4"])
    }

    @Test func whatsAppAndroidStyleWithAMPMAndTwoDigitYears() throws {
        let c = try #require(try ConversationLoader.load(file: formatsFixture("good/whatsapp-android.txt")).first)
        #expect(c.speakers == ["Carla", "Dev", "Dev"])
        #expect(c.texts == [
            "Dinner at Nonna's on Friday? 8pm",
            "That's the menu. The truffle gnocchi is $24\nbut worth it",
            "Booked for 4 people under Patel",
        ])
        #expect(c.turns.map(\.time) == ["3/12/24, 7:46 PM", "3/12/24, 7:51 PM", "3/13/24, 12:05 AM"])
        #expect(c.turns.map(\.session) == ["3/12/24", "3/12/24", "3/13/24"])
    }

    @Test func whatsAppOtherLocales() throws {
        let text = """
        12.03.24, 19:45 - Jörg: Treffen um 8?
        2024-03-12 19:46 - Ana: ok
        [3/12/24, 7:47:03 p. m.] Luz: vale
        """
        let folder = try makeTemporaryFolder(["chat.txt": Data(text.utf8)])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let c = try #require(try ConversationLoader.load(file: folder + "/chat.txt").first)
        #expect(c.speakers == ["Jörg", "Ana", "Luz"])
        #expect(c.turns.map(\.time) == ["12.03.24, 19:45", "2024-03-12, 19:46", "3/12/24, 7:47:03 p. m."])
    }
}
