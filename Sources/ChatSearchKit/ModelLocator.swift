import Foundation

/// Finds the model file a run uses: `--model`, else `$CHATSEARCH_MODEL` (each a built-in model's name
/// or a GGUF file's path, `ModelCatalogue.resolve`), else the default model that `make setup` installs.
public enum ModelLocator {
    /// A missing default model fails here, with what to do, before anything is loaded; a model the
    /// user named is checked by the engine when it opens it.
    public static func path(_ option: String?, environment: Configuration.Environment = .current) throws -> String {
        if let o = option, !o.isEmpty { return try ModelFileCheck.requireRegularFile(ModelCatalogue.resolve(o)) }
        if let e = environment.model { return try ModelFileCheck.requireRegularFile(ModelCatalogue.resolve(e)) }
        let path = Paths.defaultModel
        guard FileManager.default.fileExists(atPath: path) else {
            throw Failure(message: "the default model is not installed at \(path); run `make setup` in the ChatSearch folder or pass --model",
                          status: ExitStatus.failure)
        }
        return path
    }
}
