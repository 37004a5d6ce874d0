import CLlama
import CSupport

/// llama.cpp ends the process on what it cannot compute (GGML_ABORT, GGML_ASSERT), such as a GGUF file
/// it loads but has no kernel for (an unusual tensor type where its graph needs another). By default it
/// prints its source location, runs gdb for a backtrace onto the terminal and aborts. Instead the
/// terminal is restored, one line names the model file and llama.cpp's reason, and the process ends
/// with status 1 (`csupport_engine_abort`). What the index stored before that stays: every write is a
/// transaction.
enum EngineAbort {
    /// Names `modelPath` in the message of a later stop; the last model opened is the one named.
    static func install(modelPath: String) {
        csupport_set_engine_context("the model \(modelPath)")
        _ = ggml_set_abort_callback(csupport_engine_abort)
    }
}
