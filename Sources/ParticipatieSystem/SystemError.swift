import SystemPackage

/// A failed system call, with the `errno` value it gave.
public struct SystemError: Error, Equatable, Hashable, Sendable {
    /// The error number of the call that failed.
    public let errno: Errno

    /// Wraps an error number.
    public init(_ errno: Errno) {
        self.errno = errno
    }

    /// Why the call failed, in Dutch ("geen leesrechten", "de schijf is vol").
    public var reason: String { SystemWording.reason(errno) }
}

extension SystemError {
    /// Runs `body`, turning a thrown `Errno` into a ``SystemError``.
    static func catching<Value>(_ body: () throws -> Value) -> Result<Value, SystemError> {
        do {
            return .success(try body())
        } catch let errno as Errno {
            return .failure(SystemError(errno))
        } catch {
            return .failure(SystemError(.ioError))
        }
    }
}
