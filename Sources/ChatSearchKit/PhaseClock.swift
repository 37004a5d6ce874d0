import ChatSearchCore
import Foundation

/// With --verbose, how long each start-up phase took, on stderr.
final class PhaseClock {
    private let enabled: Bool
    private var last = Date()

    init(enabled: Bool) { self.enabled = enabled }

    func lap(_ what: String) {
        guard enabled else { return }
        let now = Date()
        Reporter.info(String(format: "%.0f ms to %@", now.timeIntervalSince(last) * 1000, what))
        last = now
    }
}
