extension Span where Element == UInt8 {
    /// The first index of `byte` in `start..<end` (default: to the end), or `nil`.
    ///
    /// Eight bytes at a time: each load is checked against the span's bounds, and a word holds `byte`
    /// where `word ^ pattern` has a zero byte. `(x - 0x01…01) & ~x & 0x80…80` marks the first zero byte
    /// exactly (a borrow only marks bytes after it), so its lowest set bit gives the index. Five times
    /// fewer instructions than a byte loop on the bodies of the benchmark (see docs/prestaties.md); a
    /// test compares it with the byte loop at every offset.
    func firstIndex(of byte: UInt8, from start: Int = 0, to end: Int? = nil) -> Int? {
        let end = end ?? count
        var index = start
        let raw = bytes
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        while index + 8 <= end {
            let word = UInt64(littleEndian: raw.unsafeLoadUnaligned(fromByteOffset: index, as: UInt64.self)) ^ pattern
            let marks = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            if marks != 0 { return index + marks.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < end {
            if self[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// The first index of `byte` from `start`, one byte at a time: what ``firstIndex(of:from:to:)``
    /// must find, for the test that compares the two.
    func firstIndexBytewise(of byte: UInt8, from start: Int = 0, to end: Int? = nil) -> Int? {
        var index = start
        let end = end ?? count
        while index < end {
            if self[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// The first index where `needle` starts in `start..<end`, or `nil`.
    func firstIndex(of needle: [UInt8], from start: Int = 0, to end: Int? = nil) -> Int? {
        guard let first = needle.first else { return start }
        let end = end ?? count
        var candidate = start
        while end - candidate >= needle.count, let found = firstIndex(of: first, from: candidate, to: end - needle.count + 1) {
            var matches = true
            var offset = 1
            while offset < needle.count {
                if self[found + offset] != needle[offset] {
                    matches = false
                    break
                }
                offset += 1
            }
            if matches { return found }
            candidate = found + 1
        }
        return nil
    }
}
