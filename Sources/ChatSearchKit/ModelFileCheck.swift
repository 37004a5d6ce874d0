import ChatSearchCore
import Foundation

/// The rule for a model named by `--model` or `$CHATSEARCH_MODEL`, as for chat inputs: regular files
/// only. A FIFO, `/dev/stdin` on a pipe, a device or a folder is refused before anything opens it
/// (opening a FIFO would block until a writer comes); `stat` follows links, so a link to a GGUF file
/// is fine. A path that does not exist is left to the engine, which says so.
enum ModelFileCheck {
    static func requireRegularFile(_ path: String) throws -> String {
        var st = stat()
        guard stat(path, &st) == 0 else { return path }
        let kind: String
        switch st.st_mode & S_IFMT {
        case S_IFREG: return path
        case S_IFIFO: kind = "a pipe (FIFO)"
        case S_IFDIR: kind = "a folder"
        case S_IFCHR, S_IFBLK: kind = "a device"
        case S_IFSOCK: kind = "a socket"
        default: kind = "not a regular file"
        }
        throw Failure(message: "the model \(TerminalText.safe(path)) is \(kind); give a GGUF file or a built-in model's name (chatsearch models)",
                      status: ExitStatus.failure)
    }
}
