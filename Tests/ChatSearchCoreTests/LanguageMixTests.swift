import Foundation
import Testing
@testable import ChatSearchCore

/// The script and language guess behind the automatic model choice (`LanguageMix`, `ModelChoiceRule`),
/// on the chats of SampleData as the loaders read them.
@Suite struct LanguageMixTests {
    private let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SampleData").path

    private func turns(_ file: String) throws -> [String] {
        try ConversationLoader.load(file: folder + "/" + file).flatMap { $0.turns.map(\.text) }
    }

    @Test func scriptsOfTurns() {
        #expect(LanguageMix.dominantScript("这个地方怎么样,Bella Italia?看起来不错。") == .cjk)
        #expect(LanguageMix.dominantScript("좋은 레스토랑 추천은 무엇인가요?") == .hangul)
        #expect(LanguageMix.dominantScript("Когда придёт мастер?") == .cyrillic)
        #expect(LanguageMix.dominantScript("مرحبا كيف حالك") == .arabic)
        #expect(LanguageMix.dominantScript("क्या हाल है") == .indic)
        #expect(LanguageMix.dominantScript("Sounds good, see you at 7!") == .latin)
        #expect(LanguageMix.dominantScript("👍 12:30 !!") == nil)
    }

    @Test func latinLanguageGuess() {
        #expect(LanguageMix.latinLanguage("Wann kommt der Techniker morgen?") == "German")
        #expect(LanguageMix.latinLanguage("¿Dónde está el restaurante? Hay que reservar para las ocho") == "Spanish")
        #expect(LanguageMix.latinLanguage("C'est très bien, je suis dans le train") == "French")
        #expect(LanguageMix.latinLanguage("What is the name of the restaurant you liked?") == "English")
        #expect(LanguageMix.latinLanguage("ok lol") == "English")
        #expect(LanguageMix.outsideEnglish("How about this place, Bella Italia?") == nil)
        #expect(LanguageMix.outsideEnglish("有什么好的餐馆推荐?") == "Chinese or Japanese")
        #expect(LanguageMix.outsideEnglish("🎉") == nil)
    }

    @Test func theSeedsChineseDemoWantsTheMultilingualModelAndItsEnglishOneDoesNot() throws {
        let zh = ModelChoiceRule(turns: try turns("dinner-plans-zh.json"))
        #expect(zh.wantsMultilingual)
        #expect(zh.outsideShare == 1, "\(zh)")
        #expect(zh.reason == "100% of the loaded turns are not English (mostly Chinese or Japanese)")
        let en = ModelChoiceRule(turns: try turns("dinner-plans.json"))
        #expect(!en.wantsMultilingual)
        #expect(en.outsideShare == 0, "\(en)")
        #expect(ModelChoiceRule(turns: try turns("busan-trip-ko.json")).mainOutside == "Korean")
    }

    @Test func aQueryOutsideEnglishWantsTheMultilingualModelOverAnEnglishChat() throws {
        let rule = ModelChoiceRule(turns: try turns("dinner-plans.json"), queries: ["好的餐馆?"])
        #expect(rule.wantsMultilingual)
        #expect(rule.reason == "the query is Chinese or Japanese")
        #expect(!ModelChoiceRule(turns: try turns("dinner-plans.json"), queries: ["good restaurant?"]).wantsMultilingual)
    }

    /// A mixed archive gets one model by the share of its turns: all of SampleData (three chats of 35
    /// not in English) stays with the English model; the Chinese demo with its English twin (half and
    /// half) gets the multilingual one.
    @Test func aMixedArchiveIsDecidedByTheShareOfItsTurns() throws {
        let all = ConversationLoader.load(paths: [folder]).conversations.flatMap { $0.turns.map(\.text) }
        let archive = ModelChoiceRule(turns: all)
        #expect(!archive.wantsMultilingual, "\(archive.outsideShare)")
        #expect(archive.outsideShare > 0)
        let pair = ModelChoiceRule(turns: try turns("dinner-plans.json") + turns("dinner-plans-zh.json"))
        #expect(pair.wantsMultilingual && abs(pair.outsideShare - 0.5) < 1e-9)
        #expect(!ModelChoiceRule(turns: []).wantsMultilingual)
    }

    @Test func longArchivesAreSampledEvenly() {
        let turns = (0..<50_000).map { $0 % 2 == 0 ? "好的" : "fine by me" }
        let rule = ModelChoiceRule(turns: turns)
        #expect(rule.counted <= ModelChoiceRule.sampledTurns)
        #expect(abs(rule.outsideShare - 0.5) < 0.01)
    }
}
