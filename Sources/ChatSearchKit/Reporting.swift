import ChatSearchCore

/// Messages on stderr shared by the subcommands.
public enum Reporting {
    public static func problems(_ load: LoadResult) {
        Output.error(problemLines(load).joined(separator: "\n"), skipEmpty: true)
    }

    /// One warning per problem; a file that gave no conversation at all is said to be skipped.
    public static func problemLines(_ load: LoadResult) -> [String] {
        let loaded = Set(load.conversations.compactMap(\.source))
        return load.problems.map { p in
            Reporter.line(.warning, "\(p.description)\(loaded.contains(p.path) ? "" : " (file skipped)")")
        }
    }

    public static func longTurns(_ encoder: TurnEncoder) {
        for t in encoder.longTurns {
            Reporter.note("conversation \(t.conversation), turn \(t.turn): \(t.tokens) tokens, longer than the model's context of \(encoder.embedder.info.contextLength); encoded in overlapping windows")
        }
    }
}
