/// A tip added to a YAML syntax error when the line shows a mistake people make by hand:
/// indenting with tabs, or text that YAML reads as syntax (`*nadruk*`, `'s-Hertogenbosch`,
/// `Deel 1: start`, `"Het "plan""`) where quotes around the value would have helped.
enum YAMLHint: Hashable, Sendable {
    /// The indentation contains a tab.
    case indentWithSpaces
    /// The value of `key` starts with a character YAML reads as syntax, or contains `: `.
    case quoteValue(key: String)
    /// The value of `key` starts with `"` and has more double quotes inside.
    case escapeInnerQuotes(key: String)

    /// The tip for the first of `lines` that shows such a mistake: ``YAMLComposer`` passes the line
    /// where the failing construct began (when libyaml names one) and the line of the problem.
    static func hint(forLines lines: [Substring]) -> YAMLHint? {
        for line in lines {
            if let hint = hint(forLine: line) { return hint }
        }
        return nil
    }

    private static func hint(forLine line: Substring) -> YAMLHint? {
        let indentation = line.prefix { $0 == " " || $0 == "\t" }
        if indentation.contains("\t") { return .indentWithSpaces }
        var rest = line.dropFirst(indentation.count)
        while rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
        guard let colon = rest.firstRange(of: ": ") else { return nil }
        let key = rest[..<colon.lowerBound]
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        let value = rest[colon.upperBound...].drop { $0 == " " }
        guard let first = value.first else { return nil }
        if first == "\"" { return .escapeInnerQuotes(key: String(key)) }
        if "*&!@%`'|>".contains(first) || value.contains(": ") { return .quoteValue(key: String(key)) }
        return nil
    }
}
