/// Which languages a chat is written in, as far as choosing an embedding model needs to know: the
/// script of each turn's letters and, for Latin script, a stop-word guess of the language. Pure and
/// cheap (one pass over the letters), so it can run on every start.
///
/// The rule (`ModelChoiceRule`): a turn is *outside English* when most of its letters (a Chinese or
/// Japanese character counting as three, a Hangul syllable as two) are in a script other than Latin (CJK, Hangul, Cyrillic, Arabic, Devanagari, ...), or when it is in Latin script and
/// holds more stop words of one other language (Spanish, German, French, Italian, Portuguese, Dutch,
/// Turkish, Vietnamese, Indonesian) than of English. A turn without letters (emoji, numbers) does not
/// count. The multilingual model is chosen when at least `threshold` of the counted turns, over every
/// loaded conversation together, are outside English, or when a query given up front is.
public enum LanguageMix {
    /// A writing system, by Unicode block.
    public enum Script: String, Sendable, CaseIterable {
        case latin, cjk, hangul, cyrillic, greek, arabic, hebrew, indic, thai, other

        /// What the user reads in the notice ("Chinese or Japanese", ...).
        public var description: String {
            switch self {
            case .latin: return "Latin-script"
            case .cjk: return "Chinese or Japanese"
            case .hangul: return "Korean"
            case .cyrillic: return "Cyrillic-script"
            case .greek: return "Greek"
            case .arabic: return "Arabic-script"
            case .hebrew: return "Hebrew"
            case .indic: return "Indic-script"
            case .thai: return "Thai"
            case .other: return "non-Latin"
            }
        }
    }

    /// The script of one letter (nil: not a letter of a script told apart here, e.g. digits, emoji).
    public static func script(of s: Unicode.Scalar) -> Script? {
        let v = s.value
        switch v {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return v == 0xD7 || v == 0xF7 ? nil : .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x400...0x52F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return .cyrillic
        case 0x590...0x5FF: return .hebrew
        case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0x900...0xDFF: return .indic
        case 0xE00...0xE7F: return .thai
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: return .hangul
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: return .cjk
        case 0x530...0x58F, 0x10A0...0x10FF, 0x1200...0x139F, 0x0E80...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF: return .other
        default: return nil
        }
    }

    /// How many Latin letters one letter of the script is worth: a Chinese or Japanese character holds
    /// about a word (three), a Hangul syllable about two letters' worth; so "这个地方怎么样,Bella Italia?"
    /// is Chinese.
    static func weight(_ s: Script) -> Int { s == .cjk ? 3 : s == .hangul ? 2 : 1 }

    /// The script most of the text's letters are in, weighed by `weight` (nil: no letters).
    public static func dominantScript(_ text: String) -> Script? {
        var counts: [Script: Int] = [:]
        for s in text.unicodeScalars { if let c = script(of: s) { counts[c, default: 0] += weight(c) } }
        // Ties go to Latin (the default model's), then to the order of `Script.allCases`.
        return Script.allCases.max { (counts[$0] ?? 0, $0 == .latin ? 1 : 0) < (counts[$1] ?? 0, $1 == .latin ? 1 : 0) }
            .flatMap { (counts[$0] ?? 0) > 0 ? $0 : nil }
    }

    /// Frequent short words that tell Latin-script languages apart (common English words left out).
    static let stopWords: [String: Set<String>] = [
        "English": ["the", "and", "is", "are", "was", "you", "that", "this", "with", "have", "what", "for", "it's", "i'm",
                    "not", "but", "they", "we", "of", "to", "in", "be", "do", "my", "your", "how", "when", "where", "there"],
        "Spanish": ["el", "la", "los", "las", "que", "es", "y", "de", "en", "un", "una", "por", "para", "con", "qué",
                    "está", "pero", "muy", "yo", "tú", "se", "lo", "del", "al", "cómo", "dónde", "hay", "mañana"],
        "German": ["der", "das", "und", "ist", "nicht", "ich", "du", "wir", "ein", "eine", "mit", "auf", "für",
                   "aber", "auch", "noch", "wann", "wie", "kommt", "morgen", "schon", "den", "dem", "zu", "sie"],
        "French": ["le", "les", "et", "est", "une", "des", "pas", "je", "tu", "nous", "vous", "avec", "pour", "dans",
                   "mais", "ce", "c'est", "qui", "très", "oui", "sur", "du", "au"],
        "Italian": ["il", "gli", "che", "è", "di", "per", "non", "sono", "una", "con", "ma", "anche", "molto", "della",
                    "questo", "ciao", "perché", "cosa"],
        "Portuguese": ["o", "os", "que", "é", "não", "um", "uma", "com", "para", "em", "mas", "você", "eu", "muito",
                       "está", "isso", "obrigado", "também"],
        "Dutch": ["de", "het", "een", "en", "niet", "ik", "je", "wij", "met", "voor", "maar", "ook", "wat", "dat", "zijn"],
        "Turkish": ["ve", "bir", "bu", "için", "çok", "ne", "mi", "ben", "sen", "ama", "değil", "var", "yok", "gibi"],
        "Vietnamese": ["và", "là", "của", "có", "không", "tôi", "bạn", "được", "này", "cho", "những", "một", "với"],
        "Indonesian": ["dan", "yang", "ini", "itu", "tidak", "saya", "kamu", "dengan", "untuk", "ada", "akan", "juga", "sudah"],
    ]

    /// The Latin-script language a text's stop words point to: English unless another language has more
    /// of its stop words in the text (so a text with none, like "ok 👍", is English).
    public static func latinLanguage(_ text: String) -> String {
        var hits: [String: Int] = [:]
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            for (language, words) in stopWords where words.contains(word) { hits[language, default: 0] += 1 }
            word = ""
        }
        for ch in text.lowercased() {
            if ch.isLetter || ch == "'" || ch == "’" { word.append(ch == "’" ? "'" : ch) } else { flush() }
        }
        flush()
        let english = hits["English"] ?? 0
        let best = hits.filter { $0.key != "English" }.max { ($0.value, $1.key) < ($1.value, $0.key) }
        guard let b = best, b.value > english else { return "English" }
        return b.key
    }

    /// The language (or script) of one text when the default English model does not cover it; nil when it
    /// does or the text has no letters.
    public static func outsideEnglish(_ text: String) -> String? {
        guard let s = dominantScript(text) else { return nil }
        if s != .latin { return s.description }
        let l = latinLanguage(text)
        return l == "English" ? nil : l
    }
}

/// How many loaded turns are outside English, and whether that calls for the multilingual model.
public struct ModelChoiceRule: Sendable, Equatable {
    /// Turns with letters, and of them the ones outside English, by language or script.
    public var counted = 0
    public var outside: [String: Int] = [:]
    /// A query given up front that is outside English, and its language.
    public var queryLanguage: String?
    public let threshold: Double

    /// The share of the counted turns outside English at which the multilingual model is chosen.
    public static let defaultThreshold = 0.25
    /// At most this many turns are read, evenly spaced over the loaded ones.
    public static let sampledTurns = 20_000

    public init(threshold: Double = Self.defaultThreshold) { self.threshold = threshold }

    /// Reads the turns (a sample of at most `sampledTurns`, evenly spaced) and the queries.
    public init(turns: [String], queries: [String] = [], threshold: Double = Self.defaultThreshold) {
        self.init(threshold: threshold)
        let step = max(1, (turns.count + Self.sampledTurns - 1) / Self.sampledTurns)
        for i in stride(from: 0, to: turns.count, by: step) { add(turns[i]) }
        queryLanguage = queries.lazy.compactMap(LanguageMix.outsideEnglish).first
    }

    public mutating func add(_ turn: String) {
        guard LanguageMix.dominantScript(turn) != nil else { return }
        counted += 1
        if let l = LanguageMix.outsideEnglish(turn) { outside[l, default: 0] += 1 }
    }

    public var outsideShare: Double { counted == 0 ? 0 : Double(outside.values.reduce(0, +)) / Double(counted) }
    /// The most frequent language or script outside English.
    public var mainOutside: String? { outside.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key }

    public var wantsMultilingual: Bool { queryLanguage != nil || (counted > 0 && outsideShare >= threshold) }

    /// Why, in words: "92% of the loaded turns are outside English (mostly Chinese or Japanese)".
    public var reason: String {
        if let q = queryLanguage, !(counted > 0 && outsideShare >= threshold) { return "the query is \(q)" }
        let pct = Int((outsideShare * 100).rounded())
        return "\(pct)% of the loaded turns are not English" + (mainOutside.map { " (mostly \($0))" } ?? "")
    }
}
