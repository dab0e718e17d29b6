import ParticipatieModel

extension String {
    /// Without leading and trailing white space and line ends: the characters Foundation's
    /// `CharacterSet.whitespacesAndNewlines` removes (Unicode's White_Space property and U+200B ZERO
    /// WIDTH SPACE), removed by Unicode scalar as Foundation does, but without bridging to `NSString`:
    /// a front matter value is trimmed for every key of every file, and the bridge cost more than the
    /// rest of reading the value.
    package var trimmedWhitespaceAndNewlines: String { trimmed(where: Self.isWhitespaceOrNewline) }

    /// Without leading and trailing white space: the characters of Foundation's
    /// `CharacterSet.whitespaces` (space separators, tab and U+200B), without bridging to `NSString`.
    package var trimmedWhitespace: String { trimmed(where: Self.isWhitespace) }

    private func trimmed(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
            let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }

    private static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || ("\t"..."\r").contains(scalar) }
        return scalar.properties.isWhitespace || scalar == "\u{200B}"
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar.properties.generalCategory == .spaceSeparator || scalar == "\u{200B}"
    }
}
