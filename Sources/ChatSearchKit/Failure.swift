import ChatSearchCore

/// A failure explained by its message, ending the process with its status.
public struct Failure: UserFacingError, CustomStringConvertible {
    public var message: String
    public var status: Int32
    public init(message: String, status: Int32) {
        self.message = message
        self.status = status
    }
    public var description: String { message }
    public var exitStatus: Int32 { status }
}
