import Glibc

/// The process's environment variables.
public enum Environment {
    /// The value of `name`, or `nil` when it is not set.
    public static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
