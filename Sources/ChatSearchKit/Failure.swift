/// Exit statuses, documented in the README.
public enum ExitStatus {
    public static let success: Int32 = 0
    public static let failure: Int32 = 1
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
