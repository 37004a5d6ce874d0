import ChatSearchCore
import Foundation

/// A model ChatSearch knows by name. `make setup` (scripts/setup.sh) builds it into the cache and links
/// `models/<name>` to the folder of the build it made, so the name is all the app needs to find it;
/// `make install` copies it to PREFIX/share/chatsearch/models/<name>.
public struct BuiltInModel: Sendable, Equatable {
    public var name: String
    /// Other names accepted by `--model` (case does not matter).
    public var aliases: [String]
    public var model: String
    public var languages: String
    public var file: String

    /// The installed copy (`make install`: PREFIX/share/chatsearch/models, `InstallLayout`) when the
    /// program runs from an install that has it, else the build in the cache.
    public var path: String {
        if let installed = InstallLayout.modelsDirectory.map({ "\($0)/\(name)/\(file)" }),
           FileManager.default.fileExists(atPath: installed) { return installed }
        return "\(Paths.cacheDirectory)/models/\(name)/\(file)"
    }
    public var isSetUp: Bool { FileManager.default.fileExists(atPath: path) }
}

/// The built-in models, and how `--model NAME|PATH` (or `$CHATSEARCH_MODEL`) picks one.
public enum ModelCatalogue {
    public static let minilm = BuiltInModel(name: "minilm", aliases: ["all-minilm-l6-v2", "english"],
                                     model: "all-MiniLM-L6-v2", languages: "English", file: "all-MiniLM-L6-v2.gguf")
    public static let multilingualE5 = BuiltInModel(name: "multilingual-e5-small", aliases: ["e5", "multilingual", "multilingual-e5", "me5"],
                                             model: "multilingual-e5-small", languages: "about 100 (XLM-RoBERTa's)",
                                             file: "multilingual-e5-small.gguf")
    public static let all = [minilm, multilingualE5]

    /// The model used when none is named (`Configuration.Defaults.model`).
    public static var `default`: BuiltInModel { named(Configuration.Defaults.model)! }

    public static func named(_ name: String) -> BuiltInModel? {
        let key = name.lowercased()
        return all.first { $0.name == key || $0.aliases.contains(key) }
    }

    /// A built-in name gives its path; anything else is a path to a GGUF file. A name that is neither
    /// a built-in model nor an existing file is a mistake worth a clear message.
    public static func resolve(_ nameOrPath: String) throws -> String {
        if let m = named(nameOrPath) {
            guard m.isSetUp else {
                throw Failure(message: "the built-in model \(m.name) is not set up (expected \(m.path)); run `make setup` in the ChatSearch folder",
                              status: ExitStatus.failure)
            }
            return m.path
        }
        if !nameOrPath.contains("/") && !nameOrPath.lowercased().hasSuffix(".gguf") && !FileManager.default.fileExists(atPath: nameOrPath) {
            throw Failure(message: "no model named \(nameOrPath): the built-in ones are \(all.map(\.name).joined(separator: ", ")) (`chatsearch models`); otherwise give a GGUF file's path",
                          status: ExitStatus.usage)
        }
        return nameOrPath
    }
}
