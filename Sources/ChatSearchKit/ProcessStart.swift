import CSupport
import ChatSearchEngine

/// What the process sets up before anything else runs.
public enum ProcessStart {
    /// llama.cpp's threads wait passively (may re-execute the program once, see `WaitPolicy`); signals
    /// blocked by whoever started us are unblocked, and SIGINT and SIGQUIT ignored by them get their
    /// default action back (`csupport_default_interrupts`): until the terminal UI installs its restorer,
    /// every signal the README lists ends the process by that signal, wherever it is (parsing arguments,
    /// reading chats, loading the model, writing the index: each write is one SQLite transaction);
    /// a closed pipe ends output quietly.
    public static func prepare() {
        WaitPolicy.ensurePassive()
        csupport_unblock_signals()
        csupport_default_interrupts()
        csupport_default_sigpipe()
    }
}
