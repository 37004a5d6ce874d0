import Foundation
import Testing
import TestSupport

/// A fresh cache folder ($XDG_CACHE_HOME/chatsearch and what ChatSearch makes in it) is created 0700
/// under an ordinary umask (022), by whichever part of the program makes it first: the model hash cache
/// or the default index.
@Suite(.serialized)
struct CacheFolderModeTests {
    func mode(_ path: String) -> mode_t? {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_mode & 0o777 : nil
    }

    @Test(arguments: [true, false])
    func theCacheFolderIsPrivate(defaultIndex: Bool) throws {
        let home = TestPaths.temporaryDirectory("fresh-cache")
        defer { try? FileManager.default.removeItem(at: home) }
        let cache = home.appendingPathComponent("chatsearch").path
        let index = defaultIndex ? "" : "--index '\(home.appendingPathComponent("elsewhere/idx.sqlite").path)'"
        let r = try BinaryRunner.run([], environment: ["XDG_CACHE_HOME": home.path, "CHATSEARCH_CACHE": "", "CHATSEARCH_INDEX": ""],
                                     shell: "umask 022; exec \"$CHATSEARCH_BIN\" search '\(CLIEndToEndTests.chats)' \(index) -q hiking --top 1")
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(mode(cache) == 0o700)
        #expect(mode(cache + "/model-sha256") == 0o700)
        if defaultIndex { #expect(mode(cache + "/index.sqlite") == 0o600) }
    }
}
