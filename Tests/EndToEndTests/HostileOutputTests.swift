import Foundation
import Testing
import TestSupport

/// Chat text, titles, speakers, times, JSON keys and file names with escape sequences never reach the
/// terminal raw; --index on a file that is not an index leaves it untouched.
@Suite(.serialized)
struct HostileOutputTests {
    static let esc = "\u{1B}"
    static let hostileText = "pizza \(esc)]0;owned\u{07} \(esc)]52;c;ZXZpbA==\u{07} \(esc)[2J\u{08}\u{7F}\u{9B}31m tonight \u{202E}gnp.exe"

    /// A folder with one good chat full of control sequences and one unreadable file with a hostile name.
    static func hostileFolder() throws -> String {
        let dir = TestPaths.temporaryDirectory("hostile-chats")
        let chat: [[String: Any]] = [[
            "id": "c\(esc)[31m", "title": "Title \(esc)]0;pwned\u{07}",
            "turns": [
                ["id": "t\u{9B}1", "speaker": "Eve\u{202E}", "time": "2024\(esc)[2J", "text": hostileText],
                ["speaker": "Bob", "text": "Let's get pizza at the place on Main Street."],
            ],
        ]]
        try JSONSerialization.data(withJSONObject: chat).write(to: dir.appendingPathComponent("chat.json"))
        try Data(#"{"\#u{1B}]0;key\#u{07}": 1}"#.utf8).write(to: dir.appendingPathComponent("bad-\(esc)[2J.json"))
        return dir.path
    }

    static func controls(in s: String) -> [Unicode.Scalar] {
        s.unicodeScalars.filter { v in
            (v.value < 0x20 && v != "\n" && v != "\t") || (0x7F...0x9F).contains(v.value) || (0x202A...0x202E).contains(v.value)
                || (0x2066...0x2069).contains(v.value)
        }
    }

    @Test func textOutputAndWarningsCarryNoControlSequences() throws {
        let folder = try Self.hostileFolder()
        let index = TestPaths.temporaryDirectory("hostile-index").appendingPathComponent("index.sqlite").path
        for format in ["text", "tsv"] {
            let r = try BinaryRunner.run(["search", folder, "--index", index, "-q", "pizza tonight", "--top", "2", "--format", format])
            #expect(r.status == 0, "stderr: \(r.stderr)")
            #expect(Self.controls(in: r.stdout).isEmpty, "\(format) stdout: \(Self.controls(in: r.stdout))")
            #expect(Self.controls(in: r.stderr).isEmpty, "\(format) stderr: \(Self.controls(in: r.stderr))")
            #expect(r.stdout.contains(#"\x1B]0;owned\x07"#), "\(r.stdout)")
            #expect(r.stderr.contains(#"bad-\x1B[2J.json"#), "\(r.stderr)")
        }
        // JSON Lines stays exact: the text reads back as it was written.
        let j = try BinaryRunner.run(["search", folder, "--index", index, "-q", "pizza tonight", "--top", "2", "--mode", "late"])
        let hits = try j.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let o = try #require(hits.first { $0["turn"] as? String == "t\u{9B}1" })
        #expect(o["text"] as? String == Self.hostileText)
        #expect(o["speaker"] as? String == "Eve\u{202E}")
        #expect(o["title"] as? String == "Title \(Self.esc)]0;pwned\u{07}")
    }

    @Test func aDamagedIndexIsRebuiltWithOneLine() throws {
        let index = TestPaths.temporaryDirectory("damaged-index").appendingPathComponent("index.sqlite").path
        let first = try BinaryRunner.run(["search", CLIEndToEndTests.chats, "--index", index, "-q", "wedding", "--top", "1"])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        // Everything after the header page: turns, full-text and vector pages.
        let size = try #require(try FileManager.default.attributesOfItem(atPath: index)[.size] as? Int)
        let fh = try #require(FileHandle(forUpdatingAtPath: index))
        try fh.seek(toOffset: 4096)
        try fh.write(contentsOf: Data((0..<(size - 4096)).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }))
        try fh.close()
        let r = try BinaryRunner.run(["search", CLIEndToEndTests.chats, "--index", index, "-q", "wedding", "--top", "1"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let lines = r.stderr.split(separator: "\n").filter { !$0.hasPrefix("Indexed ") }
        #expect(lines.count == 1 && lines[0].contains(index) && lines[0].contains("rebuilding"), "\(r.stderr)")
        #expect(r.lines.count == 4, "\(r.stdout)")
    }

    @Test func indexOptionOnAChatExportLeavesItUntouched() throws {
        let dir = TestPaths.temporaryDirectory("hostile-export")
        let export = dir.appendingPathComponent("export.json").path
        let bytes = try Data(contentsOf: CLIEndToEndTests.fixtures.appendingPathComponent("chats/weekend.json"))
        try bytes.write(to: URL(fileURLWithPath: export))
        let r = try BinaryRunner.run(["search", CLIEndToEndTests.chats, "--index", export, "-q", "wedding"])
        #expect(r.status != 0)
        #expect(r.stderr.contains(export) && r.stderr.contains("not a ChatSearch index"), "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: export)) == bytes)
        // A path under a file: one clear line naming it.
        let under = try BinaryRunner.run(["search", CLIEndToEndTests.chats, "--index", export + "/index.sqlite", "-q", "wedding"])
        #expect(under.status != 0)
        let lines = under.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains(export) && lines[0].contains("is a file, not a folder"), "\(under.stderr)")
    }
}
