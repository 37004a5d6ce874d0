import CSupport
import ChatSearchEngine

/// What the process sets up before anything else runs.
public enum ProcessStart {
    /// llama.cpp's threads wait passively (may re-execute the program once, see `WaitPolicy`); signals
    /// blocked by whoever started us are unblocked; a closed pipe ends output quietly.
    public static func prepare() {
        WaitPolicy.ensurePassive()
        csupport_unblock_signals()
        csupport_default_sigpipe()
    }
}
