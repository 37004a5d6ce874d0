import Testing
@testable import ChatSearchCore
