import ChatSearchEngine
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
}
