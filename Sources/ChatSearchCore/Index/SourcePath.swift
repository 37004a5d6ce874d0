import Foundation

/// The one form in which a conversation's source file is stored in the index and compared when pruning:
/// absolute, with `.`/`..` and repeated slashes resolved, so `SampleData`, `./SampleData/` and
/// `/home/me/SampleData` name the same files.
public enum SourcePath {
    public static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
