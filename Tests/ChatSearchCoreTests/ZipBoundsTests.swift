import Foundation
import Testing
@testable import ChatSearchCore

/// Zip archives generated with `zip` (Info-ZIP): the bounds on inflated bytes (per entry, per archive,
/// inflated/stored ratio, binary entries dropped after their first bytes), encrypted archives named as
/// such, and a 0-byte `.zip` treated as an empty file. Small limits are passed to `ZipInput.entries`
/// so that the archives stay a few KB.
struct ZipBoundsTests {
    static let chat = Data(#"{"id": "real", "turns": ["Shall we book the train to Porto?", "Yes, the 9:40 one."]}"#.utf8)
    static let small = ZipLimits(entryBytes: 1 << 20, totalBytes: 300_000, ratio: 50, ratioFloor: 64 << 10, sniffBytes: 4096)

    /// Writes `files` to a folder and zips them (deflated; `password` encrypts) into `archive.zip`.
    func archive(_ files: [String: Data], password: String? = nil) throws -> (folder: String, zip: String) {
        let folder = try makeTemporaryFolder(files)
        let zip = folder + "/archive.zip"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/zip")
        p.arguments = ["-q", "-X"] + (password.map { ["-P", $0] } ?? []) + [zip] + files.keys.sorted()
        p.currentDirectoryURL = URL(fileURLWithPath: folder)
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return (folder, zip)
    }

    func read(_ zip: String, limits: ZipLimits = small) -> (chats: [String], problems: [String]) {
        let (files, problems) = ZipInput.entries(of: zip, limits: limits)
        var chats: [String] = [], out = problems.map { "\($0.path): \($0.reason)" }
        for f in files {
            do { _ = try f.read(); chats.append(f.path) } catch { out.append("\(error.path): \(error.reason)") }
        }
        return (chats, out)
    }

    var zipInstalled: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/zip") }

    @Test func aBombEntryBesideAChatIsSkippedByItsRatio() throws {
        guard zipInstalled else { print("skipped: /usr/bin/zip is not installed"); return }
        let bomb = Data(repeating: UInt8(ascii: "a"), count: 900_000) // text, deflates about 1,000 times
        let (folder, zip) = try archive(["real.json": Self.chat, "bomb.json": bomb])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let r = read(zip)
        #expect(r.chats == [zip + "/real.json"])
        #expect(r.problems.count == 1)
        #expect(r.problems.first?.contains("bomb.json: skipped: inflates to more than 50 times its stored size") == true, "\(r.problems)")
    }

    @Test func entriesTogetherAreBoundedPerArchive() throws {
        guard zipInstalled else { print("skipped: /usr/bin/zip is not installed"); return }
        // Random-looking text: it does not compress, so only the total bound can stop it.
        var rng = SplitMix64(seed: 7)
        func text(_ n: Int) -> Data { Data((0..<n).map { _ in UInt8(ascii: "a") + UInt8(rng.next() % 26) }) }
        let (folder, zip) = try archive(["a.json": text(120_000), "b.json": text(120_000), "c.json": text(120_000)])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let r = read(zip)
        #expect(r.chats == [zip + "/a.json", zip + "/b.json"]) // read (as files; they are not chats)
        #expect(r.problems == ["\(zip)/c.json: skipped: the archive's entries inflate to more than 300000 bytes together"])
    }

    @Test func aBinaryEntryIsDroppedAfterItsFirstBytes() throws {
        guard zipInstalled else { print("skipped: /usr/bin/zip is not installed"); return }
        let zeros = Data(count: 200_000)
        let limits = ZipLimits(entryBytes: 1 << 20, totalBytes: 1 << 20, ratio: 10_000, ratioFloor: 1 << 20, sniffBytes: 4096)
        let (folder, zip) = try archive(["real.json": Self.chat, "conversations.json": zeros])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let r = read(zip, limits: limits)
        #expect(r.chats == [zip + "/real.json"])
        #expect(r.problems == ["\(zip)/conversations.json: skipped: it holds binary data (NUL bytes), not chat text"])
    }

    @Test func anEncryptedArchiveIsCalledEncrypted() throws {
        guard zipInstalled else { print("skipped: /usr/bin/zip is not installed"); return }
        let (folder, zip) = try archive(["real.json": Self.chat], password: "secret")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = ConversationLoader.load(paths: [zip])
        #expect(result.conversations.isEmpty)
        #expect(result.problems.count == 1)
        let reason = result.problems.first?.reason ?? ""
        #expect(reason.hasPrefix("the archive is encrypted (1 entry: real.json)"), "\(reason)")
        #expect(!reason.contains("empty"))
    }

    @Test func aZeroByteZipIsAnEmptyFile() throws {
        let folder = try makeTemporaryFolder(["empty.zip": Data(), "notes.json": Self.chat])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = ConversationLoader.load(paths: [folder + "/empty.zip", folder + "/notes.json"])
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.conversations.map(\.id) == ["real"])
    }
}
