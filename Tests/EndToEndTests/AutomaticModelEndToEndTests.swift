import Foundation
import Testing
import TestSupport

/// The model follows the chat: with no `--model` and no `$CHATSEARCH_MODEL`, a Chinese chat is searched
/// with the multilingual model (and stderr says so), an English one with the default; naming a model wins.
@Suite(.serialized)
struct AutomaticModelEndToEndTests {
    let noModel = ["CHATSEARCH_MODEL": ""]
    let index = TestPaths.temporaryDirectory("auto-model-index").appendingPathComponent("index.sqlite").path
    let zh = TestPaths.packageRoot.appendingPathComponent("SampleData/dinner-plans-zh.json").path
    let en = TestPaths.packageRoot.appendingPathComponent("SampleData/dinner-plans.json").path

    func hits(_ stdout: String, mode: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").compactMap { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        }.filter { $0["mode"] as? String == mode }
    }

    @Test(.enabled(if: TestPaths.multilingualModel != nil, Comment(rawValue: TestPaths.multilingualSkipReason)))
    func aChineseChatIsSearchedWithTheMultilingualModel() throws {
        let r = try BinaryRunner.run(["search", zh, "-q", "有什么好的餐馆推荐?", "--top", "5", "--format", "jsonl", "--index", index],
                                     environment: noModel)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("using multilingual-e5-small: 100% of the loaded turns are not English (mostly Chinese or Japanese)"), "\(r.stderr)")
        #expect(r.stderr.contains("--model minilm or $CHATSEARCH_MODEL overrides"))
        // The seed demo's answer, "这个地方怎么样,Bella Italia?看起来不错。", is in the first five of hybrid (5th) and late (4th) with e5; minilm ranked noise first.
        for mode in ["hybrid", "late"] {
            let texts = try hits(r.stdout, mode: mode).compactMap { $0["text"] as? String }
            #expect(texts.contains { $0.contains("Bella Italia") }, "\(mode): \(texts)")
        }
    }

    @Test func anEnglishChatKeepsTheDefaultModelAndNamingAModelWins() throws {
        let r = try BinaryRunner.run(["search", en, "-q", "a good restaurant?", "--top", "1", "--format", "jsonl", "--index", index],
                                     environment: noModel)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(!r.stderr.contains("using multilingual-e5-small"), "\(r.stderr)")
        for (args, env) in [(["--model", "minilm"], noModel), ([], ["CHATSEARCH_MODEL": "minilm"])] {
            let named = try BinaryRunner.run(["search", zh, "-q", "restaurant", "--top", "1", "--format", "jsonl", "--index", index] + args,
                                             environment: env)
            #expect(named.status == 0, "stderr: \(named.stderr)")
            #expect(!named.stderr.contains("using multilingual-e5-small"), "\(args) \(env): \(named.stderr)")
        }
    }
}
