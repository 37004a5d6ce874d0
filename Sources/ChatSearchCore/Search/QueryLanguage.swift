import Foundation

/// What a query asks besides its words: who, where, which app, when, and phrases that must or must
/// not occur. Every part narrows the turns searched (all parts must hold; repeated `from:`, `in:` and
/// `app:` accept any of their values). See docs/query-language.md.
public struct QueryFilter: Sendable, Equatable, Codable {
    public var from: [String] = []
    public var notFrom: [String] = []
    /// Conversation title, id or file name contains one of these.
    public var inConversation: [String] = []
    /// `ChatFormat` raw values.
    public var apps: [String] = []
    /// Inclusive lower and exclusive upper bound of the turn's timestamp, as `YYYY-MM-DD` days.
    public var after: String?
    public var before: String?
    /// The turn must contain each of these (after `QueryFilter.fold`).
    public var phrases: [String] = []
    /// The turn must contain none of these words or phrases.
    public var excluded: [String] = []

    public init() {}

    public var isEmpty: Bool { self == QueryFilter() }
    public var hasDate: Bool { after != nil || before != nil }

    /// Both filters at once.
    public func combined(with other: QueryFilter) -> QueryFilter {
        var f = self
        f.from += other.from
        f.notFrom += other.notFrom
        f.inConversation += other.inConversation
        f.apps += other.apps
        f.phrases += other.phrases
        f.excluded += other.excluded
        f.after = [after, other.after].compactMap { $0 }.max()
        f.before = [before, other.before].compactMap { $0 }.min()
        return f
    }

    /// Case- and accent-insensitive text, every run of characters that are not letters or digits one
    /// space, with a space on either side (so a folded phrase matches whole words only).
    public static func fold(_ s: String) -> String {
        let lowered = s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = " "
        var lastSpace = true
        for ch in lowered {
            if ch.isLetter || ch.isNumber {
                out.append(ch)
                lastSpace = false
            } else if !lastSpace {
                out.append(" ")
                lastSpace = true
            }
        }
        if !lastSpace { out.append(" ") }
        return out
    }

    /// Which conversations pass the parts about conversations (`in:`, `app:`).
    public func matches(conversation c: Conversation) -> Bool {
        if !apps.isEmpty, !apps.contains(c.app ?? "") { return false }
        if !inConversation.isEmpty {
            let haystack = [c.title ?? "", c.id, c.source.map(SourceFile.fileName) ?? ""].map(Self.plain)
            if !inConversation.contains(where: { needle in haystack.contains { $0.contains(Self.plain(needle)) } }) { return false }
        }
        return true
    }

    /// Whether a turn passes the parts about turns (speaker, date, phrases). `foldedText`: `fold(turn.text)`.
    public func matches(turn t: Turn, foldedText: () -> String) -> Bool {
        if !from.isEmpty || !notFrom.isEmpty {
            let speaker = t.speaker.map(Self.plain) ?? ""
            if !from.isEmpty, !from.contains(where: { Self.nameMatches($0, speaker) }) { return false }
            if notFrom.contains(where: { Self.nameMatches($0, speaker) }) { return false }
        }
        if hasDate {
            guard let ts = t.timestamp else { return false }
            if let after, ts < after { return false }
            if let before, ts >= before { return false }
        }
        if !phrases.isEmpty || !excluded.isEmpty {
            let text = foldedText()
            if phrases.contains(where: { !text.contains(Self.fold($0)) }) { return false }
            if excluded.contains(where: { text.contains(Self.fold($0)) }) { return false }
        }
        return true
    }

    /// A name given to `from:` matches a speaker it begins, or one of the speaker's words (`lena` and
    /// `schmidt` both match "Lena Schmidt").
    static func nameMatches(_ name: String, _ plainSpeaker: String) -> Bool {
        let n = plain(name)
        guard !n.isEmpty, !plainSpeaker.isEmpty else { return false }
        return plainSpeaker.hasPrefix(n) || plainSpeaker.split(separator: " ").contains { $0 == n }
    }

    static func plain(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// For every turn of `conversations` in order (the searcher's rows): whether it passes, and how many
    /// turns were left out only because they have no timestamp while a date is asked for.
    public func rows(of conversations: [Conversation]) -> (passes: [Bool], undated: Int) {
        var passes: [Bool] = []
        var undated = 0
        for c in conversations {
            let inside = matches(conversation: c)
            for t in c.turns {
                guard inside else { passes.append(false); continue }
                var folded: String?
                let ok = matches(turn: t) {
                    if folded == nil { folded = Self.fold(t.text) }
                    return folded!
                }
                if !ok, hasDate, t.timestamp == nil {
                    var dateless = self
                    dateless.after = nil
                    dateless.before = nil
                    if dateless.matches(turn: t, foldedText: { folded ?? Self.fold(t.text) }) { undated += 1 }
                }
                passes.append(ok)
            }
        }
        return (passes, undated)
    }
}

/// A query with its filters taken out: `text` is what is embedded and ranked.
public struct ParsedQuery: Sendable, Equatable {
    public var text: String
    public var filter: QueryFilter
}

/// A part of a query that is not a valid filter: the part as typed, and why.
public struct QuerySyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var part: String
    public var reason: String
    public init(part: String, reason: String) {
        self.part = part
        self.reason = reason
    }
    public var description: String { "\(part): \(reason)" }
}

/// The query language of every front end (`search`, the TUI, `eval`): free text, `"exact phrase"`,
/// `-word`, `-"a phrase"`, `from:NAME`, `-from:NAME`, `in:TEXT`, `app:NAME`, `after:DATE`,
/// `before:DATE`, `on:DATE` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). A value with spaces is quoted
/// (`from:"Lena Schmidt"`). A word with a colon whose key is not one of these is text (`ratio 3:1`,
/// `http://x`).
public enum QueryLanguage {
    public static let keys = ["from", "in", "app", "after", "before", "on"]

    /// The apps `app:` accepts: every `ChatFormat`, and `instagram` (read as Messenger).
    public static func app(_ name: String) -> String? {
        let n = name.lowercased()
        if n == "instagram" || n == "facebook" { return ChatFormat.messenger.rawValue }
        if n == "vtt" { return ChatFormat.webvtt.rawValue }
        return ChatFormat(rawValue: n)?.rawValue
    }

    public static func parse(_ query: String) throws(QuerySyntaxError) -> ParsedQuery {
        var filter = QueryFilter()
        var words: [String] = []
        let chars = Array(query)
        var i = 0
        func readQuoted(from start: Int) throws(QuerySyntaxError) -> (String, Int) {
            // chars[start] is the opening quote.
            var j = start + 1
            while j < chars.count, chars[j] != "\"" { j += 1 }
            guard j < chars.count else {
                throw QuerySyntaxError(part: String(chars[start...]), reason: "the quote is not closed")
            }
            return (String(chars[(start + 1)..<j]), j + 1)
        }
        while i < chars.count {
            if chars[i].isWhitespace { i += 1; continue }
            let start = i
            let negated = chars[i] == "-" && i + 1 < chars.count && !chars[i + 1].isWhitespace
            let body = negated ? i + 1 : i
            if chars[body] == "\"" {
                let (phrase, end) = try readQuoted(from: body)
                i = end
                let trimmed = phrase.trimmingCharacters(in: .whitespaces)
                if QueryFilter.fold(trimmed).trimmingCharacters(in: .whitespaces).isEmpty {
                    throw QuerySyntaxError(part: String(chars[start..<end]), reason: "the quotes hold no word")
                }
                if negated { filter.excluded.append(trimmed) } else { filter.phrases.append(trimmed); words.append(trimmed) }
                continue
            }
            // A bare token up to the next space; a key's quoted value may hold spaces.
            var j = body
            while j < chars.count, !chars[j].isWhitespace, chars[j] != ":" { j += 1 }
            let key = String(chars[body..<j]).lowercased()
            if j < chars.count, chars[j] == ":", keys.contains(key) {
                var value: String
                var end: Int
                if j + 1 < chars.count, chars[j + 1] == "\"" {
                    (value, end) = try readQuoted(from: j + 1)
                } else {
                    end = j + 1
                    while end < chars.count, !chars[end].isWhitespace { end += 1 }
                    value = String(chars[(j + 1)..<end])
                }
                i = end
                value = value.trimmingCharacters(in: .whitespaces)
                let part = String(chars[start..<end])
                if value.isEmpty { throw QuerySyntaxError(part: part, reason: "\(key): needs a value") }
                if negated && key != "from" {
                    throw QuerySyntaxError(part: part, reason: "only from: can be negated")
                }
                try apply(key, value, negated: negated, part: part, to: &filter)
                continue
            }
            while j < chars.count, !chars[j].isWhitespace { j += 1 }
            i = j
            let token = String(chars[start..<j])
            if negated, chars[body].isLetter {
                filter.excluded.append(String(chars[body..<j]))
            } else {
                words.append(token)
            }
        }
        return ParsedQuery(text: words.joined(separator: " "), filter: filter)
    }

    /// Adds one filter (`key:value`, already split) to `filter`; the options of `search` come here too.
    public static func apply(_ key: String, _ value: String, negated: Bool = false, part: String? = nil,
                             to filter: inout QueryFilter) throws(QuerySyntaxError) {
        let part = part ?? "\(negated ? "-" : "")\(key):\(value)"
        switch key {
        case "from": if negated { filter.notFrom.append(value) } else { filter.from.append(value) }
        case "in": filter.inConversation.append(value)
        case "app":
            guard let app = app(value) else {
                throw QuerySyntaxError(part: part, reason: "unknown app; one of \(ChatFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            filter.apps.append(app)
        case "after", "before", "on":
            guard let range = dayRange(value) else {
                throw QuerySyntaxError(part: part, reason: "expected a date YYYY, YYYY-MM or YYYY-MM-DD")
            }
            var bound = QueryFilter()
            if key != "before" { bound.after = range.start }
            if key == "before" { bound.before = range.start }
            if key == "on" { bound.before = range.end }
            filter = filter.combined(with: bound)
        default:
            throw QuerySyntaxError(part: part, reason: "unknown filter")
        }
    }

    /// The days `YYYY`, `YYYY-MM` or `YYYY-MM-DD` covers, as `[start, end)` in `YYYY-MM-DD` form.
    public static func dayRange(_ value: String) -> (start: String, end: String)? {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        let n = parts.map { Int($0)! }
        let year = n[0], month = n.count > 1 ? n[1] : 1, day = n.count > 2 ? n[2] : 1
        guard DateParsing.isValid(year: year, month: month, day: day) else { return nil }
        let start = DateParsing.days(year: year, month: month, day: day)
        let end: Int
        switch n.count {
        case 1: end = DateParsing.days(year: year + 1, month: 1, day: 1)
        case 2: end = month == 12 ? DateParsing.days(year: year + 1, month: 1, day: 1) : DateParsing.days(year: year, month: month + 1, day: 1)
        default: end = start + 1
        }
        func text(_ d: Int) -> String { String(DateParsing.utc(seconds: Double(d) * 86_400)?.prefix(10) ?? "9999-12-31") }
        return (text(start), text(end))
    }
}
