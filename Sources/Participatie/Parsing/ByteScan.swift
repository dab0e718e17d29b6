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

    /// Whether the UTF-8 form of `text` contains that of `needle`: a byte search, without Foundation's
    /// Unicode equivalence. Used to skip texts that cannot contain an ASCII marker at all.
    static func contains(_ needle: String, in text: String) -> Bool {
        var text = text, needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                guard let first = pattern.first else { return true }
                var start = 0
                while let found = index(of: first, in: haystack, from: start) {
                    guard found + pattern.count <= haystack.count else { return false }
                    if memcmp(haystack.baseAddress! + found, pattern.baseAddress!, pattern.count) == 0 { return true }
                    start = found + 1
                }
                return false
            }
        }
    }

    /// Whether the UTF-8 bytes of `lhs` sort before those of `rhs`: the same order as
    /// `lhs.utf8.lexicographicallyPrecedes(rhs.utf8)`, with one `memcmp`.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        var lhs = lhs, rhs = rhs
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                let common = min(left.count, right.count)
                if common > 0, let a = left.baseAddress, let b = right.baseAddress {
                    let order = memcmp(a, b, common)
                    if order != 0 { return order < 0 }
                }
                return left.count < right.count
            }
        }
    }
}
