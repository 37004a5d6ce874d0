import Foundation
import Testing

/// A default is written once: where it is decided (`Configuration.Defaults`, or next to the type in a
/// lower library that needs it), and everything else, the help text included, names it. This test reads
/// the sources and fails on a known default's literal anywhere else (comments aside).
struct DefaultLiteralTests {
    private let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// A default's literal, as code or help text would write it, and the files allowed to hold it.
    static let literals: [(pattern: String, allowed: Set<String>)] = [
        (#""minilm""#, ["Configuration.swift", "ModelCatalogue.swift"]),
        (#"\b4096\b|\b4_096\b"#, ["LlamaEmbedder.swift"]),
        (#"least 512|, 512\)"#, []),
        (#"defaultMinimumBatchTokens = 512"#, ["LlamaEmbedder.swift"]),
        (#"most 128|default 128|min\(128|= 128$"#, ["EmbeddingRecipe.swift", "LateChunking.swift"]),
        (#"else minilm|\(minilm,"#, []),
    ]

    static func violations(in text: String, file: String) -> [String] {
        var found: [String] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let code = line.trimmingCharacters(in: .whitespaces)
            if code.hasPrefix("//") { continue }
            for (pattern, allowed) in literals where !allowed.contains(file) {
                if code.range(of: pattern, options: .regularExpression) != nil { found.append("\(file):\(n + 1): \(code)") }
            }
        }
        return found
    }

    @Test func noDefaultLiteralOutsideWhereItIsDecided() throws {
        var files = 0
        let e = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = e?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            files += 1
            let text = try String(contentsOf: url, encoding: .utf8)
            for v in Self.violations(in: text, file: url.lastPathComponent) {
                Issue.record("a default's literal outside where it is decided (name it from Configuration.Defaults): \(v)")
            }
        }
        #expect(files > 100)
    }

    /// The help text as it was written before it named its defaults is caught.
    @Test func literalHelpTextIsCaught() {
        let old = #"@Option(help: ArgumentHelp("Tokens packed into one llama.cpp batch (default: the model's context, at least 512)."))"#
        #expect(Self.violations(in: old, file: "Options.swift").count == 1)
        #expect(Self.violations(in: #"(default: $CHATSEARCH_MODEL, else minilm)"#, file: "Options.swift").count == 1)
        #expect(Self.violations(in: "at most 4096).", file: "Options.swift").count == 1)
        #expect(Self.violations(in: "/// at most 4096", file: "Options.swift").isEmpty)
    }
}
