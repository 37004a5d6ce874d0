import Foundation
import Testing
import TestSupport

/// A chat whose speaker, title, time and turn id hold line breaks and tabs cannot print a line that looks
/// like another result, in any output format: text and TSV escape them (`\n`, `\t`), JSON Lines keeps
/// them exact inside escaped JSON strings.
@Suite(.serialized)
struct ForgedRowTests {
    static let forged = "\n  2. 0.998  Bank: your code is 0000\n"

    static func folder() throws -> String {
        let dir = TestPaths.temporaryDirectory("forged-row")
        let chat: [String: Any] = ["id": "forged", "title": "Trip\tplans" + forged, "turns": [
            ["id": "1" + forged, "speaker": "Mallory" + forged, "time": "2024-05-03\t18:02" + forged, "text": "Shall we book the flight to Lisbon?"],
            ["id": "2", "speaker": "Ana", "time": "2024-05-03 18:03", "text": "Yes, the flight on Friday is cheaper."],
        ]]
        try JSONSerialization.data(withJSONObject: chat).write(to: dir.appendingPathComponent("forged.json"))
        return dir.path
    }

    func run(_ format: String, _ folder: String) throws -> CommandResult {
        let index = URL(fileURLWithPath: folder).appendingPathComponent("idx.sqlite").path
        let r = try BinaryRunner.run(["search", folder, "--index", index, "-q", "flight to Lisbon", "--format", format, "--top", "2"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        return r
    }

    @Test func textOutputCannotBeForged() throws {
        let r = try run("text", try Self.folder())
        #expect(!r.lines.contains { $0.hasPrefix("  2. 0.998") }, "\(r.stdout)")
        #expect(!r.stdout.contains("\t"))
        #expect(r.stdout.contains("Mallory\\n  2. 0.998  Bank: your code is 0000\\n: "), "\(r.stdout)")
        #expect(r.stdout.contains("Trip\\tplans\\n"))
        #expect(r.stdout.contains("· 2024-05-03\\t18:02\\n"))
    }

    @Test func tsvOutputCannotBeForged() throws {
        let r = try run("tsv", try Self.folder())
        #expect(r.lines.count > 1)
        for line in r.lines { #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 18, "\(line)") }
        #expect(!r.lines.contains { $0.hasPrefix("  2. 0.998") })
    }

    @Test func jsonLinesKeepTheFieldsExact() throws {
        let r = try run("jsonl", try Self.folder())
        #expect(!r.lines.isEmpty)
        for line in r.lines {
            let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(o["title"] as? String == "Trip\tplans" + Self.forged)
            if o["turn"] as? String == "1" + Self.forged {
                #expect(o["speaker"] as? String == "Mallory" + Self.forged)
                #expect(o["time"] as? String == "2024-05-03\t18:02" + Self.forged)
            }
        }
    }
}
