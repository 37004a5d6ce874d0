import ChatSearchBench
import ChatSearchCore
import Foundation

/// Memory of loading a large export as a user does: `chatsearch search FILE --no-wait` (read, detect,
/// parse and store every text; nothing embedded) on a generated ChatGPT export, in a child process whose
/// peak resident memory (VmHWM) is read while it runs, as a ratio to the file's size beside the bound.
enum BigExportBench {
    /// Peak memory of loading an export, at most this many times its size.
    static let bound = 3.0

    static let section = BenchSection(
        name: "big-export",
        summary: "peak memory of `chatsearch search FILE --no-wait` on a generated ChatGPT export (--big-export-mb), as a ratio to the file's size; bound \(Int(bound))x"
    ) { ctx in try run(ctx) }

    static func run(_ bench: BenchContext) throws {
        let path = bench.workDirectory + "/big-export.json"
        var generator = CorpusGenerator(seed: bench.options.seed &+ 7)
        let made = try generator.writeLargeChatGPTExport(bytes: bench.options.bigExportBytes, to: path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let size = Double((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        let index = bench.workDirectory + "/big-export.sqlite"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        p.arguments = ["search", path, "--no-wait", "--index", index, "-q", CorpusGenerator.query, "--top", "1", "--model", bench.options.modelPath]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        let clock = Date()
        try p.run()
        var peakKB = 0
        while p.isRunning {
            if let status = try? String(contentsOfFile: "/proc/\(p.processIdentifier)/status", encoding: .utf8),
               let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kb = Int(line.split(separator: " ").dropFirst().first ?? "") {
                peakKB = max(peakKB, kb)
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        p.waitUntilExit()
        let seconds = Date().timeIntervalSince(clock)
        guard p.terminationStatus == 0 else { throw BenchError("chatsearch search on \(path) ended with status \(p.terminationStatus)") }
        let ratio = Double(peakKB) * 1024 / max(size, 1)
        bench.report.row(String(format: "%.0f MB export", size / 1e6),
                         "\(made.conversations) conversations, \(made.turns) turns",
                         String(format: "%.1f s", seconds),
                         String(format: "peak %.0f MB", Double(peakKB) / 1024),
                         String(format: "%.2fx the file (bound %.0fx)", ratio, bound))
        try? FileManager.default.removeItem(atPath: index)
    }
}
