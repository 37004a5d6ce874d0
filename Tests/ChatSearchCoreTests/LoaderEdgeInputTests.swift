import Foundation
import Testing
@testable import ChatSearchCore

/// Inputs that once crashed or were misread: times out of range, UTF-16 with lone surrogates, FIFOs,
/// JSON nested deeper than any chat export.
@Suite struct LoaderEdgeInputTests {
    private func chatGPT(createTime: String) -> Data {
        Data("""
        [{"title": "t", "conversation_id": "c", "current_node": "b", "mapping": {
          "a": {"id": "a", "parent": null, "children": ["b"], "message": {"id": "m1", "author": {"role": "user"},
                "create_time": \(createTime), "content": {"content_type": "text", "parts": ["hello"]}}},
          "b": {"id": "b", "parent": "a", "children": [], "message": {"id": "m2", "author": {"role": "assistant"},
                "create_time": 1700000000, "content": {"content_type": "text", "parts": ["hi there"]}}}}}]
        """.utf8)
    }

    @Test(arguments: ["1e300", "1e999", "-1e19", "9.3e18", "-9.3e18"])
    func chatGPTTimesOutOfRangeAreReportedAndDropped(_ value: String) throws {
        let folder = try makeTemporaryFolder([
            "a/conversations.json": chatGPT(createTime: value),
            "b.json": Data(#"{"id": "other", "turns": [{"text": "still loads"}]}"#.utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = ConversationLoader.load(paths: [folder])
        #expect(result.conversations.map(\.id) == ["c", "other"])
        let c = try #require(result.conversations.first)
        #expect(c.texts == ["hello", "hi there"])
        #expect(c.turns[0].time == nil)
        #expect(c.turns[1].time == "2023-11-14T22:13:20Z")
        #expect(result.problems.count == 1)
        let problem = try #require(result.problems.first)
        #expect(problem.path == folder + "/a/conversations.json")
        #expect(problem.line == 2)
        #expect(problem.reason.contains("m1") && problem.reason.contains("out of range"), "\(problem)")
    }

    @Test func isoTimesCoverTheFourDigitYears() {
        #expect(iso8601UTC(0) == "1970-01-01T00:00:00Z")
        #expect(iso8601UTC(-1) == "1969-12-31T23:59:59Z")
        #expect(iso8601UTC(253_402_300_799) == "9999-12-31T23:59:59Z")
        #expect(iso8601UTC(-62_135_596_800) == "0001-01-01T00:00:00Z")
        #expect(iso8601UTC(253_402_300_800) == nil)
        #expect(iso8601UTC(.nan) == nil)
        #expect(iso8601UTC(.infinity) == nil)
    }

    @Test(arguments: [true, false])
    func utf16WithALoneSurrogateLoadsWithReplacementCharacters(_ littleEndian: Bool) throws {
        // "Ann: caf<lone high surrogate> ok\nBob: fine\n" in UTF-16 with a byte-order mark.
        var units: [UInt16] = [0xFEFF]
        units += Array("Ann: caf".utf16) + [0xD800] + Array(" ok\nBob: fine\n".utf16)
        var data = Data()
        for u in units {
            let v = littleEndian ? u.littleEndian : u.bigEndian
            withUnsafeBytes(of: v) { data.append(contentsOf: $0) }
        }
        let folder = try makeTemporaryFolder(["meeting.txt": data])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = ConversationLoader.load(paths: [folder + "/meeting.txt"])
        #expect(result.conversations.first?.texts == ["caf\u{FFFD} ok", "fine"])
        #expect(result.conversations.first?.speakers == ["Ann", "Bob"])
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.line == 1)
        #expect(result.problems.first?.reason.contains("invalid UTF-16") == true, "\(result.problems)")
    }

    @Test func aFIFOIsReportedAsWhatItIs() throws {
        let folder = try makeTemporaryFolder([:])
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fifo = folder + "/chat.txt"
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = ConversationLoader.load(paths: [fifo])
        #expect(result.conversations.isEmpty)
        #expect(result.problems.map(\.description) == ["\(fifo): cannot read: a FIFO (named pipe), not a regular file"])
    }

    @Test func jsonNestedDeeplyIsAnErrorNotAStackOverflow() throws {
        for (open, close) in [("[", "]"), (#"{"a":"#, "}")] {
            let deep = String(repeating: open, count: 100_000) + String(repeating: close, count: 100_000)
            let folder = try makeTemporaryFolder(["deep.json": Data(deep.utf8)])
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let result = ConversationLoader.load(paths: [folder + "/deep.json"])
            #expect(result.conversations.isEmpty)
            #expect(result.problems.count == 1)
            #expect(result.problems.first?.reason.contains("nested more than") == true, "\(result.problems)")
        }
    }
}
