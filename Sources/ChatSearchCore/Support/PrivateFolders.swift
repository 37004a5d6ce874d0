/// The one way ChatSearch creates its folders (the cache, the index's folder, the model hash cache):
/// each missing folder is made 0700, whatever the umask, since they hold what was read from private
/// chats. Folders that exist keep their mode.
public enum PrivateFolders {
    /// Creates the missing folders above `path` (the folder holding it and its parents), 0700.
    public static func create(above path: String) throws {
        try IndexFile.prepareFolders(for: path)
    }
}
