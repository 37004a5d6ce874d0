import ChatSearchCore
import ArgumentParser
import Foundation

/// Checks the search options share between `search` and the default command.
enum SearchOptionChecks {
    static func validate(queries: [String], top: Int) throws {
        if queries.contains(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
            throw ValidationError("-q needs words to search for: an empty query would rank every turn against nothing")
        }
        if top < 1 { throw ValidationError("--top must be at least 1 (got \(top))") }
    }

    static let subcommands = ["tui", "search", "embed", "eval", "info", "models", "bench"]

    /// `chatsearch serach …`: the first path is no file and is a subcommand's name misspelt.
    static func misspeltSubcommand(_ paths: [String]) -> String? {
        guard let first = paths.first, !first.contains("/"), !FileManager.default.fileExists(atPath: first) else { return nil }
        let word = first.lowercased()
        return subcommands.first { $0 != word && distance(word, $0) <= ($0.count <= 4 ? 1 : 2) }
    }

    /// Levenshtein distance, with a swap of two neighbours counted as one edit.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var d = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[x.count][y.count]
    }

    /// Said on stderr when queries are read from a terminal while the hits go elsewhere.
    static let readingFromTerminal = Reporter.line(.note, "stdout is not a terminal, so no screen opens: type queries, one per line (Ctrl-D ends), or give -q")
}
