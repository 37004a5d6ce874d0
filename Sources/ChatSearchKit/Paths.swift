import Foundation

/// Where ChatSearch keeps its cache, its default model and its default index.
public enum Paths {
    public static var cacheDirectory: String { Configuration.Environment.current.cacheDirectory }

    /// The default model's folder name: scripts/setup.sh writes it under the cache's models/.
    /// (its suffix is setup.sh's CONVERTER_VERSION)
    static let defaultModelKey = "all-MiniLM-L6-v2-53aa51172d14-c2"
    static let defaultModelFile = "all-MiniLM-L6-v2.gguf"

    public static var defaultModel: String { "\(cacheDirectory)/models/\(defaultModelKey)/\(defaultModelFile)" }

    public static var defaultIndex: String { "\(cacheDirectory)/index.sqlite" }

    /// The index file: the option, else `$CHATSEARCH_INDEX`, else the default.
    public static func index(_ option: String?, environment: Configuration.Environment = .current) -> String {
        if let o = option, !o.isEmpty { return o }
        return environment.index ?? defaultIndex
    }
}
