import ChatSearchCore
import Foundation

/// `chatsearch sources`: the chat histories found under the home folder, and source names given in
/// place of paths (`chatsearch search codex -q ...`).
public enum SourcesReport {
    /// `$HOME`, else the account's home folder.
    public static var home: String {
        ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }

    /// The listing: one line per source found (name, tool, files, size, where), and with `files` (always
    /// for Aider and Downloads, whose files are scattered) one indented line per file.
    public static func lines(_ sources: [FoundSource], home: String, files: Bool) -> [String] {
        let nameWidth = sources.map(\.name.count).max() ?? 0
        let toolWidth = sources.map(\.tool.count).max() ?? 0
        var out: [String] = []
        for s in sources {
            let count = s.files.count == 1 ? "1 file" : "\(s.files.count) files"
            let scattered = s.name == "aider" || s.name == "downloads"
            let where_ = scattered ? "" : "  " + s.paths.map { tilde($0, home: home) }.joined(separator: ", ")
            out.append(pad(s.name, nameWidth) + "  " + pad(s.tool, toolWidth) + "  " + count + ", " + size(s.bytes) + where_)
            guard files || scattered else { continue }
            for f in s.files {
                out.append("    " + tilde(f.path, home: home) + "  " + size(f.bytes) + (f.kind.map { "  (\($0))" } ?? ""))
            }
        }
        return out
    }

    /// Prints the listing on stdout (paths escaped for the terminal), and a hint on stderr.
    public static func run(home: String = home, files: Bool) {
        let found = HistorySources.find(home: home)
        if found.isEmpty {
            Output.error("no chat histories found under \(home) (looked for: \(HistorySources.names.joined(separator: ", ")))")
            return
        }
        for line in lines(found, home: home, files: files) { Output.line(line) }
        Output.error("search one by its name: chatsearch \(found[0].name), or chatsearch search \(found[0].name) -q \"...\"")
    }

    /// `paths` with every source name that is not also a file or folder here replaced by what the source
    /// holds. A named source with nothing found is an input error (exit 66).
    public static func resolve(_ paths: [String], home: String = home) throws -> [String] {
        var out: [String] = []
        for p in paths {
            guard !FileManager.default.fileExists(atPath: p), let source = HistorySources.find(p, home: home) else {
                out.append(p)
                continue
            }
            guard !source.files.isEmpty else {
                throw Failure(message: "no \(source.tool) histories found under \(home) (`chatsearch sources` lists what is found)",
                              status: ExitStatus.noInput)
            }
            out += source.paths
        }
        return out
    }

    static func size(_ bytes: Int64) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        let units = ["KB", "MB", "GB", "TB"]
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024, unit < units.count - 1 { value /= 1024; unit += 1 }
        return String(format: value < 10 ? "%.1f %@" : "%.0f %@", value, units[unit])
    }

    private static func tilde(_ path: String, home: String) -> String {
        path.hasPrefix(home + "/") ? "~" + path.dropFirst(home.count) : path
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - s.count))
    }
}
