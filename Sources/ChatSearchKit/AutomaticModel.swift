import ChatSearchCore
import Foundation

/// The model follows the chat: when neither `--model` nor `$CHATSEARCH_MODEL` names one and the loaded
/// conversations (or a query given up front) are mostly in languages the default English model does not
/// cover (`ModelChoiceRule`), the built-in multilingual model is used instead, and a notice says which,
/// why and how to override it. One model serves every loaded conversation; the index keeps each
/// model's vectors apart, so switching back and forth re-embeds nothing twice.
public struct AutomaticModel: Sendable, Equatable {
    /// The model file to use.
    public var path: String
    /// The built-in model chosen, or nil when the default stays.
    public var chosen: BuiltInModel?
    /// The line for stderr (and the TUI's status line), nil when the default stays.
    public var notice: String?

    /// The multilingual model the rule switches to.
    public static let multilingual = ModelCatalogue.multilingualE5

    /// Decides from the conversations and queries when the settings leave the model to ChatSearch.
    public static func choose(_ engine: EngineSettings, conversations: [Conversation], queries: [String] = [],
                              threshold: Double = ModelChoiceRule.defaultThreshold) -> AutomaticModel {
        let keep = AutomaticModel(path: engine.modelPath, chosen: nil, notice: nil)
        guard engine.automaticModel else { return keep }
        let rule = ModelChoiceRule(turns: conversations.flatMap { $0.turns.map(\.text) }, queries: queries, threshold: threshold)
        guard rule.wantsMultilingual else { return keep }
        let m = multilingual
        let fallback = ModelCatalogue.default.name
        guard m.isSetUp else {
            return AutomaticModel(path: engine.modelPath, chosen: nil,
                                  notice: Reporter.line(.note, "\(rule.reason), which \(fallback) (English) does not cover; the multilingual model \(m.name) is not set up (`make setup`), so \(fallback) is used"))
        }
        return AutomaticModel(path: m.path, chosen: m,
                              notice: Reporter.line(.info, "using \(m.name): \(rule.reason), which \(fallback) (English only) does not cover; --model \(fallback) or $CHATSEARCH_MODEL overrides"))
    }

    /// The model's name for the TUI's status line: "multilingual-e5-small (auto: not English)".
    public func statusName(_ name: String) -> String { chosen == nil ? name : "\(name) (auto: not English; --model overrides)" }
}
