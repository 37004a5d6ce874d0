import ChatSearchEngine
import Foundation

/// What `chatsearch --version` prints: the program's version, the llama.cpp build it runs with and the
/// default model (where it is found, or that it is not set up).
public enum VersionReport {
    /// The program's version (also the man page's, which `make install` writes from this output).
    public static let programVersion = "0.1.0"

    public static var text: String {
        let model = ModelCatalogue.default
        let location = model.isSetUp ? model.path : "not set up: run `make setup` in the ChatSearch folder"
        return """
        chatsearch \(programVersion)
        \(LlamaBuild.description)
        default model: \(model.name) (\(model.model), \(location))
        """
    }
}
