import Foundation

public enum InputFiles {
    /// The .json files among paths (folders searched recursively).
    public static func jsonFiles(_ paths: [String]) throws -> [String] {
        var out: [String] = []
        for p in paths {
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: p, isDirectory: &isDir)
            if isDir.boolValue {
                let e = FileManager.default.enumerator(atPath: p)
                while let f = e?.nextObject() as? String {
                    if f.hasSuffix(".json") { out.append(p + "/" + f) }
                }
            } else {
                out.append(p)
            }
        }
        return out.sorted()
    }
}
