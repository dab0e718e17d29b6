extension Span where Element == UInt8 {
    /// The scalar whose UTF-8 bytes start at `index`, with its length in bytes; `nil` at or past the end
    /// or when the end cuts it off. For the decoded (valid UTF-8) text the checks read.
    func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard index < count else { return nil }
        let lead = self[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= count else { return nil }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(self[index + offset] & 0x3F) }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// Where the scalar that ends just before `index` starts: back over at most three continuation bytes.
    func scalarStart(before index: Int) -> Int {
        var start = index - 1
        while start > 0, index - start < 4, self[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }
}
