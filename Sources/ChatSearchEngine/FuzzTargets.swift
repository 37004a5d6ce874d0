import ChatSearchCore
import Foundation

/// Entry points for fuzzing the readers of untrusted files: the chat loaders and the GGUF header reader.
/// `make fuzz` drives them with libFuzzer (Fuzz/); `make test` runs a fixed-seed mutation loop over the
/// same entry points. Each must return (with conversations, problems or a `Malformed` error) for any
/// input: a trap, a stack overflow or a hang is the bug.
public enum FuzzTargets {
    /// File names the loaders are given, chosen by the input's first byte (formats are detected from
    /// the name as well as the content).
    static let names = ["chat.json", "chat.jsonl", "chat.txt", "conversations.json", "WhatsApp Chat with X.txt", "chat"]

    /// Loads `bytes` as a chat file: with format detection, and as the format picked by the second byte.
    public static func loaders(_ bytes: [UInt8], scratch: String) {
        guard bytes.count >= 2 else { return }
        let path = scratch + "/" + names[Int(bytes[0]) % names.count]
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes.dropFirst(2))) else { return }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let formats = ChatFormat.allCases
        _ = ConversationLoader.load(paths: [path])
        _ = ConversationLoader.load(paths: [path], format: formats[Int(bytes[1]) % formats.count])
    }

    /// Reads `bytes` as the start of a GGUF file: a file of the input's size or, when the last byte is
    /// odd, a longer one (a header that goes on past the bytes read).
    public static func ggufHeader(_ bytes: [UInt8]) {
        let size = UInt64(bytes.count) + (bytes.last.map { $0 & 1 == 1 ? UInt64($0) << 12 : 0 } ?? 0)
        _ = try? GGUFHeader.metadata(of: Data(bytes), fileSize: size)
    }
}
