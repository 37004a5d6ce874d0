/// Exit statuses, documented in the README (0 is success; ArgumentParser gives usage errors 64).
public enum ExitStatus {
    public static let failure: Int32 = 1
    /// A usage error found after parsing (an unknown `--model` name); ArgumentParser's own are 64 too.
    public static let usage: Int32 = 64
    public static let dataError: Int32 = 65
    public static let noInput: Int32 = 66
    public static let interrupted: Int32 = 130
}

/// A failure explained by its message, ending the process with its status.
public struct Failure: Error, CustomStringConvertible {
    public var message: String
    public var status: Int32
    public init(message: String, status: Int32) {
        self.message = message
        self.status = status
    }
    public var description: String { message }
}
