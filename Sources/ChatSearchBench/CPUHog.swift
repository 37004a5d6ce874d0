import Foundation

/// Busy-loop processes, one per core, to measure indexing on a machine busy with other work. They are
/// ended (by their own pids) when `stop` is called or the hog is released.
public final class CPUHog {
    private var processes: [Process] = []

    public init(processes count: Int) throws {
        for _ in 0..<count {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", "while :; do :; done"]
            try p.run()
            processes.append(p)
        }
        usleep(300_000)  // let the scheduler see them
    }

    public func stop() {
        for p in processes where p.isRunning {
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
        }
        processes.removeAll()
    }

    deinit { stop() }
}
