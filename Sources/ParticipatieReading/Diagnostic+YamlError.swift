import ParticipatieModel
import Yams

extension Diagnostic {
    /// Converts an error thrown by Yams into a positioned Dutch diagnostic.
    ///
    /// libyaml's short English "problem" is kept in brackets; Yams' own description never reaches the user.
    init(yamlError error: Error, file: String, lineOffset: Int) {
        guard let yamlError = error as? YamlError else {
            self.init(file: file, line: 1 + lineOffset, column: 1, message: Message.yamlSyntax("onbekende fout", startedOnLine: nil))
            return
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // The context mark says where the construct that failed began, when that is an earlier line.
            let contextLine = context.map { $0.mark.line + lineOffset }
            let startLine = contextLine.flatMap { $0 < mark.line + lineOffset ? $0 : nil }
            self.init(file: file, line: mark.line + lineOffset, column: mark.column,
                      message: Message.yamlSyntax(problem, startedOnLine: startLine))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let position = Diagnostic.secondOccurrence(of: key, in: context.text, after: YAMLPosition(context.mark))
            self.init(file: file, line: position.line + lineOffset, column: position.column,
                      message: Message.duplicateKey(key))
        case .reader(let problem, _, _, _):
            self.init(file: file, line: 1 + lineOffset, column: 1, message: Message.yamlSyntax(problem, startedOnLine: nil))
        default:
            self.init(file: file, line: 1 + lineOffset, column: 1, message: Message.yamlSyntax("onbekende fout", startedOnLine: nil))
        }
    }

    /// Where a duplicated key appears again: the next place after `first` where `key` (bare or
    /// quoted) stands at the start of a line, after `- `, `? `, `{` or `,`, and is followed by `:`.
    /// Falls back to the first occurrence.
    private static func secondOccurrence(of key: String, in yaml: String, after first: YAMLPosition) -> YAMLPosition {
        let spellings = [key, "\"\(key)\"", "'\(key)'"].map { Array($0.unicodeScalars) }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        for index in lines.indices where index + 1 >= first.line {
            let scalars = Array(lines[index].unicodeScalars)
            for start in scalars.indices where index + 1 > first.line || start + 1 > first.column {
                guard isKeyStart(scalars, start) else { continue }
                for spelling in spellings where scalars[start...].starts(with: spelling) {
                    var end = start + spelling.count
                    while end < scalars.count, scalars[end] == " " { end += 1 }
                    if end < scalars.count, scalars[end] == ":" {
                        return YAMLPosition(line: index + 1, column: start + 1)
                    }
                }
            }
        }
        return first
    }

    /// Whether a mapping key can start at `index`: only spaces before it, or an indicator.
    private static func isKeyStart(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        var before = index - 1
        while before >= 0, scalars[before] == " " { before -= 1 }
        guard before >= 0 else { return true }
        switch scalars[before] {
        case "{", ",": return true
        case "-", "?": return before + 1 < index
        default: return false
        }
    }
}
