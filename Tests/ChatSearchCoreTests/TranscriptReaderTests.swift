import Foundation
import Testing
@testable import ChatSearchCore

/// Meeting transcripts and subtitles: one cue or segment is one turn; cue numbers, headers and timings
/// never reach the text.
@Suite struct TranscriptReaderTests {
    private func load(_ name: String) throws -> Conversation {
        let result = ConversationLoader.load(paths: [formatsFixture("transcripts/" + name)])
        #expect(result.problems.isEmpty, "\(result.problems)")
        return try #require(result.conversations.first)
    }

    private func detect(_ name: String) throws -> ChatFormat? {
        let path = formatsFixture("transcripts/" + name)
        return ConversationLoader.detect(path: path, data: try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func detectsEachTranscriptFormat() throws {
        #expect(try detect("zoom-standup.vtt") == .webvtt)
        #expect(try detect("teams-review.vtt") == .webvtt)
        #expect(try detect("film-night.srt") == .srt)
        #expect(try detect("otter-committee.txt") == .otter)
        #expect(try detect("whisperx-interview.json") == .segments)
        #expect(try detect("timed-notes.txt") == .transcript)
    }

    @Test func zoomWebVTTNamesFromTheCueText() throws {
        let c = try load("zoom-standup.vtt")
        #expect(c.speakers == ["Priya Nair", "Priya Nair", "Tom", "Guest 7"])
        #expect(c.texts == ["Morning all, quick one today.", "The seed order went in on Friday.",
                            "Did it include the broad beans? We ran out\nlast spring.", "Yes, two packets."])
        #expect(c.turns.map(\.time) == ["00:00:02.120", "00:00:05.900", "00:00:09.500", "00:00:14.200"])
        #expect(c.turnIDs == ["1", "2", "3", "4"])
    }

    @Test func teamsWebVTTVoiceTags() throws {
        let c = try load("teams-review.vtt")
        #expect(c.speakers == ["Helen Wu", "Ravi Gill", "Helen Wu", "Ravi Gill", nil])
        #expect(c.texts == ["So the budget for the shed roof is four hundred pounds.",
                            "That is more than last year & <by far>.", "Felt is dearer.", "Fine, agreed.",
                            "Nobody tagged this cue."])
        #expect(c.turns.map(\.time) == ["00:00:03.010", "00:00:06.900", "00:00:09.800", "00:00:09.800", "00:01:02.000"])
        #expect(!c.texts.joined().contains("-->") && !c.texts.joined().contains("WEBVTT") && !c.texts.joined().contains("NOTE"))
    }

    @Test func srtCues() throws {
        let c = try load("film-night.srt")
        #expect(c.speakers == ["Narrator", "Marta", "Dev", nil])
        #expect(c.texts == ["It was the wettest summer on record.", "Who left the greenhouse door open?", "Not me!",
                            "The wind took it\noff its hinges."])
        #expect(c.turns.map(\.time) == ["00:00:01,000", "00:00:04,000", "00:00:06,500", "00:00:08,500"])
    }

    @Test func otterText() throws {
        let c = try load("otter-committee.txt")
        #expect(c.speakers == ["Helen Wu", "Ravi Gill", "Speaker 3", "Helen Wu"])
        #expect(c.turns.map(\.time) == ["0:03", "0:15", "1:02", "1:10:05"])
        #expect(c.texts[1] == "I got two quotes. The cheaper one is 380 pounds,\nthe other 420.")
        #expect(c.texts.last == "Good question. I'll ask.")  // not the closing "Transcribed by" line
    }

    @Test func whisperXSegments() throws {
        let c = try load("whisperx-interview.json")
        #expect(c.speakers == ["SPEAKER_00", "SPEAKER_01", nil])
        #expect(c.texts == ["Thanks for coming in to talk about the orchard.",
                            "Happy to. We planted the first twelve apple trees in 2019.", "Any pears?"])
        #expect(c.turns.map(\.time) == ["0:00:00.031", "0:00:03.900", "1:02:05.250"])
    }

    @Test func aOneTimeSpeakerAfterATimingOrCueNumberGetsATurn() throws {
        let c = try load("timed-notes.txt")
        #expect(c.speakers == [nil, "Helen", "Ravi", "Guest", "Helen", "Visitor"])
        #expect(c.texts == ["Garden walk, 12 May", "We start at the pond.", "Then the beehives.",
                            "Is the honey for sale?", "On open day, yes.", "Thank you all."])
    }

    @Test func textOutsideACueIsReported() throws {
        let folder = try makeTemporaryFolder(["a.srt": Data("1\n00:00:01,000 --> 00:00:02,000\nAnn: hi\n\nstray words\n".utf8)])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = ConversationLoader.load(paths: [folder + "/a.srt"])
        #expect(result.conversations.first?.texts == ["hi"])
        #expect(result.problems.map(\.line) == [5])
    }
}
