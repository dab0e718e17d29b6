import ParticipatieModel
import Yams

/// A Dutch tip added to a YAML syntax error when the line shows a mistake people make by hand:
/// indenting with tabs, or text that YAML reads as syntax (`*nadruk*`, `'s-Hertogenbosch`,
/// `Deel 1: start`, `"Het "plan""`) where quotes around the value would have helped.
enum YAMLHint {
    /// The tip for `error` in `yaml`, or `""`.
    static func hint(for error: Error, in yaml: String) -> String {
        guard let yamlError = error as? YamlError else { return "" }
        var lines: [Int] = []
        switch yamlError {
        case .scanner(let context, _, let mark, _), .parser(let context, _, let mark, _),
             .composer(let context, _, let mark, _):
            if let context { lines.append(context.mark.line) }
            lines.append(mark.line)
        default:
            return ""
        }
        let yamlLines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        for number in lines where number >= 1 && number <= yamlLines.count {
            if let hint = hint(forLine: yamlLines[number - 1]) { return hint }
        }
        return ""
    }

    private static func hint(forLine line: Substring) -> String? {
        let indentation = line.prefix { $0 == " " || $0 == "\t" }
        if indentation.contains("\t") { return Message.tabHint }
        var rest = line.dropFirst(indentation.count)
        while rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
        guard let colon = rest.range(of: ": ") else { return nil }
        let key = rest[..<colon.lowerBound]
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        let value = rest[colon.upperBound...].drop { $0 == " " }
        guard let first = value.first else { return nil }
        if first == "\"" { return Message.innerQuoteHint(String(key)) }
        if "*&!@%`'|>".contains(first) || value.contains(": ") { return Message.quoteHint(String(key)) }
        return nil
    }
}
