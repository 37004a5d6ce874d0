import ChatSearchCore
import Foundation

enum TUIBridge {
    static func run(input: InputOptions, model: ModelOptions, recipe: RecipeOptions, scoring: ScoringOptions, index: IndexOptions) throws -> Int32 {
        throw Failure(message: "the terminal UI is not built yet", status: ExitStatus.failure)
    }
}
