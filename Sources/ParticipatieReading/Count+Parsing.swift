import ParticipatieModel

extension Count {
    /// Why a text is not a count.
    enum ParseProblem: Error, Equatable {
        /// Not one of the accepted forms.
        case notACount
        /// A number above ``Count/limit``.
        case tooLarge
        /// A range whose end is not above its start (`100-80`).
        case descendingRange
    }

    /// Words before a number, longest first so `ca.` is tried before `ca`. `spaced` words must be
    /// followed by white space (`ruim 200`, not `ruim200`).
    private static let prefixes: [(word: String, qualifier: Qualifier, spaced: Bool)] = [
        ("ten minste", .atLeast, true), ("tenminste", .atLeast, true), ("minstens", .atLeast, true),
        ("minimaal", .atLeast, true), ("meer dan", .atLeast, true), ("ruim", .atLeast, true),
        ("bijna", .almost, true), ("ongeveer", .estimate, true), ("circa", .estimate, true),
        ("ca.", .estimate, false), ("ca", .estimate, true), ("zo'n", .estimate, true), ("zo’n", .estimate, true),
        ("+/-", .estimate, false), ("+-", .estimate, false), ("±", .estimate, false), ("~", .estimate, false),
        ("tussen", .range, true),
    ]

    /// Words and signs between the two numbers of a range.
    private static let rangeSeparators: [(word: String, spaced: Bool)] = [
        ("tot", true), ("à", false), ("a", true), ("-", false), ("–", false), ("—", false),
    ]

    /// Parses a count as people write it: `1400`, `1.400`, `ca. 60`, `ruim 200`, `meer dan 1400`,
    /// `200+`, `bijna 60`, `80 à 100`, `80-100`, `80 tot 100`, `tussen 80 en 100` (and an estimate of a
    /// range, `zo'n 80 à 100`). Case is ignored; the text is kept as written, white space made single.
    static func parse(_ text: String) -> Result<Count, ParseProblem> {
        let written = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var rest = Substring(written.lowercased())
        var qualifier = Qualifier.exact
        // A word is tried only when its first byte starts the text: no first character of these words is
        // canonically equal to a character that starts with another byte.
        let firstByte = rest.utf8.first
        for prefix in prefixes where prefix.word.utf8.first == firstByte && rest.hasPrefix(prefix.word) {
            let after = rest.dropFirst(prefix.word.count)
            if prefix.spaced, after.first != " " { continue }
            qualifier = prefix.qualifier
            rest = after.drop { $0 == " " }
            break
        }
        let first: Int
        switch number(&rest) {
        case .success(let value): first = value
        case .failure(let problem): return .failure(problem)
        }
        rest = rest.drop { $0 == " " }
        if rest.isEmpty {
            guard qualifier != .range else { return .failure(.notACount) }
            return .success(Count(text: written, qualifier: qualifier, lower: first, upper: qualifier == .atLeast ? nil : first))
        }
        if rest == "+" {
            guard qualifier == .exact else { return .failure(.notACount) }
            return .success(Count(text: written, qualifier: .atLeast, lower: first, upper: nil))
        }
        // A range: `tussen a en b`, or `a à b` alone or as an estimate.
        var separated = false
        if qualifier == .range {
            if rest.hasPrefix("en ") {
                rest = rest.dropFirst(3)
                separated = true
            }
        } else if qualifier == .exact || qualifier == .estimate {
            for separator in rangeSeparators where rest.hasPrefix(separator.word) {
                let after = rest.dropFirst(separator.word.count)
                if separator.spaced, after.first != " " { continue }
                rest = after
                separated = true
                break
            }
        }
        guard separated else { return .failure(.notACount) }
        rest = rest.drop { $0 == " " }
        let second: Int
        switch number(&rest) {
        case .success(let value): second = value
        case .failure(let problem): return .failure(problem)
        }
        guard rest.isEmpty else { return .failure(.notACount) }
        guard first < second else { return .failure(.descendingRange) }
        return .success(Count(text: written, qualifier: .range, lower: first, upper: second))
    }

    /// Reads a number at the start of `text`: digits, or digits grouped in threes with full stops
    /// (`1.400`). A full stop not followed by three digits ends nothing: it makes the text no count.
    private static func number(_ text: inout Substring) -> Result<Int, ParseProblem> {
        var digits = 0, groupDigits = 0, groups = 1, value = 0
        var tooLarge = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let digit = character.wholeNumberValue, character.isASCII {
                digits += 1
                groupDigits += 1
                if value > Count.limit {
                    tooLarge = true
                } else {
                    value = value * 10 + digit
                }
            } else if character == "." {
                // The first group has one to three digits, every later one exactly three.
                let fits = groups == 1 ? (1...3).contains(groupDigits) : groupDigits == 3
                guard fits else { return .failure(.notACount) }
                groups += 1
                groupDigits = 0
            } else {
                break
            }
            index = text.index(after: index)
        }
        guard digits > 0 else { return .failure(.notACount) }
        if groups > 1, groupDigits != 3 { return .failure(.notACount) }
        text = text[index...]
        if tooLarge || value > Count.limit { return .failure(.tooLarge) }
        return .success(value)
    }
}
