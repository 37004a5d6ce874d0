import Foundation

/// A chat history found on this machine: where a tool keeps its files, how many there are and their size.
public struct FoundSource: Sendable, Hashable {
    /// The source's name, which can be given instead of a path (`claude-code`, `codex`, `gemini`, `aider`, `downloads`).
    public var name: String
    /// The tool or app that wrote it.
    public var tool: String
    /// What loading the source reads: the folders or files, in order.
    public var paths: [String]
    /// The chat files among them (path and size in bytes), sorted.
    public var files: [FoundFile]

    public var bytes: Int64 { files.reduce(0) { $0 + $1.bytes } }
}

public struct FoundFile: Sendable, Hashable {
    public var path: String
    public var bytes: Int64
    /// What the file's name says it is (exports in Downloads), else nil.
    public var kind: String?
}

/// Finds the chat histories coding agents and exports keep under a home folder, by where they live and
/// how their files are named: nothing is opened or read, only folders listed and files' sizes taken.
/// docs/agent-sessions.md lists the places.
public enum HistorySources {
    /// The source names, in the order they are listed.
    public static let names = ["claude-code", "codex", "gemini", "aider", "downloads"]

    /// How deep below the home folder Aider's `.aider.chat.history.md` is looked for (home/a/b/c/).
    public static let aiderDepth = 3
    /// At most this many folders are listed looking for Aider histories.
    public static let aiderFolderLimit = 20_000
    /// Folders never entered looking for Aider histories (large trees that hold no project's root).
    public static let aiderSkippedFolders: Set<String> = ["node_modules", "Library", "Applications", "snap", "go", "venv", "__pycache__", "target", "build", "dist"]

    /// Every source found under `home` that has at least one file, in the order of `names`.
    public static func find(home: String) -> [FoundSource] {
        names.compactMap { find($0, home: home) }.filter { !$0.files.isEmpty }
    }

    /// One source by name (nil for an unknown name); its files may be none.
    public static func find(_ name: String, home: String) -> FoundSource? {
        let home = home.hasSuffix("/") && home.count > 1 ? String(home.dropLast()) : home
        switch name {
        case "claude-code":
            let root = home + "/.claude/projects"
            return FoundSource(name: name, tool: "Claude Code", paths: exists(root) ? [root] : [], files: files(under: root, ext: "jsonl"))
        case "codex":
            let roots = [home + "/.codex/sessions", home + "/.codex/archived_sessions"].filter(exists)
            return FoundSource(name: name, tool: "Codex CLI", paths: roots, files: roots.flatMap { files(under: $0, ext: "jsonl") })
        case "gemini":
            let tmp = home + "/.gemini/tmp"
            let chats = list(tmp).map { "\(tmp)/\($0)/chats" }.filter(isFolder)
            return FoundSource(name: name, tool: "Gemini CLI", paths: chats, files: chats.flatMap { files(under: $0, ext: "json") })
        case "aider":
            let found = aiderHistories(home: home)
            return FoundSource(name: name, tool: "Aider", paths: found.map(\.path), files: found)
        case "downloads":
            let found = downloads(home + "/Downloads")
            return FoundSource(name: name, tool: "exports in Downloads", paths: found.map(\.path), files: found)
        default:
            return nil
        }
    }

    // MARK: - Where each tool keeps its files

    private static func aiderHistories(home: String) -> [FoundFile] {
        var out: [FoundFile] = []
        var visited = 0
        var queue: [(String, Int)] = [(home, 0)]
        while !queue.isEmpty, visited < aiderFolderLimit {
            let (folder, depth) = queue.removeFirst()
            visited += 1
            let names = list(folder)
            if names.contains(AiderFormat.fileName), let file = fileInfo(folder + "/" + AiderFormat.fileName) { out.append(file) }
            guard depth < aiderDepth else { continue }
            for name in names where !name.hasPrefix(".") && !aiderSkippedFolders.contains(name) {
                let child = folder + "/" + name
                if isFolder(child, followLinks: false) { queue.append((child, depth + 1)) }
            }
        }
        return out.sorted { $0.path < $1.path }
    }

    /// Exports in Downloads recognised by their names (first level only).
    private static func downloads(_ folder: String) -> [FoundFile] {
        list(folder).sorted().compactMap { name -> FoundFile? in
            guard let kind = exportKind(name), var file = fileInfo(folder + "/" + name) else { return nil }
            file.kind = kind
            return file
        }
    }

    /// What an export's file name says it is: ChatGPT's zip (`<64 hex digits>-<date>.zip`), Claude's
    /// (`data-….zip`), `conversations.json` (either), WhatsApp's `WhatsApp Chat….txt|zip`.
    static func exportKind(_ name: String) -> String? {
        let lower = name.lowercased()
        if lower == "conversations.json" { return "ChatGPT or Claude conversations.json" }
        if lower.hasPrefix("whatsapp chat"), lower.hasSuffix(".txt") || lower.hasSuffix(".zip") { return "WhatsApp chat" }
        guard lower.hasSuffix(".zip") else { return nil }
        let hexPrefix = lower.prefix { $0.isHexDigit }
        if hexPrefix.count == 64 { return "ChatGPT export" }
        if lower.hasPrefix("chatgpt") { return "ChatGPT export" }
        if lower.hasPrefix("data-") { return "Claude export" }
        return nil
    }

    // MARK: - Listing without reading

    private static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    private static func isFolder(_ path: String) -> Bool { isFolder(path, followLinks: true) }

    private static func isFolder(_ path: String, followLinks: Bool) -> Bool {
        var info = stat()
        let status = followLinks ? stat(path, &info) : lstat(path, &info)
        return status == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    private static func list(_ folder: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    }

    private static func fileInfo(_ path: String) -> FoundFile? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FoundFile(path: path, bytes: Int64(info.st_size))
    }

    /// Regular files ending in `.ext` below `root` (hidden ones skipped, symbolic links to folders not followed).
    private static func files(under root: String, ext: String) -> [FoundFile] {
        var out: [FoundFile] = []
        var stack = [root]
        while let folder = stack.popLast() {
            for name in list(folder) where !name.hasPrefix(".") {
                let child = folder + "/" + name
                if isFolder(child, followLinks: false) {
                    stack.append(child)
                } else if SourceFile.fileExtension(name) == ext, let file = fileInfo(child) {
                    out.append(file)
                }
            }
        }
        return out.sorted { $0.path < $1.path }
    }
}
