import Foundation
import ZIPFoundation

/// Bounds on what a zip archive may inflate to, so that a small archive cannot cost gigabytes of memory
/// or minutes of inflating (a zip bomb):
/// - `entryBytes`: one entry (1 GiB);
/// - `totalBytes`: all the entries read from one archive together (2 GiB);
/// - `ratio`: inflated bytes per stored byte, checked once an entry has inflated past `ratioFloor`
///   (1 MiB): chat text compresses about 5-20 times, a bomb thousands of times;
/// - an entry whose first `sniffBytes` inflated bytes hold a NUL byte (and that is not UTF-16) cannot
///   be a chat file (every chat format is text) and is dropped then, before it is held whole.
/// Each entry skipped is reported with what it exceeded.
struct ZipLimits: Sendable {
    var entryBytes: Int
    var totalBytes: Int
    var ratio: Int
    var ratioFloor: Int
    var sniffBytes = 64 << 10

    static let standard = ZipLimits(entryBytes: ZipInput.maxEntryBytes, totalBytes: 2 << 30, ratio: 200, ratioFloor: 1 << 20)
}

/// One archive's budget of inflated bytes, shared by the reads of its entries.
final class ZipBudget: @unchecked Sendable {
    let limits: ZipLimits
    private let lock = NSLock()
    private var spent = 0

    init(_ limits: ZipLimits) { self.limits = limits }

    private struct Stop: Error { var reason: String }

    private func take(_ n: Int) -> Bool {
        lock.withLock {
            guard spent + n <= limits.totalBytes else { return false }
            spent += n
            return true
        }
    }

    func read(_ entry: Entry, of archive: Archive, shown: String) throws(LoadProblem) -> Data {
        let mb = { (n: Int) in n >= 1 << 20 ? "\(n >> 20) MB" : "\(n) bytes" }
        guard entry.uncompressedSize <= UInt64(limits.entryBytes) else {
            throw LoadProblem(path: shown, reason: "skipped: larger than \(mb(limits.entryBytes)) uncompressed")
        }
        let stored = max(Int(clamping: entry.compressedSize), 1)
        var data = Data()
        var sniffed = false
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                let total = data.count + chunk.count
                guard total <= self.limits.entryBytes else { throw Stop(reason: "inflates to more than \(mb(self.limits.entryBytes))") }
                if total > self.limits.ratioFloor, total / stored > self.limits.ratio {
                    throw Stop(reason: "inflates to more than \(self.limits.ratio) times its stored size (\(stored) bytes)")
                }
                guard self.take(chunk.count) else {
                    throw Stop(reason: "the archive's entries inflate to more than \(mb(self.limits.totalBytes)) together")
                }
                data.append(chunk)
                if !sniffed, data.count >= min(self.limits.sniffBytes, Int(entry.uncompressedSize)) {
                    sniffed = true
                    if let why = Self.notText(data.prefix(self.limits.sniffBytes)) { throw Stop(reason: why) }
                }
            }
        } catch let s as Stop {
            throw LoadProblem(path: shown, reason: "skipped: \(s.reason)")
        } catch {
            throw LoadProblem(path: shown, reason: "cannot read from the archive: \(error)")
        }
        if !sniffed, let why = Self.notText(data.prefix(limits.sniffBytes)) { throw LoadProblem(path: shown, reason: "skipped: \(why)") }
        return data
    }

    /// Why these first bytes cannot begin a chat file, or nil: NUL bytes in what is not UTF-16 (which the
    /// loader reads when it starts with a byte-order mark). Invalid UTF-8 is read (as U+FFFD), so it passes.
    static func notText(_ head: Data) -> String? {
        let b = [UInt8](head.prefix(2))
        if b == [0xFF, 0xFE] || b == [0xFE, 0xFF] { return nil }
        return head.contains(0) ? "it holds binary data (NUL bytes), not chat text" : nil
    }
}
