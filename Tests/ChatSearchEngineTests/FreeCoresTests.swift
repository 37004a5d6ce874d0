@testable import ChatSearchEngine
import Foundation
import Testing

/// The default thread count when waiting threads spin: the cores other processes leave free.
struct FreeCoresTests {
    @Test func busyLoopOnEveryCoreLeavesOneThread() throws {
        var cores = FreeCores()
        #expect(cores.allowed >= 1)
        var hogs: [Process] = []
        defer {
            for p in hogs { kill(p.processIdentifier, SIGKILL); p.waitUntilExit() }
        }
        for _ in 0..<cores.allowed {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", "while :; do :; done"]
            try p.run()
            hogs.append(p)
        }
        usleep(200_000)
        _ = cores.threads()  // start the interval with the hogs running
        usleep(500_000)
        #expect(cores.threads() == 1)
    }

    @Test func threadsStayWithinTheAllowedCores() {
        var cores = FreeCores()
        usleep(200_000)
        let n = cores.threads()
        #expect(n >= 1 && n <= cores.allowed)
    }

    /// /proc/stat and /proc/self/stat tick at different moments, and iowait can go backwards: this
    /// process's own time may grow more than the machine's busy time between two readings.
    @Test func ownTimeAheadOfBusyTimeIsNotAnOverflow() {
        let before = FreeCores.Reading(total: 1_000, busy: 500, own: 100)
        let now = FreeCores.Reading(total: 1_200, busy: 540, own: 160)
        #expect(FreeCores.threads(from: before, to: now, allowed: 2, online: 2) == 2)
        let backwards = FreeCores.Reading(total: 1_200, busy: 450, own: 100)
        #expect(FreeCores.threads(from: before, to: backwards, allowed: 2, online: 2) == 2)
        let halfBusy = FreeCores.Reading(total: 1_200, busy: 600, own: 100)
        #expect(FreeCores.threads(from: before, to: halfBusy, allowed: 2, online: 2) == 1)
    }
}
