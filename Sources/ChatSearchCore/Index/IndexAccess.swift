import CSQLite
import Foundation

/// Whether this process may write ChatSearch's index, and how to open one it may not.
///
/// An index the user can read but not write (another user's file, `chattr +i`, a read-only mount) is
/// never deleted or rebuilt: it is opened read-only (`SQLITE_OPEN_READONLY`; as `immutable=1` when it
/// has no write-ahead log to read, so SQLite creates no file beside it) and searched when it is complete
/// for what is searched; otherwise the run is refused with one line naming the file
/// (`IndexError.readOnly`).
enum IndexAccess {
    /// Why an existing index at `path` cannot be written, or nil when it can (or does not exist yet).
    /// Tried by opening the file for writing (no data is written), so it answers for this process's
    /// permissions, the file's attributes and the mount.
    static func readOnlyReason(_ path: String) -> String? {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        let fd = open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        if fd >= 0 {
            close(fd)
            // The folder must take SQLite's side files (-wal, -shm) too.
            let folder = (path as NSString).deletingLastPathComponent
            if access(folder.isEmpty ? "." : folder, W_OK) != 0 { return "its folder cannot be written: \(String(cString: strerror(errno)))" }
            return nil
        }
        switch errno {
        case EACCES: return "permission denied"
        case EPERM: return "the file is immutable"
        case EROFS: return "it is on a read-only file system"
        default: return nil // ELOOP and the rest: the ordinary path reports them
        }
    }

    /// The URI that opens `path` read-only: immutable unless a write-ahead log holds committed pages.
    static func readOnlyURI(_ path: String) -> String {
        let escaped = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#"))) ?? path
        var st = stat()
        let hasLog = lstat(path + "-wal", &st) == 0 && st.st_size > 0
        return "file:" + escaped + (hasLog ? "?mode=ro" : "?mode=ro&immutable=1")
    }
}
