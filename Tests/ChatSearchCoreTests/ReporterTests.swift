import ChatSearchCore
import Testing

/// The one voice: the prefix and the level words come from `Reporter`, every error type says its
/// message and exit status through `UserFacingError`, and the statuses are the README's.
struct ReporterTests {
    @Test func levelsAndPrefix() {
        #expect(Reporter.line(.error, "no such file: x") == "chatsearch: no such file: x")
        #expect(Reporter.line(.warning, "x.json: bad") == "chatsearch: warning: x.json: bad")
        #expect(Reporter.line(.note, "long turn") == "chatsearch: note: long turn")
        #expect(Reporter.line(.info, "12 ms to load") == "chatsearch: 12 ms to load")
    }

    @Test func everyErrorTypeSaysItsMessageAndStatus() {
        let errors: [(any UserFacingError, String, Int32)] = [
            (EmbedderError.modelNotFound("/m.gguf"), "model file not found: /m.gguf", 1),
            (IndexError.cannotOpen(path: "/i.sqlite", detail: "read-only"), "cannot open the index /i.sqlite: read-only", 1),
            (LoadProblem(path: "q.jsonl", line: 3, reason: "not a query"), "q.jsonl:3: not a query", 65),
        ]
        for (error, message, status) in errors {
            #expect(error.message == message)
            #expect(error.exitStatus == status)
        }
    }

    @Test func theExitStatusTable() {
        #expect([ExitStatus.success, ExitStatus.failure, ExitStatus.noTerminal, ExitStatus.usage, ExitStatus.dataError,
                 ExitStatus.noInput, ExitStatus.interrupted] == [0, 1, 2, 64, 65, 66, 130])
    }
}
