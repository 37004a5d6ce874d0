import Testing
@testable import ChatSearchCore
import Foundation
import TestSupport

@Suite struct IndexHashTests {
    @Test func sha256KnownVectors() {
        #expect(Digest.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Digest.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Digest.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(Digest.hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
            == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
        #expect(Digest.hex("héllo 世界") == "41fdd4962650507e535fde55a87df81f9d8a7e12e5663ac3012caaa20432f621")
    }

    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
    ])
    func sha256PaddingBoundaries(length: Int, expected: String) {
        #expect(Digest.hex(data: [UInt8](repeating: UInt8(ascii: "a"), count: length)) == expected)
    }

    @Test func sha256OfAFileStreamedInPieces() throws {
        // A million "a" (FIPS 180-2's long vector) plus a few, so the file ends inside a read.
        let dir = TestPaths.temporaryDirectory("digest")
        let file = dir.appendingPathComponent("a.bin")
        try Data(repeating: UInt8(ascii: "a"), count: 1_000_000).write(to: file)
        #expect(try Digest.hex(ofFile: file.path) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        try Data(repeating: UInt8(ascii: "a"), count: (1 << 20) + 3).write(to: file)
        #expect(try Digest.hex(ofFile: file.path) == Digest.hex(data: [UInt8](repeating: UInt8(ascii: "a"), count: (1 << 20) + 3)))
        #expect(throws: (any Error).self) { try Digest.hex(ofFile: dir.appendingPathComponent("missing").path) }
    }

    @Test func conversationHashIsStableAndSensitive() {
        let base = Conversation(id: "c1", title: "Trip", turns: [
            Turn(id: "t1", speaker: "ann", time: "2024-05-01", text: "hello", session: "s1"),
            Turn(id: "t2", speaker: "bob", text: "hi"),
        ], source: "/a/b.json")
        let h = ConversationHash.of(base)
        #expect(h.count == 64)
        #expect(h == ConversationHash.of(base))

        // The source is not part of the content.
        var moved = base
        moved.source = "/elsewhere.json"
        #expect(ConversationHash.of(moved) == h)

        // Every field counts.
        var variants: [Conversation] = []
        var v = base; v.id = "c2"; variants.append(v)
        v = base; v.title = nil; variants.append(v)
        v = base; v.title = ""; variants.append(v)
        v = base; v.turns[0].id = "tx"; variants.append(v)
        v = base; v.turns[0].speaker = nil; variants.append(v)
        v = base; v.turns[0].time = "2024-05-02"; variants.append(v)
        v = base; v.turns[0].session = nil; variants.append(v)
        v = base; v.turns[1].text = "hi!"; variants.append(v)
        v = base; v.turns.swapAt(0, 1); variants.append(v)
        v = base; v.turns.removeLast(); variants.append(v)
        let hashes = Set(variants.map(ConversationHash.of))
        #expect(hashes.count == variants.count)
        #expect(!hashes.contains(h))
    }

    @Test func conversationHashIsUnambiguousAtFieldBoundaries() {
        // Moving characters between adjacent fields must change the hash.
        let a = Conversation(id: "ab", title: "c", turns: [Turn(id: "x", speaker: "y", text: "z")])
        let b = Conversation(id: "a", title: "bc", turns: [Turn(id: "x", speaker: "y", text: "z")])
        let c = Conversation(id: "ab", title: "c", turns: [Turn(id: "xy", speaker: nil, text: "z")])
        let d = Conversation(id: "ab", title: "c", turns: [Turn(id: "x", speaker: "", text: "yz")])
        let all = [a, b, c, d].map(ConversationHash.of)
        #expect(Set(all).count == 4)
    }
}
