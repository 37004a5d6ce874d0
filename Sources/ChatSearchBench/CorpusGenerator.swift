import ChatSearchCore
import Foundation

/// Deterministic synthetic chat data (same seed, same bytes): English-like sentences from a small
/// built-in word list and invented topic words. Not real conversations; shaped like them: short user
/// questions, long assistant answers with paragraphs and lists, chat turns of a line or two.
public struct CorpusGenerator {
    private var rng: SplitMix64

    public init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    static let common = """
        the a of and to in is it that for on with as you this be are or can at by from not have your \
        but if will one all more when what so which there use about would like time how should they \
        also just make first then some because only other into than could need way well after most \
        good new see may any these over two very think where same much before each through want help \
        work start try keep better long small every next both still without while those around
        """.split(separator: " ").map(String.init)
    static let nouns = """
        plan recipe budget garden trip project schedule sauce oven flight hotel meeting report draft \
        function error server database query index test build release bike route tent map battery \
        letter invoice contract lease landlord deposit kitchen window paint wall floor lamp cable \
        camera lens photo album song guitar lesson exam essay chapter story character scene dinner
        """.split(separator: " ").map(String.init)
    static let verbs = """
        check add remove change move write read send cook bake fix test run open close book pay \
        call ask plant water cut measure compare choose order pack clean replace install update
        """.split(separator: " ").map(String.init)

    /// A query made of words the generator writes (a verb and two nouns of its lists), so that lexical
    /// search finds turns in every corpus it makes.
    public static let query = "cook dinner in the oven"

    mutating func pick(_ words: [String]) -> String { words[Int(rng.next() % UInt64(words.count))] }
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(rng.next() % UInt64(range.count)) }

    /// An invented word of two or three syllables (a topic of one conversation).
    mutating func inventedWord() -> String {
        let onsets = ["b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "st", "tr"]
        let vowels = ["a", "e", "i", "o", "u", "ai", "ou"]
        return (0..<int(2...3)).map { _ in pick(onsets) + pick(vowels) }.joined()
    }

    mutating func sentence(topics: [String]) -> String {
        var words: [String] = []
        for _ in 0..<int(6...22) {
            switch rng.next() % 10 {
            case 0, 1: words.append(pick(Self.nouns))
            case 2: words.append(pick(Self.verbs))
            case 3: words.append(pick(topics))
            default: words.append(pick(Self.common))
            }
        }
        if rng.next() % 6 == 0 { words.append(String(int(2...2000))) }
        let s = words.joined(separator: " ")
        return s.prefix(1).uppercased() + s.dropFirst() + (rng.next() % 5 == 0 ? "?" : ".")
    }

    mutating func paragraph(topics: [String], sentences: ClosedRange<Int>) -> String {
        (0..<int(sentences)).map { _ in sentence(topics: topics) }.joined(separator: " ")
    }

    /// A user's message: a sentence or a few.
    mutating func question(topics: [String]) -> String { paragraph(topics: topics, sentences: 1...4) }

    /// An assistant's answer: two to nine paragraphs, some of them numbered lists.
    mutating func answer(topics: [String]) -> String {
        var parts: [String] = []
        for _ in 0..<int(2...9) {
            if rng.next() % 4 == 0 {
                parts.append((1...int(3...7)).map { "\($0). " + sentence(topics: topics) }.joined(separator: "\n"))
            } else {
                parts.append(paragraph(topics: topics, sentences: 2...7))
            }
        }
        return parts.joined(separator: "\n\n")
    }

    /// Text of about `bytes` bytes (one long message).
    public mutating func longText(bytes: Int) -> String {
        let topics = (0..<4).map { _ in inventedWord() }
        var out = ""
        out.reserveCapacity(bytes + 200)
        while out.utf8.count < bytes { out += paragraph(topics: topics, sentences: 3...8) + "\n\n" }
        return String(decoding: Array(out.utf8.prefix(bytes)), as: UTF8.self)
    }

    /// A ChatGPT data export (`conversations.json`): each conversation a chain of user and assistant
    /// messages in a `mapping` tree, with `current_node` at its leaf.
    public mutating func writeChatGPTArchive(conversations: Int, to path: String) throws {
        var items: [[String: Any]] = []
        var clock = 1_700_000_000.0
        for c in 0..<conversations {
            let topics = (0..<3).map { _ in inventedWord() }
            var mapping: [String: Any] = [:]
            let root = "c\(c)-root"
            mapping[root] = ["id": root, "message": NSNull(), "parent": NSNull(), "children": ["c\(c)-m0"]] as [String: Any]
            let turns = int(1...8) * 2
            var parent = root
            for t in 0..<turns {
                let id = "c\(c)-m\(t)"
                clock += Double(int(5...4000))
                let role = t % 2 == 0 ? "user" : "assistant"
                let text = role == "user" ? question(topics: topics) : answer(topics: topics)
                let message: [String: Any] = [
                    "id": id, "author": ["role": role, "metadata": [:] as [String: Any]], "create_time": clock,
                    "content": ["content_type": "text", "parts": [text]], "status": "finished_successfully",
                    "metadata": [:] as [String: Any],
                ]
                let children = t + 1 < turns ? ["c\(c)-m\(t + 1)"] : []
                mapping[id] = ["id": id, "message": message, "parent": parent, "children": children] as [String: Any]
                parent = id
            }
            items.append(["title": "\(pick(Self.verbs)) \(topics[0]) \(pick(Self.nouns))", "create_time": clock,
                          "update_time": clock, "mapping": mapping, "current_node": parent, "conversation_id": "conv-\(c)"])
        }
        let data = try JSONSerialization.data(withJSONObject: items, options: [.sortedKeys])
        try data.write(to: URL(fileURLWithPath: path))
    }

    /// A ChatGPT export of at least `bytes` bytes, shaped as `writeChatGPTArchive` writes it, written one
    /// conversation at a time (never held whole); returns the conversations and turns written.
    public mutating func writeLargeChatGPTExport(bytes: Int, to path: String) throws -> (conversations: Int, turns: Int) {
        FileManager.default.createFile(atPath: path, contents: nil)
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? file.close() }
        var written = 1, c = 0, turnCount = 0
        var clock = 1_700_000_000.0
        try file.write(contentsOf: Data("[".utf8))
        while written < bytes {
            let topics = (0..<3).map { _ in inventedWord() }
            var mapping: [String: Any] = [:]
            let root = "c\(c)-root"
            mapping[root] = ["id": root, "message": NSNull(), "parent": NSNull(), "children": ["c\(c)-m0"]] as [String: Any]
            var parent = root
            for t in 0..<10 {
                let id = "c\(c)-m\(t)"
                clock += Double(int(5...4000))
                let role = t % 2 == 0 ? "user" : "assistant"
                let message: [String: Any] = [
                    "id": id, "author": ["role": role], "create_time": clock,
                    "content": ["content_type": "text", "parts": [role == "user" ? question(topics: topics) : answer(topics: topics)]],
                ]
                mapping[id] = ["id": id, "message": message, "parent": parent, "children": t < 9 ? ["c\(c)-m\(t + 1)"] : []] as [String: Any]
                parent = id
            }
            let item: [String: Any] = ["title": "\(pick(Self.verbs)) \(topics[0])", "create_time": clock, "mapping": mapping,
                                       "current_node": parent, "conversation_id": "conv-\(c)"]
            var data = try JSONSerialization.data(withJSONObject: item, options: [.sortedKeys])
            if c > 0 { data.insert(UInt8(ascii: ","), at: 0) }
            try file.write(contentsOf: data)
            written += data.count
            c += 1
            turnCount += 10
        }
        try file.write(contentsOf: Data("]".utf8))
        return (c, turnCount)
    }

    /// A chat corpus in JSON Lines: `turns` turns in conversations of 20 to 400 short messages between
    /// two people.
    public mutating func writeChat(turns: Int, to path: String) throws {
        var out = ""
        var written = 0
        var c = 0
        var clock = 1_700_000_000
        let formatter = ISO8601DateFormatter()
        while written < turns {
            let topics = (0..<3).map { _ in inventedWord() }
            let people = [inventedWord().capitalized, inventedWord().capitalized]
            for t in 0..<min(int(20...400), turns - written) {
                clock += int(10...3000)
                let line: [String: Any] = [
                    "conversation": "chat-\(c)", "id": "\(t + 1)", "speaker": people[int(0...1)],
                    "time": formatter.string(from: Date(timeIntervalSince1970: TimeInterval(clock))),
                    "text": paragraph(topics: topics, sentences: 1...2),
                ]
                out += String(decoding: try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]), as: UTF8.self) + "\n"
                written += 1
            }
            c += 1
        }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
