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

    /// Where a duplicated key appears again: the next line after `first` that starts with `key:`
    /// at the same indentation. Falls back to the first occurrence.
    private static func secondOccurrence(of key: String, in yaml: String, after first: YAMLPosition) -> YAMLPosition {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = String(repeating: " ", count: max(0, first.column - 1))
        for index in lines.indices where index + 1 > first.line {
            let line = lines[index]
            if line.hasPrefix(indent + key + ":") || line.hasPrefix(indent + "\"\(key)\":") || line.hasPrefix(indent + "'\(key)':") {
                return YAMLPosition(line: index + 1, column: first.column)
            }
        }
        return first
    }
}
