import Foundation
import Testing
import TestSupport

/// An index this process cannot write is searched read-only when it is complete, refused with one line
/// naming it when it is not, and never deleted or rebuilt.
///
/// CI runs as root, so an ordinary user is simulated: the binary runs as root without the capabilities
/// that let root write other users' files (`setpriv --bounding-set=-dac_override,...`), on an index owned
/// by `nobody` (mode 0644); a read-only mount is a read-only bind mount in a private mount namespace
/// (`unshare -m`); an immutable file is `chattr +i` (which stops root too).
@Suite(.serialized)
struct ReadOnlyIndexTests {
    static let chats = CLIEndToEndTests.chats
    static let query = "How much were the plane tickets?"
    static let dropCaps = "setpriv --inh-caps=-all --bounding-set=-dac_override,-dac_read_search,-fowner,-linux_immutable"

    /// A folder holding a complete index of the fixture chats, and the hits of a normal search on it.
    func completeIndex() throws -> (dir: URL, index: String, hits: String) {
        let dir = TestPaths.temporaryDirectory("readonly-index")
        let index = dir.appendingPathComponent("idx.sqlite").path
        let r = try BinaryRunner.run(["search", Self.chats, "--index", index, "-q", Self.query, "--format", "jsonl", "--top", "3"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        return (dir, index, r.stdout)
    }

    func fingerprint(_ path: String) throws -> String {
        var st = stat()
        guard stat(path, &st) == 0 else { return "absent" }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        return "\(st.st_ino) \(st.st_mode) \(st.st_uid) \(bytes.hashValue) \(bytes.count)"
    }

    func available(_ tool: String) -> Bool {
        (try? BinaryRunner.run([], shell: "command -v \(tool)").status) == 0
    }

    func search(_ index: String, prefix: String, extra: String = "") throws -> CommandResult {
        try BinaryRunner.run([], shell: "\(prefix) \"$CHATSEARCH_BIN\" search '\(Self.chats)' \(extra) --index '\(index)' -q '\(Self.query)' --format jsonl --top 3")
    }

    @Test func anotherUsersIndexIsSearchedReadOnlyAndKept() throws {
        guard available("setpriv") else { print("skipped: setpriv is not installed"); return }
        let (dir, index, hits) = try completeIndex()
        defer { try? FileManager.default.removeItem(at: dir) }
        chown(index, 65534, 65534)
        chmod(index, 0o644)
        let before = try fingerprint(index)
        let r = try search(index, prefix: Self.dropCaps)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(!r.stderr.contains("rebuilding"), "stderr: \(r.stderr)")
        #expect(r.stdout == hits)
        #expect(try fingerprint(index) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["idx.sqlite"])
    }

    @Test func anIncompleteReadOnlyIndexIsRefusedInOneLine() throws {
        guard available("setpriv") else { print("skipped: setpriv is not installed"); return }
        let (dir, index, _) = try completeIndex()
        defer { try? FileManager.default.removeItem(at: dir) }
        chown(index, 65534, 65534)
        chmod(index, 0o644)
        let before = try fingerprint(index)
        let extra = TestPaths.packageRoot.appendingPathComponent("SampleData/dinner-plans.json").path
        let r = try search(index, prefix: Self.dropCaps, extra: "'\(extra)'")
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").filter { !$0.hasPrefix("Indexing") && !$0.contains("\r") }
        #expect(lines.count == 1, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("the index \(index) cannot be written (permission denied) and 1 of 2 conversations are not in it"),
                "stderr: \(r.stderr)")
        #expect(try fingerprint(index) == before)
    }

    @Test func anIndexOnAReadOnlyMountIsSearched() throws {
        guard available("unshare"), available("mount") else { print("skipped: unshare or mount is not installed"); return }
        let (dir, index, hits) = try completeIndex()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try fingerprint(index)
        let mount = "unshare -m sh -c 'mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" \"$0\" && exec \"$@\"' '\(dir.path)'"
        let r = try search(index, prefix: mount)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout == hits)
        #expect(try fingerprint(index) == before)
    }

    @Test func anImmutableIndexIsSearchedNotUnlinked() throws {
        guard available("chattr") else { print("skipped: chattr is not installed"); return }
        let (dir, index, hits) = try completeIndex()
        defer { _ = try? BinaryRunner.run([], shell: "chattr -i '\(index)'"); try? FileManager.default.removeItem(at: dir) }
        guard try BinaryRunner.run([], shell: "chattr +i '\(index)'").status == 0 else {
            print("skipped: this file system does not take chattr +i"); return
        }
        let before = try fingerprint(index)
        let r = try search(index, prefix: "")
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(!r.stderr.contains("NSCocoaErrorDomain"), "stderr: \(r.stderr)")
        #expect(r.stdout == hits)
        #expect(try fingerprint(index) == before)
    }
}
