import Foundation
import Testing
import TestSupport

/// `--model NAME|PATH`, `$CHATSEARCH_MODEL` and `chatsearch models`, through the built binary.
@Suite(.serialized)
struct ModelChoiceTests {
    /// No model from the test environment: each test names its own.
    let noModel = ["CHATSEARCH_MODEL": ""]

    @Test func modelsListsTheBuiltInModels() throws {
        let r = try BinaryRunner.run(["models", "--no-speed"], environment: noModel)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let minilm = try #require(r.lines.first { $0.hasPrefix("minilm ") }, "\(r.stdout)")
        for fact in ["English", "384", "512", "MB", "yes"] { #expect(minilm.contains(fact), "\(minilm)") }
        let e5 = try #require(r.lines.first { $0.hasPrefix("multilingual-e5-small ") }, "\(r.stdout)")
        #expect(e5.contains("about 100"))
        #expect(e5.hasSuffix(TestPaths.multilingualModel == nil ? "no (make setup)" : "yes"), "\(e5)")
        #expect(r.stdout.contains("default: minilm"))
    }

    @Test func builtInNamesAndAliasesAnyCase() throws {
        for name in ["minilm", "MiniLM", "all-MiniLM-L6-v2", "english"] {
            let r = try BinaryRunner.run(["info", "--model", name], environment: noModel)
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(r.stdout.contains("model          all-MiniLM-L6-v2 (bert)"), "\(name): \(r.stdout)")
            #expect(r.stdout.contains("query prefix   (none)"))
        }
    }

    @Test(.enabled(if: TestPaths.multilingualModel != nil, Comment(rawValue: TestPaths.multilingualSkipReason)))
    func multilingualByNameAliasAndEnvironment() throws {
        for (args, env) in [(["--model", "multilingual-e5-small"], noModel), (["--model", "e5"], noModel),
                            ([], ["CHATSEARCH_MODEL": "multilingual"])] {
            let r = try BinaryRunner.run(["info"] + args, environment: env)
            #expect(r.status == 0, "\(args) \(env): \(r.stderr)")
            #expect(r.stdout.contains("model          multilingual-e5-small (bert)"), "\(r.stdout)")
            #expect(r.stdout.contains("query prefix   \"query: \""))
            #expect(r.stdout.contains("doc prefix     \"passage: \""))
        }
    }

    @Test func aPathStillWorksAndAnUnknownNameIsAUsageError() throws {
        let byPath = try BinaryRunner.run(["info", "--model", TestPaths.defaultModel], environment: noModel)
        #expect(byPath.status == 0, "stderr: \(byPath.stderr)")
        let unknown = try BinaryRunner.run(["info", "--model", "nosuchmodel"], environment: noModel)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no model named nosuchmodel"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("minilm, multilingual-e5-small"))
        let missingFile = try BinaryRunner.run(["info", "--model", "/nonexistent/model.gguf"], environment: noModel)
        #expect(missingFile.status == 1)
        #expect(missingFile.stderr.contains("/nonexistent/model.gguf"))
    }
}
