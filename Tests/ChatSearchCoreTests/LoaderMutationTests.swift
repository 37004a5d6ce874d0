import Foundation
import Testing
@testable import ChatSearchCore

/// Every fixture, truncated at many points and with bytes flipped, loads or fails with a message naming
/// the file: never a crash, a hang or silence.
@Suite struct LoaderMutationTests {
    static var fixtures: [String] {
        let root = formatsFixture("")
        let walker = FileManager.default.enumerator(atPath: root)
        var files: [String] = []
        while let relative = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue,
               !relative.hasSuffix("README.md") {
                files.append(relative)
            }
        }
        return files.sorted()
    }

    @Test func thereAreFixturesOfEveryReader() {
        #expect(Self.fixtures.count >= 45)
        #expect(Self.fixtures.contains { $0.hasSuffix(".zip") })
    }

    @Test(arguments: fixtures)
    func truncatedAndFlippedFixturesLoadOrFailWithAMessage(_ relative: String) throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: formatsFixture(relative)))
        var random = SplitMix64(seed: UInt64(truncatingIfNeeded: relative.utf8.reduce(5381) { ($0 &* 33) &+ Int($1) }))
        var variants: [Data] = []
        for i in 1...24 {
            variants.append(original.prefix(original.count * i / 25))
        }
        for _ in 0..<8 { variants.append(original.prefix(random.below(original.count))) }
        for _ in 0..<24 {
            var flipped = original
            for _ in 0..<(1 + random.below(3)) where !flipped.isEmpty {
                let at = random.below(flipped.count)
                flipped[at] ^= UInt8(1 << random.below(8))
            }
            variants.append(flipped)
        }
        let folder = try makeTemporaryFolder([:])
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/" + SourceFile.fileName(relative)
        for variant in variants {
            try variant.write(to: URL(fileURLWithPath: path))
            let start = Date()
            let result = ConversationLoader.load(paths: [path])
            #expect(Date().timeIntervalSince(start) < 5, "\(relative): slow on a mutated copy")
            let turns = result.conversations.reduce(0) { $0 + $1.turns.count }
            let blank = String(decoding: variant, as: UTF8.self).allSatisfy { $0.isWhitespace || $0 == "\u{FEFF}" }
            #expect(turns > 0 || !result.problems.isEmpty || blank || variant.isEmpty,
                    "\(relative): a mutated copy of \(variant.count) bytes loaded nothing and said nothing")
            #expect(result.problems.allSatisfy { $0.path.hasPrefix(path) && !$0.reason.isEmpty })
        }
    }
}
