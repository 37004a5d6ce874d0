import Foundation
import Testing
@testable import ChatSearchCore

@Suite struct LoaderTests {
    private func detect(_ relative: String) throws -> ChatFormat? {
        let path = formatsFixture(relative)
        return ConversationLoader.detect(path: path, data: try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func detectsEachFormatFromContent() throws {
        #expect(try detect("good/strings.json") == .strings)
        #expect(try detect("good/canonical.json") == .canonical)
        #expect(try detect("good/single.json") == .canonical)
        #expect(try detect("good/turns.jsonl") == .jsonl)
        #expect(try detect("good/conversations.json") == .chatgpt)
        #expect(try detect("good/meeting.txt") == .transcript)
        #expect(try detect("good/whatsapp-ios.txt") == .whatsapp)
        #expect(try detect("good/whatsapp-android.txt") == .whatsapp)
        #expect(try detect("good/locomo-mini.json") == .locomo)
        #expect(try detect("bad/wrong-shape.json") == nil)
        #expect(try detect("bad/truncated.json") == .canonical)
        #expect(try detect("bad/bad-line.jsonl") == .jsonl)
        #expect(try detect("bad/chatgpt-truncated.json") == .chatgpt)
        #expect(ConversationLoader.detect(path: "x.json", data: Data()) == nil)
    }

    @Test func contentWinsOverTheExtension() {
        let whatsapp = Data("[1/2/24, 10:00:00] Ann: hi\n".utf8)
        #expect(ConversationLoader.detect(path: "chat.json", data: whatsapp) == .whatsapp)
        let strings = Data(#"["a", "b"]"#.utf8)
        #expect(ConversationLoader.detect(path: "notes.txt", data: strings) == .strings)
        #expect(ConversationLoader.detect(path: "plain.txt", data: Data("no speakers here".utf8)) == .transcript)
        #expect(ConversationLoader.detect(path: "plain.log", data: Data("no speakers here".utf8)) == nil)
    }

    @Test func formatOverrideIsUsed() throws {
        // A strings file read as a transcript is one unnamed turn holding the whole text.
        let conversations = try ConversationLoader.load(file: formatsFixture("good/strings.json"), format: .transcript)
        #expect(conversations.count == 1)
        #expect(conversations[0].turns.count == 1)
        #expect(conversations[0].speakers == [nil])
        #expect(throws: LoadProblem.self) {
            try ConversationLoader.load(file: formatsFixture("good/canonical.json"), format: .strings)
        }
    }

    @Test func truncatedJSONIsReportedWithItsLine() {
        let path = formatsFixture("bad/truncated.json")
        do {
            _ = try ConversationLoader.load(file: path)
            Issue.record("expected a problem")
        } catch {
            #expect(error.path == path)
            #expect(error.line == 4)
            #expect(error.reason.contains("invalid JSON"))
            #expect(error.description.hasPrefix("\(path):4: invalid JSON"))
        }
        let result = ConversationLoader.load(paths: [formatsFixture("bad/chatgpt-truncated.json")])
        #expect(result.conversations.isEmpty)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.line == 1)
    }

    @Test func badJSONLinesAreSkippedAndTheRestLoads() throws {
        let path = formatsFixture("bad/bad-line.jsonl")
        let result = ConversationLoader.load(paths: [path])
        #expect(result.conversations.count == 1)
        #expect(result.conversations.first?.texts == ["first", "last"])
        #expect(result.problems.map(\.line) == [2, 3, 4])
        #expect(result.problems.allSatisfy { $0.path == path })
        #expect(throws: LoadProblem.self) { try ConversationLoader.load(file: path) }
    }

    @Test func invalidUTF8IsReportedAndLoadedWithReplacementCharacters() {
        let path = formatsFixture("bad/invalid-utf8.txt")
        let result = ConversationLoader.load(paths: [path])
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.line == 2)
        #expect(result.problems.first?.reason.contains("invalid UTF-8") == true)
        #expect(result.conversations.first?.texts == ["olá", "caf\u{FFFD} au lait", "fine"])
        #expect(throws: LoadProblem.self) { try ConversationLoader.load(file: path) }
    }

    @Test func wrongShapesAreProblems() {
        let wrong = ConversationLoader.load(paths: [formatsFixture("bad/wrong-shape.json")])
        #expect(wrong.conversations.isEmpty)
        #expect(wrong.problems.first?.reason.contains("JSON of an unknown shape") == true)

        let forced = ConversationLoader.load(paths: [formatsFixture("bad/wrong-shape.json")], format: .canonical)
        #expect(forced.conversations.isEmpty)
        #expect(forced.problems.first?.reason.contains("\"turns\"") == true)

        let badTurn = ConversationLoader.load(paths: [formatsFixture("bad/canonical-bad-turn.json")])
        #expect(badTurn.conversations.first?.texts == ["ok"])
        #expect(badTurn.problems.count == 1)
        #expect(badTurn.problems.first?.line == 7)

        for format in [ChatFormat.chatgpt, .locomo, .strings] {
            let r = ConversationLoader.load(paths: [formatsFixture("good/single.json")], format: format)
            #expect(r.conversations.isEmpty, "\(format)")
            #expect(r.problems.count == 1, "\(format)")
        }
    }

    @Test func folderRecursionSkipsHiddenAndBadFilesButLoadsTheRest() {
        let folder = formatsFixture("mixed")
        let result = ConversationLoader.load(paths: [folder])
        #expect(result.files == [
            folder + "/a-good.json", folder + "/b-broken.json", folder + "/sub/blank.txt",
            folder + "/sub/c-good.txt", folder + "/sub/empty.json",
        ])
        #expect(result.conversations.map(\.id) == ["good-a", "c-good"])
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.path == folder + "/b-broken.json")
        #expect(result.problems.first?.line == 2)
    }

    @Test func hiddenFilesAndFoldersAreSkipped() throws {
        let turn = Data(#"{"id": "ID", "turns": [{"text": "x"}]}"#.utf8)
        let folder = try makeTemporaryFolder([
            "b.json": turn, ".hidden.json": turn, ".git/c.json": turn, "sub/.d.json": turn, "sub/a.json": turn,
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = ConversationLoader.load(paths: [folder])
        #expect(result.files == [folder + "/b.json", folder + "/sub/a.json"])
    }

    @Test func emptyFilesLoadNothingWithoutProblems() throws {
        let result = ConversationLoader.load(paths: [formatsFixture("mixed/sub/empty.json"), formatsFixture("mixed/sub/blank.txt")])
        #expect(result.conversations.isEmpty)
        #expect(result.problems.isEmpty)
        #expect(try ConversationLoader.load(file: formatsFixture("mixed/sub/empty.json"), format: .chatgpt).isEmpty)
    }

    @Test func missingPathIsAProblem() {
        let result = ConversationLoader.load(paths: ["/nonexistent/chat.json"])
        #expect(result.problems == [LoadProblem(path: "/nonexistent/chat.json", reason: "no such file or folder")])
        #expect(result.problems.first?.description == "/nonexistent/chat.json: no such file or folder")
    }

    @Test func duplicateIDsAreMadeUniqueDeterministically() {
        let result = ConversationLoader.load(paths: [formatsFixture("dup")])
        #expect(result.conversations.map(\.id) == ["trip", "trip@trip.json", "trip@trip.txt"])
        #expect(result.conversations.map(\.texts) == [["one"], ["two"], ["three"]])
        let again = ConversationLoader.load(paths: [formatsFixture("dup/two/trip.json"), formatsFixture("dup")])
        #expect(again.conversations.map(\.id) == ["trip", "trip@trip.json", "trip@trip.txt"])
        #expect(again.files.count == 3)  // a file named twice is read once
        var ids = UniqueIDs()
        #expect(["a", "a", "a", "a@f.json"].map { ids.claim($0, file: "/x/f.json") } == ["a", "a@f.json", "a@f.json#2", "a@f.json@f.json"])
    }

    @Test func sourceIsTheFilePath() {
        let path = formatsFixture("good/turns.jsonl")
        let result = ConversationLoader.load(paths: [path])
        #expect(result.conversations.allSatisfy { $0.source == path })
        #expect(result.files == [path])
    }
}

// MARK: - Helpers

/// Path of a file under Fixtures/formats/.
func formatsFixture(_ relative: String) -> String {
    let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    return root.appendingPathComponent("formats").appendingPathComponent(relative).path
}

/// A fresh temporary folder with the given files (relative path -> bytes), removed by the caller.
func makeTemporaryFolder(_ files: [String: Data]) throws -> String {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("chatsearch-formats-\(UUID().uuidString)")
    for (relative, data) in files {
        let url = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }
    return folder.path
}

extension Conversation {
    var texts: [String] { turns.map(\.text) }
    var speakers: [String?] { turns.map(\.speaker) }
    var turnIDs: [String] { turns.map(\.id) }
}
