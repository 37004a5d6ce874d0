import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts programs with a clean process state: no blocked signals, default signal dispositions, stdin
/// from /dev/null, stdout and stderr to a file, and no other inherited file descriptors.
///
/// Foundation's `Process` passes on the test runner's blocked signal mask and its open descriptors; a
/// daemon such as the tmux server would keep both (and `waitUntilExit` then waits for it).
public enum CleanSpawn {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `argv` (searched in PATH) and waits up to `timeout` seconds. Returns the exit status
    /// (128+n when ended by signal n) and what it printed on stdout and stderr.
    public static func run(_ argv: [String], environment: [String: String], timeout: Double = 30) throws -> (status: Int32, output: String) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("spawn-\(UUID().uuidString).out").path
        defer { unlink(out) }
        let pid = try spawn(argv, environment: environment, outputPath: out)
        let deadline = Date().addingTimeInterval(timeout)
        var raw: Int32 = 0
        while true {
            let r = waitpid(pid, &raw, WNOHANG)
            if r == pid { break }
            if r < 0 && errno != EINTR { throw Failure(description: "waitpid failed for \(argv): errno \(errno)") }
            if Date() > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &raw, 0)
                throw Failure(description: "\(argv) did not finish within \(Int(timeout)) s")
            }
            usleep(10_000)
        }
        let status: Int32 = (raw & 0x7f) == 0 ? (raw >> 8) & 0xff : 128 + (raw & 0x7f)
        let output = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        return (status, output)
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34+), which the Glibc module does not import.
    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private static let closeFromAction: CloseFrom? = {
        guard let sym = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(sym, to: CloseFrom.self)
    }()

    static func spawn(_ argv: [String], environment: [String: String], outputPath: String) throws -> pid_t {
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attr, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGCHLD, SIGWINCH, SIGTSTP, SIGTTIN, SIGTTOU, SIGCONT, SIGALRM, SIGUSR1, SIGUSR2] {
            sigaddset(&defaults, s)
        }
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        if let closeFrom = closeFromAction { _ = closeFrom(&actions, 3) }

        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArgs.forEach { free($0) }
            cEnv.forEach { free($0) }
        }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, argv[0], &actions, &attr, cArgs, cEnv)
        guard rc == 0 else { throw Failure(description: "cannot start \(argv[0]): \(String(cString: strerror(rc)))") }
        return pid
    }
}

/// A detached tmux session on a private socket, driven like a user would: keys in, screen text out.
///
///     let tmux = try TmuxSession(width: 120, height: 35, command: ["bash", "-c", script], environment: env)
///     defer { tmux.kill() }
///     try tmux.type("hello"); try tmux.press("Enter")
///     let screen = try tmux.waitFor("the answer") { $0.contains { $0.contains("42") } }
public final class TmuxSession: @unchecked Sendable {
    /// Raised when a wait times out or tmux fails; the description holds the last screen.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public let socketPath: String
    public let environment: [String: String]
    public static let session = "chatsearch-e2e"
    private var killed = false

    /// Starts the tmux server and a session of `width`×`height` running `command` in `directory`.
    /// `environment` is added to this process's environment (the pane sees it; tmux sets TERM itself,
    /// so a command that needs a particular TERM should export it).
    public init(width: Int, height: Int, command: [String], environment: [String: String] = [:], directory: String? = nil) throws {
        socketPath = "/tmp/chatsearch-tmux-\(getpid())-\(UUID().uuidString.prefix(8)).sock"
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        env.removeValue(forKey: "TMUX")
        for (k, v) in environment { env[k] = v }
        self.environment = env
        var args = ["new-session", "-d", "-s", Self.session, "-x", String(width), "-y", String(height)]
        if let directory { args += ["-c", directory] }
        try run(args + command)
        // Keep the pane's size as set here and by `resize`, whatever clients attach.
        try run(["set-option", "-g", "window-size", "manual"])
    }

    deinit { kill() }

    /// Whether tmux is in PATH (the tests that drive a terminal need it).
    public static var isInstalled: Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/tmux") }
    }

    /// Runs a tmux command on this session's server; returns its output, throws when it fails.
    @discardableResult
    public func run(_ arguments: [String], timeout: Double = 30) throws -> String {
        let r = try CleanSpawn.run(["tmux", "-u", "-f", "/dev/null", "-S", socketPath] + arguments, environment: environment,
                                   timeout: timeout)
        guard r.status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (status \(r.status)): \(r.output)")
        }
        return r.output
    }

    /// The visible screen, one string per row (trailing spaces trimmed by tmux).
    public func capture() throws -> [String] {
        var text = try run(["capture-pane", "-p", "-t", Self.session])
        if text.hasSuffix("\n") { text.removeLast() }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Sends text literally (no key-name lookup).
    public func type(_ text: String) throws {
        try run(["send-keys", "-t", Self.session, "-l", text])
    }

    /// Sends one key by tmux name: "Enter", "Escape", "Down", "Up", "C-c", "q", "?", ...
    /// One key per call, so that the app never reads Esc and the next key as one Alt sequence.
    public func press(_ key: String) throws {
        try run(["send-keys", "-t", Self.session, key])
    }

    public func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", Self.session, "-x", String(width), "-y", String(height)])
    }

    /// A tmux format for the pane, e.g. "#{alternate_on}", "#{pane_width}x#{pane_height}".
    public func display(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", Self.session, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen every `interval` seconds until `condition` holds and returns that screen; throws
    /// after `timeout` seconds with the last screen. `condition` may throw to stop waiting at once
    /// (e.g. when the program under test has exited).
    @discardableResult
    public func waitFor(_ what: String, timeout: Double = 30, interval: Double = 0.2,
                        _ condition: ([String]) throws -> Bool) throws -> [String] {
        let start = Date()
        var screen: [String] = []
        while true {
            screen = try capture()
            do {
                if try condition(screen) { return screen }
            } catch {
                throw Failure(description: "while waiting for \(what): \(error)\n\(Self.describe(screen))")
            }
            if Date().timeIntervalSince(start) > timeout {
                throw Failure(description: "timed out after \(Int(timeout)) s waiting for \(what); screen:\n\(Self.describe(screen))")
            }
            usleep(UInt32(interval * 1_000_000))
        }
    }

    /// Polls until `condition` returns a value (for waits on files rather than the screen).
    public func waitFor<T>(_ what: String, timeout: Double = 30, interval: Double = 0.2, value condition: () throws -> T?) throws -> T {
        let start = Date()
        while true {
            if let v = try condition() { return v }
            if Date().timeIntervalSince(start) > timeout {
                let screen = (try? capture()) ?? ["(no screen)"]
                throw Failure(description: "timed out after \(Int(timeout)) s waiting for \(what); screen:\n\(Self.describe(screen))")
            }
            usleep(UInt32(interval * 1_000_000))
        }
    }

    /// The screen as numbered rows, each closed by `|`, for failure messages.
    public static func describe(_ screen: [String]) -> String {
        screen.enumerated().map { String(format: "%2d ", $0.offset) + $0.element + "|" }.joined(separator: "\n")
    }

    /// Ends the tmux server and everything running in it. Safe to call more than once.
    public func kill() {
        guard !killed else { return }
        killed = true
        _ = try? CleanSpawn.run(["tmux", "-f", "/dev/null", "-S", socketPath, "kill-server"], environment: environment, timeout: 10)
        unlink(socketPath)
    }
}
