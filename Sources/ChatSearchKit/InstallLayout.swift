import Foundation

/// Where an installed chatsearch (`make install`, docs/install.md) finds what it ships with: folders
/// relative to the executable's real path, so the install works from any prefix, for any user, without
/// the checkout or the build cache.
///
///     PREFIX/bin/chatsearch
///     PREFIX/lib/chatsearch/          the llama.cpp libraries (the binary's rpath: $ORIGIN/../lib/chatsearch)
///     PREFIX/share/chatsearch/models/ the built-in models, one folder per name
public enum InstallLayout {
    /// The running program's file, symbolic links resolved (a link in ~/bin to PREFIX/bin/chatsearch
    /// still finds PREFIX/share).
    public static let executablePath: String? = {
        #if os(Linux)
        if let p = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return p }
        #endif
        return Bundle.main.executablePath.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
    }()

    /// `PREFIX/share/chatsearch/models` beside the executable's `bin/`, when that folder exists.
    public static let modelsDirectory: String? = executablePath.flatMap { modelsDirectory(forExecutable: $0) }

    public static func modelsDirectory(forExecutable path: String) -> String? {
        let prefix = URL(fileURLWithPath: path).deletingLastPathComponent().deletingLastPathComponent()
        let models = prefix.appendingPathComponent("share/chatsearch/models").path
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: models, isDirectory: &isDirectory) && isDirectory.boolValue ? models : nil
    }
}
