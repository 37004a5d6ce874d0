import Foundation
import Testing
import TestSupport

/// `chatsearch bench` runs its sections end to end on a small sample (the numbers themselves are the
/// bench's business, never a test's): here the first-index section, whose runs are whole child
/// processes with their own environment and arguments.
@Suite(.serialized)
struct BenchEndToEndTests {
    @Test func firstIndexRunsEveryConfigurationInBothConditions() throws {
        let r = try BinaryRunner.run(["bench", "--sections", "first-index", "--tokens", "200", "--repeats", "1", "--archive-conversations", "20"])
        try #require(r.status == 0, "bench failed with status \(r.status): \(r.stderr)\n\(r.stdout)")
        let lines = r.lines
        for condition in ["   as is, ", "   hog x"] {
            for setup in ["earlier defaults", "today's threads, window:2", "today's defaults"] {
                let row = lines.first { $0.hasPrefix(condition) && $0.contains(", \(setup) ") }
                #expect(row?.contains("turns/s") == true, "no \(condition)row for \(setup):\n\(r.stdout)")
            }
        }
        // Every run after the first is compared with the earlier defaults of its condition.
        #expect(lines.filter { $0.contains("x earlier defaults' turns/s") }.count == 4, "\(r.stdout)")
        // The earlier recipe encodes more than today's default on the archive's long answers.
        func tokens(_ setup: String) -> Int? {
            lines.first { $0.hasPrefix("   \(setup): ") }.flatMap { line in
                line.components(separatedBy: "; ").last?.split(separator: " ").first.flatMap { Int($0) }
            }
        }
        let earlier = try #require(tokens("earlier defaults"), "\(r.stdout)")
        let today = try #require(tokens("today's defaults"), "\(r.stdout)")
        #expect(today < earlier, "today's defaults encode \(today) tokens, the earlier \(earlier)")
    }
}
