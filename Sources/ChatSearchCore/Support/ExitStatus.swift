/// The exit statuses of every chatsearch command, the README's table (its "Usage" section) and the
/// man page's: the one table, used by the CLI, the TUI and every `UserFacingError`.
public enum ExitStatus {
    public static let success: Int32 = 0
    /// Other failures: a model missing or not an embedding model, the index.
    public static let failure: Int32 = 1
    /// The TUI was asked for where stdin and stdout are not a terminal (or the terminal cannot start).
    public static let noTerminal: Int32 = 2
    /// A usage error found after parsing (an unknown `--model` name); ArgumentParser's own are 64 too.
    public static let usage: Int32 = 64
    /// No conversation could be read (or no eval query matched).
    public static let dataError: Int32 = 65
    /// A path does not exist.
    public static let noInput: Int32 = 66
    /// Cancelled (Ctrl-C, Esc at start-up).
    public static let interrupted: Int32 = 130
}
