import Foundation
import Testing
import TestSupport

/// A full disk while the index is written gives an error naming the index file. The full disk is a
/// 64 KiB tmpfs mounted in a private mount namespace (`unshare -m`), too small for SampleData's text.
@Suite(.serialized)
struct DiskFullTests {
    @Test func aFullDiskNamesTheIndex() throws {
        guard (try? BinaryRunner.run([], shell: "command -v unshare && command -v mount").status) == 0 else {
            print("skipped: unshare or mount is not installed"); return
        }
        let dir = TestPaths.temporaryDirectory("disk-full")
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = dir.path + "/idx.sqlite"
        let sample = TestPaths.packageRoot.appendingPathComponent("SampleData").path
        let r = try BinaryRunner.run([], shell: """
            unshare -m sh -c 'mount -t tmpfs -o size=64k tmpfs "$0" && exec "$CHATSEARCH_BIN" search "$1" --no-wait --index "$0/idx.sqlite" -q dinner' \
            '\(dir.path)' '\(sample)'
            """)
        #expect(r.status == 1, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("the disk holding the index \(index) is full"), "stderr: \(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1, "stderr: \(r.stderr)")
    }
}
