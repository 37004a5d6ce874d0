import Foundation

/// Size and modification time of the chat files under some paths: how `--watch` notices that a file
/// grew, changed, appeared or went, without reading it.
public struct FileStamps: Equatable, Sendable {
    public struct Stamp: Equatable, Sendable {
        public var size: UInt64
        public var modified: Date
        public var inode: UInt64
    }

    public private(set) var stamps: [String: Stamp]

    public init(stamps: [String: Stamp] = [:]) { self.stamps = stamps }

    /// The stamp of every file a load of `paths` would read (a file given by name, or the chat files a
    /// folder holds, walked like `ConversationLoader`: hidden names skipped, zip archives as one file).
    public static func scan(_ paths: [String]) -> FileStamps {
        var out: [String: Stamp] = [:]
        for p in paths {
            for f in files(p) { if let s = stamp(f) { out[f] = s } }
        }
        return FileStamps(stamps: out)
    }

    /// The stamp of one file now, or nil when it cannot be read.
    public static func stamp(_ path: String) -> Stamp? {
        guard let a = try? FileManager.default.attributesOfItem(atPath: path),
              (a[.type] as? FileAttributeType) == .typeRegular else { return nil }
        return Stamp(size: (a[.size] as? NSNumber)?.uint64Value ?? 0,
                     modified: (a[.modificationDate] as? Date) ?? .distantPast,
                     inode: (a[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0)
    }

    /// Files whose stamp differs in `now` (new ones included), and files gone from `now`, sorted.
    public func changes(to now: FileStamps) -> (changed: [String], removed: [String]) {
        let changed = now.stamps.filter { stamps[$0.key] != $0.value }.map(\.key).sorted()
        let removed = stamps.keys.filter { now.stamps[$0] == nil }.sorted()
        return (changed, removed)
    }

    public mutating func set(_ path: String, _ stamp: Stamp?) { stamps[path] = stamp }

    private static func files(_ path: String) -> [String] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [path] }
        var out: [String] = []
        var visited: Set<String> = []
        func walk(_ folder: String) {
            guard visited.insert(URL(fileURLWithPath: folder).resolvingSymlinksInPath().path).inserted,
                  let names = try? fm.contentsOfDirectory(atPath: folder) else { return }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                var d: ObjCBool = false
                guard fm.fileExists(atPath: child, isDirectory: &d) else { continue }
                if d.boolValue { walk(child) } else if ConversationLoader.folderExtensions.contains(SourceFile.fileExtension(name)) { out.append(child) }
            }
        }
        walk(path)
        return out
    }
}
