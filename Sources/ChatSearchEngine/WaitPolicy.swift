import Foundation

/// llama.cpp's threads wait for each other through OpenMP (libgomp) many times per batch. By default a
/// waiting thread spins, and on a machine busy with other work the spinning thread takes the CPU from
/// the one it waits for: two threads end up several times slower than one. With the passive policy a
/// waiting thread sleeps. libgomp reads the policy from the environment once, in its initialiser,
/// which runs before `main` (and before any pre-initialiser could set it, since the C library restores
/// the original environment after those): so a program sets it and starts itself again.
public enum WaitPolicy {
    public static let variable = "OMP_WAIT_POLICY"

    /// Call first in `main`. When the policy is unset, sets it to PASSIVE and re-executes the program
    /// with the same arguments (same process, terminal and files); a policy the user set is kept. If
    /// the re-execution fails the program goes on with libgomp's default.
    public static func ensurePassive() {
        #if os(Linux)
        guard getenv(variable) == nil else { return }
        setenv(variable, "PASSIVE", 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        #endif
    }

    /// The policy in force for this process, as the bench prints it.
    public static var current: String { ProcessInfo.processInfo.environment[variable] ?? "unset (libgomp spins)" }

    /// Whether waiting threads sleep, so a thread more than the free cores costs little.
    public static var isPassive: Bool { current.uppercased() == "PASSIVE" }
}
