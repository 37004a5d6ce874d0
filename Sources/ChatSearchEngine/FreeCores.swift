import Foundation

/// How many CPU cores other processes leave free for this one, measured from the kernel's CPU time
/// counters (Linux /proc/stat less this process's own time) over the interval between two readings.
/// On a machine busy with other work, two threads waiting on each other are slower than one.
public struct FreeCores {
    /// Cores this process may run on, at least 1.
    public let allowed: Int
    private var last: Reading?

    public init() {
        allowed = Self.allowedCores()
        last = Self.read()
    }

    /// Threads worth using: the cores not used by other processes since the last call (or since
    /// `init`), rounded to the nearest whole core, between 1 and `allowed`. Without readable counters
    /// (not Linux) every allowed core. The interval should be at least tens of milliseconds.
    public mutating func threads() -> Int {
        guard let now = Self.read() else { return allowed }
        defer { last = now }
        guard let before = last else { return allowed }
        return Self.threads(from: before, to: now, allowed: allowed, online: ProcessInfo.processInfo.processorCount)
    }

    /// The free cores between two readings, between 1 and `allowed`.
    static func threads(from before: Reading, to now: Reading, allowed: Int, online: Int) -> Int {
        guard now.total > before.total else { return allowed }
        // Signed: the two files are updated at different ticks, and iowait (so busy) can go backwards.
        let busy = Double(now.busy) - Double(before.busy), own = Double(now.own) - Double(before.own)
        let others = (busy - own) / Double(now.total - before.total) * Double(max(1, online))
        let free = Double(allowed) - max(0, others)
        return min(allowed, max(1, Int(free.rounded())))
    }

    struct Reading {
        /// Clock ticks of all CPUs since boot: total, and not idle; and this process's user+system ticks.
        var total: UInt64
        var busy: UInt64
        var own: UInt64
    }

    static func read() -> Reading? {
        guard let stat = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let cpu = stat.split(separator: "\n").first, cpu.hasPrefix("cpu "),
              let me = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let close = me.lastIndex(of: ")") else { return nil }
        // user nice system idle iowait irq softirq steal (guest time is already inside user and nice)
        let f = cpu.split(separator: " ").dropFirst().prefix(8).compactMap { UInt64($0) }
        guard f.count >= 5 else { return nil }
        let total = f.reduce(0, +)
        let idle = f[3] + f[4]
        // After "pid (comm)": state is field 3, utime and stime are fields 14 and 15.
        let rest = me[me.index(after: close)...].split(separator: " ")
        guard rest.count > 13, let user = UInt64(rest[11]), let sys = UInt64(rest[12]) else { return nil }
        return Reading(total: total, busy: total - idle, own: user + sys)
    }

    /// The CPUs in this process's affinity mask (Linux /proc/self/status "Cpus_allowed", a comma
    /// separated hex mask, as `taskset` sets it); else Foundation's active processor count.
    static func allowedCores() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed:") }) {
            let hex = line.dropFirst("Cpus_allowed:".count).filter { $0.isHexDigit }
            let n = hex.reduce(0) { $0 + (Int(String($1), radix: 16) ?? 0).nonzeroBitCount }
            if n > 0 { return n }
        }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }
}
