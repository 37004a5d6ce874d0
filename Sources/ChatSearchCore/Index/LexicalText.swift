/// What the lexical (FTS5) index holds for a turn, and how a user's query becomes an FTS5 query.
///
/// The FTS5 table uses `tokenize='porter unicode61 remove_diacritics 2'`: unicode61 splits on anything
/// that is not a letter or digit, folds case and diacritics ("Café" = "cafe"), and porter stems English
/// words ("restaurants" = "restaurant").
///
/// CJK: unicode61 has no word segmentation; it treats a run of CJK characters without spaces as one
/// token, so "我们去餐厅吃饭" would be a single token and a query "餐厅" would only match an identical
/// run. To make Chinese, Japanese kana/kanji and Korean searchable, `segmented(_:)` puts a space around
/// every CJK character, in the indexed text and in the query alike, so each character is a token. A CJK run
/// in a query becomes overlapping two-character phrases ("餐厅吃饭" → "餐 厅" OR "厅 吃" OR "吃 饭"), which
/// FTS5 matches only where the characters are adjacent — the usual bigram approach, without a second
/// index. A single CJK character is searched on its own.
public enum LexicalText {
    /// Bump whenever `of(turn:)` or `segmented(_:)` changes: an index built with another version has its
    /// lexical rows rebuilt from the stored turns the next time it is opened.
    public static let version = 1

    /// The text indexed for one turn: "[time] speaker: text", leaving out the parts that are absent.
    public static func of(turn: Turn) -> String {
        var head = ""
        if let time = turn.time, !time.isEmpty { head += "[\(time)] " }
        if let speaker = turn.speaker, !speaker.isEmpty { head += "\(speaker): " }
        return head + turn.text
    }

    /// What is actually handed to FTS5 for a turn: `of(turn:)` with CJK characters spaced apart.
    public static func indexed(turn: Turn) -> String { segmented(of(turn: turn)) }

    /// Puts a space on both sides of every CJK character so that unicode61 makes each one a token.
    public static func segmented(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isCJK) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isCJK(s) {
                out.append(" ")
                out.append(s)
                out.append(" ")
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// Han ideographs, kana, Hangul syllables and Bopomofo: scripts written without spaces between words
    /// (Korean uses spaces, but particles stick to words, so per-syllable tokens help there too).
    public static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3005...0x3007,        // 々 〆 〇
             0x3040...0x309F,        // Hiragana
             0x30A0...0x30FF,        // Katakana
             0x3100...0x312F,        // Bopomofo
             0x31A0...0x31BF,        // Bopomofo extended
             0x31F0...0x31FF,        // Katakana phonetic extensions
             0x3400...0x4DBF,        // CJK extension A
             0x4E00...0x9FFF,        // CJK unified ideographs
             0xAC00...0xD7AF,        // Hangul syllables
             0xF900...0xFAFF,        // CJK compatibility ideographs
             0xFF66...0xFF9F,        // Half-width katakana
             0x20000...0x3134F:      // CJK extensions B–G, compatibility supplement
            return true
        default:
            return false
        }
    }
}

/// Turns free user input into a safe FTS5 query.
///
/// The input is split into words (runs of Unicode letters and digits, with combining marks kept inside a
/// word); English stop words are dropped; every remaining term is put in double quotes (so FTS5 operators
/// such as AND, OR, NOT, NEAR, `*`, `^`, `:`, parentheses and quotes in the input are plain text) and the
/// terms are joined with OR, leaving the ranking to bm25. CJK runs become two-character phrases (see
/// `LexicalText`). Input with no usable term gives `nil`: search nothing.
public enum LexicalQuery {
    public static let stopWords: Set<String> = [
        "a", "about", "am", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could",
        "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "him", "his", "how", "i",
        "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "our", "she", "so", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "us",
        "was", "we", "were", "what", "when", "where", "which", "who", "why", "will", "with", "would",
        "you", "your",
    ]

    /// The terms of a query, each one a word or a CJK bigram (characters separated by a space), in order,
    /// without duplicates (case-insensitive).
    public static func terms(_ input: String) -> [String] {
        var terms: [String] = []
        var seen: Set<String> = []
        func add(_ term: String) {
            let key = term.lowercased()
            if stopWords.contains(key) || seen.contains(key) { return }
            seen.insert(key)
            terms.append(term)
        }
        var word = String.UnicodeScalarView()
        var cjk: [Unicode.Scalar] = []
        func flushWord() {
            if !word.isEmpty { add(String(word)) }
            word = String.UnicodeScalarView()
        }
        func flushCJK() {
            if cjk.count == 1 {
                add(String(Character(cjk[0])))
            } else if cjk.count > 1 {
                for i in 0..<(cjk.count - 1) {
                    var pair = String.UnicodeScalarView()
                    pair.append(cjk[i])
                    pair.append(" ")
                    pair.append(cjk[i + 1])
                    add(String(pair))
                }
            }
            cjk.removeAll()
        }
        for s in input.unicodeScalars {
            if LexicalText.isCJK(s) {
                flushWord()
                cjk.append(s)
            } else if isWordStart(s) || (!word.isEmpty && isMark(s)) {
                flushCJK()
                word.append(s)
            } else if isMark(s) && !cjk.isEmpty {
                continue  // a mark after a CJK character: ignore
            } else {
                flushWord()
                flushCJK()
            }
        }
        flushWord()
        flushCJK()
        return terms
    }

    /// The FTS5 MATCH expression for `input`, or nil when it has no usable term.
    public static func fts(_ input: String) -> String? {
        let t = terms(input)
        if t.isEmpty { return nil }
        // Terms hold only letters, digits, marks and single spaces, never a double quote.
        return t.map { "\"\($0)\"" }.joined(separator: " OR ")
    }

    private static func isWordStart(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    private static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
