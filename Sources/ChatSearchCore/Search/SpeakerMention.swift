import Foundation

/// Which participants a query names. A speaker is named when the query holds the speaker's whole name,
/// or its first word, as words (case and diacritics folded): "What did Caroline say" names "Caroline"
/// and "Caroline Smith". Stop words ("I", "me", ...) never name anyone.
public struct SpeakerMention: Sendable {
    /// Each speaker's name as folded words, read once for every query.
    private let names: [[String]]

    public init(speakers: [String]) {
        names = speakers.map(Self.words)
    }

    public var count: Int { names.count }

    /// Indexes into the speakers of the names the query holds.
    public func named(in query: String) -> Set<Int> {
        let words = Self.words(query)
        if words.isEmpty { return [] }
        let present = Set(words)
        var out: Set<Int> = []
        for (i, parts) in names.enumerated() {
            guard let first = parts.first else { continue }
            if !LexicalQuery.stopWords.contains(first), present.contains(first) {
                out.insert(i)
            } else if parts.count > 1, Self.contains(words, parts) {
                out.insert(i)
            }
        }
        return out
    }

    /// Lower-cased, diacritic-folded words (runs of letters and digits) of a text.
    static func words(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    private static func contains(_ words: [String], _ run: [String]) -> Bool {
        guard run.count <= words.count else { return false }
        for start in 0...(words.count - run.count) where Array(words[start..<(start + run.count)]) == run { return true }
        return false
    }
}
