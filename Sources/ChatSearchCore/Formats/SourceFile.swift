import Foundation

/// One file to read: on disk, or an entry of a zip archive, shown as `archive.zip/folder/file.json`.
struct SourceFile {
    var path: String
    var read: () throws(LoadProblem) -> Data

    static func disk(_ path: String) -> SourceFile {
        SourceFile(path: path, read: { () throws(LoadProblem) -> Data in try readRegularFile(path) })
    }

    /// Files at least this big are memory-mapped when read.
    static let mapFromBytes = 16 << 20

    /// The bytes of a regular file (following symbolic links); anything else is named for what it is, so
    /// that a FIFO or a device is never waited on.
    static func readRegularFile(_ file: String) throws(LoadProblem) -> Data {
        var info = stat()
        guard stat(file, &info) == 0 else {
            let code = errno
            if code == ENOENT { throw LoadProblem(path: file, reason: "cannot read: no such file") }
            throw LoadProblem(path: file, reason: "cannot read: " + String(cString: strerror(code)))
        }
        let kind: String
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            do {
                // A big file is mapped, not copied: its pages are the kernel's to drop and read again.
                // Small files are read, so that one truncated while it is read cannot fault the process.
                let mapped = info.st_size >= mapFromBytes
                return try Data(contentsOf: URL(fileURLWithPath: file), options: mapped ? .alwaysMapped : [])
            } catch {
                throw LoadProblem(path: file, reason: "cannot read: " + (error as NSError).localizedDescription)
            }
        case S_IFDIR: kind = "is a folder"
        case S_IFIFO: kind = "a FIFO (named pipe), not a regular file"
        case S_IFSOCK: kind = "a socket, not a regular file"
        case S_IFCHR: kind = "a character device, not a regular file"
        case S_IFBLK: kind = "a block device, not a regular file"
        default: kind = "not a regular file"
        }
        throw LoadProblem(path: file, reason: "cannot read: " + kind)
    }

    /// Last path component, e.g. `chat.txt`.
    var fileName: String { Self.fileName(path) }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The lowercased extension of a file name (`json`), or "".
    static func fileExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The folder part of a path (`a/b` for `a/b/c.json`), or "" for a bare name.
    static func folder(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}

/// Files of the same export that a reader looks up next to the file it reads (Slack's `users.json`),
/// parsed once per load.
final class Companions {
    private let files: [String: SourceFile]
    private var parsed: [String: JSONValue?] = [:]
    private var texts: [String: String?] = [:]

    init(_ files: [SourceFile]) {
        self.files = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The JSON of the file at `path`, or nil when there is none or it does not parse.
    func json(at path: String) -> JSONValue? {
        if let done = parsed[path] { return done }
        let source = files[path] ?? (FileManager.default.fileExists(atPath: path) ? SourceFile.disk(path) : nil)
        let value = source.flatMap { try? $0.read() }.flatMap { try? JSONParser.parse(ConversationLoader.decode($0).text) }
        parsed[path] = value
        return value
    }

    /// The text of the file at `path` when it is one of the files of this load (never read from elsewhere).
    func loadedText(at path: String) -> String? {
        if let done = texts[path] { return done }
        let text = files[path].flatMap { try? $0.read() }.map { ConversationLoader.decode($0).text }
        texts[path] = text
        return text
    }
}
