import ArgumentParser
import ChatSearchCore
import ChatSearchKit

/// The query language's filters as options, for scripts; combined with those written in the query.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only turns by this speaker (a prefix or a whole word of the name; repeatable: any of them).")
    var from: [String] = []
    @Option(name: .customLong("in"), help: "Only conversations whose title, id or file name contains this (repeatable).")
    var inConversation: [String] = []
    @Option(help: "Only conversations read as this format: whatsapp, chatgpt, claude, telegram, slack, ... (repeatable).")
    var app: [String] = []
    @Option(help: "Only turns dated on or after this day, month or year (YYYY, YYYY-MM or YYYY-MM-DD).")
    var after: String?
    @Option(help: "Only turns dated before this day, month or year (exclusive).")
    var before: String?
    @Option(help: "Only turns dated within this day, month or year.")
    var on: String?

    /// The filter these options ask for; a malformed value is a usage error naming it.
    func filter() throws -> QueryFilter {
        var f = QueryFilter()
        let parts: [(String, [String])] = [("from", from), ("in", inConversation), ("app", app),
                                           ("after", after.map { [$0] } ?? []), ("before", before.map { [$0] } ?? []),
                                           ("on", on.map { [$0] } ?? [])]
        do {
            for (key, values) in parts {
                for v in values {
                    if v.isEmpty { throw QuerySyntaxError(part: "--\(key)", reason: "needs a value") }
                    try QueryLanguage.apply(key, v, part: "--\(key) \(v)", to: &f)
                }
            }
        } catch let e as QuerySyntaxError {
            throw Failure(message: "invalid filter \(e.description)", status: ExitStatus.usage)
        }
        return f
    }

    /// Throws a usage error when `query` holds a malformed filter.
    static func check(_ query: String) throws {
        do {
            _ = try QueryLanguage.parse(query)
        } catch {
            throw Failure(message: "invalid filter in query \"\(TerminalText.safe(query))\": \(error.description)", status: ExitStatus.usage)
        }
    }
}
