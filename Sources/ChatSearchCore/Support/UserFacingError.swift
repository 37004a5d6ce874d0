/// An error a person reads: one line of message (without the `chatsearch:` prefix, which `Reporter`
/// adds) and the process's exit status (`ExitStatus`). `chatsearch`'s main catches this protocol once.
public protocol UserFacingError: Error {
    var message: String { get }
    var exitStatus: Int32 { get }
}

extension EmbedderError: UserFacingError {
    public var message: String { description }
    public var exitStatus: Int32 { ExitStatus.failure }
}

extension IndexError: UserFacingError {
    public var message: String { description }
    public var exitStatus: Int32 { ExitStatus.failure }
}

/// An input file whose content cannot be used (a labelled-queries line that is not a query): the file
/// and line, and exit status 65. (A path that does not exist is found before reading: 66.)
extension LoadProblem: UserFacingError {
    public var message: String { description }
    public var exitStatus: Int32 { ExitStatus.dataError }
}
