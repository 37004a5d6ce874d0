import ChatSearchEngine
import Foundation

/// libFuzzer's entry point (`make fuzz` builds this with `--sanitize=fuzzer -DFUZZING`): every input goes
/// through the GGUF header reader and the chat loaders.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTargets.ggufHeader(bytes)
    FuzzTargets.loaders(bytes, scratch: FuzzScratch.folder)
    return 0
}

/// A private folder for the files the loaders read.
enum FuzzScratch {
    static let folder: String = {
        let dir = NSTemporaryDirectory() + "chatsearch-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }()
}

#if !FUZZING
/// Without libFuzzer: `chatsearch-fuzz FILE...` replays inputs (a crash found by `make fuzz`, say).
@main
struct FuzzReplay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("chatsearch-fuzz: cannot read \(path)\n".utf8))
                exit(66)
            }
            _ = data.withUnsafeBytes { fuzzOneInput($0.bindMemory(to: UInt8.self).baseAddress, data.count) }
            print("ok \(path)")
        }
    }
}
#endif
