import Foundation
import Testing
import TestSupport

/// A GGUF file llama.cpp loads but cannot compute: the default model with its token-type embeddings
/// marked i32 (same size, so the file is well formed). llama.cpp stops at the first encoding
/// (GGML_ABORT: "binary_op: unsupported types"); ChatSearch turns that into one line naming the file,
/// status 1, the terminal restored, and an index that still works.
enum UnrunnableModel {
    static let reason = "binary_op: unsupported types"

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// The file, written once per test process (both tests read it, neither changes it).
    static let file: Result<String, Error> = Result { try write(in: TestPaths.temporaryDirectory("unrunnable-model")) }

    /// A copy of the default model in `dir` with `token_types.weight` marked i32, written with the set-up's
    /// gguf package (`.deps/converter`).
    static func write(in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("minilm-i32-token-types.gguf").path
        try FileManager.default.copyItem(atPath: TestPaths.defaultModel, toPath: path)
        let python = TestPaths.packageRoot.appendingPathComponent(".deps/converter/bin/python").path
        let script = """
            import sys
            from gguf import GGUFReader, GGMLQuantizationType
            r = GGUFReader(sys.argv[1], "r+")
            t = next(t for t in r.tensors if t.name == "token_types.weight")
            assert t.tensor_type == GGMLQuantizationType.F32, t.tensor_type
            t.field.parts[4][0] = GGMLQuantizationType.I32
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = ["-B", "-c", script, path]
        let errors = Pipe()
        p.standardError = errors
        try p.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw Failure(description: "could not write the unrunnable model with \(python): \(stderr)") }
        return path
    }
}

extension TUIEndToEndTests {
    @Test func aModelLlamaCppCannotRunStopsTheSearchWithOneLineAndTheIndexStaysUsable() throws {
        let dir = TestPaths.temporaryDirectory("engine-stop")
        let model = try UnrunnableModel.file.get()
        let index = dir.appendingPathComponent("index.sqlite").path
        let chat = TestPaths.packageRoot.appendingPathComponent("SampleData/dinner-plans.json").path

        let r = try BinaryRunner.run(["search", chat, "-q", "restaurant", "--model", model, "--index", index])
        #expect(r.status == 1, "status \(r.status)")
        #expect(r.stdout.isEmpty, "stdout: \(r.stdout)")
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(lines.count == 1, "stderr is not one line:\n\(r.stderr)")
        #expect(r.stderr.hasPrefix("chatsearch: llama.cpp stopped while running the model \(model): \(UnrunnableModel.reason)"), "stderr: \(r.stderr)")
        for noise in ["gdb", "backtrace", "ggml/src", ".cpp:"] {
            #expect(!r.stderr.lowercased().contains(noise), "stderr holds \(noise): \(r.stderr)")
        }

        // The same index with the default model: everything loads and ranks.
        let good = try BinaryRunner.run(["search", chat, "-q", "restaurant", "--top", "1", "--mode", "late", "--format", "jsonl", "--index", index])
        #expect(good.status == 0, "status \(good.status): \(good.stderr)")
        #expect(good.lines.count == 1, "\(good.stdout)")
    }

    @Test func aModelLlamaCppCannotRunEndsTheTUIWithTheTerminalRestored() throws {
        let dir = TestPaths.temporaryDirectory("engine-stop-tui")
        let model = try UnrunnableModel.file.get()
        let chat = TestPaths.packageRoot.appendingPathComponent("SampleData/dinner-plans.json").path
        let app = try AppRun(width: 100, height: 30, paths: chat, index: dir.appendingPathComponent("index.sqlite").path, model: model)
        defer { app.kill() }
        let status = try app.tmux.waitFor("the exit status", timeout: Self.resultsTimeout) { app.exitStatus }
        #expect(status == 1, "exit status \(status)")
        let screen = try app.tmux.waitFor("the shell's text after exit", timeout: Self.stepTimeout) {
            $0.contains { $0.hasPrefix("chatsearch exited with status") }
        }
        expectScreen(screen.contains { $0.contains("llama.cpp stopped while running the model") && $0.contains("binary_op") }
                     || screen.joined().contains("llama.cpp stopped while running the model"), "no line naming the model", screen)
        expectScreen(!screen.contains { $0.lowercased().contains("backtrace") || $0.contains("gdb") }, "a backtrace on screen", screen)
        assertTerminalRestored(app.tmux, screen)
    }
}
