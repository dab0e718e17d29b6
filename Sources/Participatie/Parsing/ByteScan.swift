#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte searches with `memchr`, for the passes that look at every byte of a file of up to
/// 1 MiB: they must stay fast in debug builds too (tests, fuzzing), where Swift's generic
/// collection code is slow.
enum ByteScan {
    /// The index of the first `byte` at or after `start`.
    static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count else { return nil }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether `text` contains `byte` in its UTF-8 form.
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { index(of: byte, in: $0) != nil }
    }
}
