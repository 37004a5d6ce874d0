import CLlama

/// The llama.cpp build the program runs with, as its libraries report it (`chatsearch --version`): the
/// vendored llama.cpp commit and the library versions, read from the loaded libraries, so an install
/// names the libraries it really loads.
public enum LlamaBuild {
    /// ggml's git commit as built (`-dirty`: llama-cpp-python's vendored tree, built by scripts/setup.sh).
    public static var commit: String { String(cString: ggml_commit()) }
    public static var ggmlVersion: String { String(cString: ggml_version()) }
    public static var llamaVersion: String { String(cString: llama_version()) }

    /// "llama.cpp 0c1e570-dirty (libllama 0.5.0-dev, ggml 0.25.3)".
    public static var description: String { "llama.cpp \(commit) (libllama \(llamaVersion), ggml \(ggmlVersion))" }
}
