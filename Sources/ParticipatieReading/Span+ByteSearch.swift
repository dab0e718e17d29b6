extension Span where Element == UInt8 {
    /// The first index of `byte` in `start..<end` (default: to the end), or `nil`.
    func firstIndex(of byte: UInt8, from start: Int = 0, to end: Int? = nil) -> Int? {
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
