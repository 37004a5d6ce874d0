import Foundation

/// Where ChatSearch keeps its cache, its default model and its default index.
public enum Paths {
    public static var cacheDirectory: String { Configuration.Environment.current.cacheDirectory }

    /// The default model's file (a built-in model, found by its name under the cache's models/).
    public static var defaultModel: String { ModelCatalogue.default.path }

    public static var defaultIndex: String { "\(cacheDirectory)/index.sqlite" }

    /// The index file: the option, else `$CHATSEARCH_INDEX`, else the default.
    public static func index(_ option: String?, environment: Configuration.Environment = .current) -> String {
        if let o = option, !o.isEmpty { return o }
        return environment.index ?? defaultIndex
    }
}
