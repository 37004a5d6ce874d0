import ChatSearchCore
import Foundation
import Testing
import TestSupport
@testable import ChatSearchEngine

/// A short fuzz run with a fixed seed over the entry points `make fuzz` drives with libFuzzer: the seeds
/// (crafted headers, the real model's header, sample chats and fixtures), then mutations of them. The
/// inputs are the same on every run, so the test cannot flake; it fails by trapping, as the readers did.
struct FuzzSeedTests {
    static let interesting: [UInt64] = [0, 1, 0x7F, 0xFF, 0x7FFF_FFFF, 0xFFFF_FFFF, 1 << 40, 1 << 62, UInt64.max, UInt64.max / 12]

    static func mutate(_ input: [UInt8], _ rng: inout SplitMix64, seeds: [[UInt8]]) -> [UInt8] {
        var b = input
        for _ in 0..<(1 + rng.below(4)) {
            switch rng.below(8) {
            case 0 where !b.isEmpty: b[rng.below(b.count)] ^= UInt8(1 << rng.below(8))
            case 1 where !b.isEmpty: b[rng.below(b.count)] = UInt8(truncatingIfNeeded: rng.next())
            case 2:
                let at = rng.below(b.count + 1)
                b.insert(contentsOf: (0..<(1 + rng.below(16))).map { _ in UInt8(truncatingIfNeeded: rng.next()) }, at: at)
            case 3 where !b.isEmpty:
                let at = rng.below(b.count)
                b.removeSubrange(at..<min(b.count, at + 1 + rng.below(64)))
            case 4 where b.count >= 8:
                let at = rng.below(b.count - 7)
                let v = interesting[rng.below(interesting.count)]
                for i in 0..<8 { b[at + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(i))) }
            case 5 where !b.isEmpty:
                let at = rng.below(b.count), n = min(b.count - at, 1 + rng.below(256))
                b.insert(contentsOf: b[at..<(at + n)], at: rng.below(b.count + 1))
            case 6:
                let other = seeds[rng.below(seeds.count)]
                if !other.isEmpty {
                    let at = rng.below(other.count)
                    b = Array(b.prefix(rng.below(b.count + 1))) + other[at..<min(other.count, at + 1 + rng.below(512))]
                }
            default:
                if !b.isEmpty { b.removeLast(rng.below(b.count)) }
            }
        }
        return Array(b.prefix(1 << 16))
    }

    static func chatSeeds() throws -> [[UInt8]] {
        let fixtures = TestPaths.packageRoot.appendingPathComponent("Tests/ChatSearchCoreTests/Fixtures/formats")
        let sample = TestPaths.packageRoot.appendingPathComponent("SampleData")
        var files: [URL] = []
        for dir in [fixtures.appendingPathComponent("good"), fixtures.appendingPathComponent("bad"), sample] {
            files += try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
                .filter { !$0.hasDirectoryPath && $0.pathExtension != "md" }
        }
        return try files.sorted { $0.path < $1.path }.enumerated().map { i, url in
            // Two selector bytes (file name, forced format), then the first 4 KB of the file.
            [UInt8(i), UInt8(i / 3)] + Array(try Data(contentsOf: url).prefix(4096))
        }
    }

    static func ggufSeeds() throws -> [[UInt8]] {
        let fh = try FileHandle(forReadingFrom: URL(fileURLWithPath: TestPaths.defaultModel))
        defer { try? fh.close() }
        let head = Array(try fh.read(upToCount: 1 << 16) ?? Data())
        return [GGUFHeaderTests.hugeArray, Array(GGUFHeaderTests.deeplyNested.prefix(1 << 16)), head, Array(head.prefix(4096))]
    }

    @Test func ggufHeaderSurvivesSeededMutations() throws {
        let seeds = try Self.ggufSeeds()
        var rng = SplitMix64(seed: 0x5EED_6675)
        for s in seeds { FuzzTargets.ggufHeader(s) }
        for _ in 0..<3000 {
            FuzzTargets.ggufHeader(Self.mutate(seeds[rng.below(seeds.count)], &rng, seeds: seeds))
        }
    }

    @Test func loadersSurviveSeededMutations() throws {
        let seeds = try Self.chatSeeds()
        #expect(seeds.count > 10)
        let scratch = TestPaths.temporaryDirectory("fuzz-seed").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var rng = SplitMix64(seed: 0x5EED_C4A7)
        for s in seeds { FuzzTargets.loaders(s, scratch: scratch) }
        for _ in 0..<600 {
            FuzzTargets.loaders(Self.mutate(seeds[rng.below(seeds.count)], &rng, seeds: seeds), scratch: scratch)
        }
    }
}
