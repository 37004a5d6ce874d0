import CSQLite
import Foundation

/// The index file on disk: whether a path holds ChatSearch's own index (so it may be opened, rebuilt or
/// deleted), and the private permissions of the index, its folders and SQLite's side files.
///
/// A file is ChatSearch's own when SQLite's header carries `applicationID` (`PRAGMA application_id`),
/// or when it is an SQLite database without an application id whose tables are those of the index (an
/// index written before the id existed). An empty file counts as free to use: it holds nothing.
/// Anything else is refused and never written to.
///
/// Permissions: folders created for the index are 0700; the database and its `-wal`, `-shm` and
/// `-journal` files are 0600, whatever the umask (SQLite gives its side files the database's mode).
public enum IndexFile {
    /// "CSIX", in the SQLite header's application id field (bytes 68-71, big-endian).
    public static let applicationID: Int32 = 0x4353_4958
    static let folderMode: mode_t = 0o700
    static let fileMode: mode_t = 0o600
    static let sideFileSuffixes = ["-wal", "-shm", "-journal"]
    /// Tables that identify an index made before the application id was written.
    static let legacyTables: Set<String> = ["conversations", "sources", "turns", "vectors", "lexical", "meta"]

    enum Status: Equatable {
        case absent
        case empty
        case ours
        case foreign(reason: String)
    }

    /// What is at `path`, read without writing anything.
    static func status(of path: String) -> Status {
        var st = stat()
        guard lstat(path, &st) == 0 else { return .absent }
        if (st.st_mode & S_IFMT) == S_IFDIR { return .foreign(reason: "it is a folder") }
        if (st.st_mode & S_IFMT) == S_IFLNK, stat(path, &st) != 0 { return .foreign(reason: "it is a dangling symbolic link") }
        guard (st.st_mode & S_IFMT) == S_IFREG else { return .foreign(reason: "it is not a regular file") }
        if st.st_size == 0 { return .empty }
        guard let fh = FileHandle(forReadingAtPath: path) else { return .foreign(reason: "it cannot be read") }
        defer { try? fh.close() }
        let header = [UInt8]((try? fh.read(upToCount: 100)) ?? Data())
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            return .foreign(reason: "it is not an SQLite database")
        }
        let id = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        if Int32(bitPattern: id) == applicationID { return .ours }
        if id != 0 { return .foreign(reason: "it is an SQLite database of another program") }
        return hasLegacySchema(path) ? .ours : .foreign(reason: "it is an SQLite database without ChatSearch's tables")
    }

    /// True when the database has every table of the index. It is opened read-only, and as immutable
    /// unless it has a WAL file, so that SQLite creates no file beside it.
    private static func hasLegacySchema(_ path: String) -> Bool {
        var db: OpaquePointer?
        defer { sqlite3_close_v2(db) }
        let escaped = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#"))) ?? path
        let immutable = FileManager.default.fileExists(atPath: path + "-wal") ? "" : "?immutable=1"
        let flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        guard sqlite3_open_v2("file:" + escaped + immutable, &db, flags, nil) == SQLITE_OK else { return false }
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &stmt, nil) == SQLITE_OK else {
            return false
        }
        defer { sqlite3_finalize(stmt) }
        var names: Set<String> = []
        while sqlite3_step(stmt) == SQLITE_ROW {
            if let p = sqlite3_column_text(stmt, 0) { names.insert(String(cString: p)) }
        }
        return legacyTables.isSubset(of: names)
    }

    /// Refuses a path that holds something other than the index, naming it and what it holds.
    static func requireOurs(_ path: String) throws {
        if case .foreign(let reason) = status(of: path) { throw IndexError.notAnIndex(path: path, reason: reason) }
    }

    /// Creates the missing folders above `path` (0700), with one clear error when a part of the path is
    /// a file or cannot be created.
    static func prepareFolders(for path: String) throws {
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty else { return }
        var missing: [String] = []
        var folder = parent
        while !folder.isEmpty && folder != "/" {
            var st = stat()
            if stat(folder, &st) == 0 {
                guard (st.st_mode & S_IFMT) == S_IFDIR else {
                    throw IndexError.cannotCreateDirectory(path: parent, detail: "\(folder) is a file, not a folder")
                }
                break
            }
            missing.append(folder)
            let up = (folder as NSString).deletingLastPathComponent
            if up == folder { break }
            folder = up
        }
        for f in missing.reversed() {
            if mkdir(f, folderMode) != 0 && errno != EEXIST {
                throw IndexError.cannotCreateDirectory(path: parent, detail: String(cString: strerror(errno)))
            }
            chmod(f, folderMode)
        }
    }

    /// Makes the database and its side files private: creates the database file 0600 when absent (so
    /// SQLite's side files inherit that mode) and resets the mode of those that exist.
    static func makePrivate(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw IndexError.cannotOpen(path: path, detail: String(cString: strerror(errno))) }
        fchmod(fd, fileMode)
        close(fd)
        for suffix in sideFileSuffixes { try makeSideFilePrivate(path + suffix) }
    }

    /// Resets the mode of one side file without following a symbolic link: a side file that is a link
    /// (or anything but a regular file) is refused, since SQLite would write through it.
    static func makeSideFilePrivate(_ side: String) throws {
        var st = stat()
        guard lstat(side, &st) == 0 else { return }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            let what = (st.st_mode & S_IFMT) == S_IFLNK ? "a symbolic link" : "not a regular file"
            throw IndexError.cannotOpen(path: side, detail: "it is \(what), which SQLite would write through; remove it")
        }
        let fd = open(side, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return }
        fchmod(fd, fileMode)
        close(fd)
    }
}
