import ParticipatieModel
import Yams

/// The keys of one front matter block, read from its ``YAMLNode`` tree without any type
/// guessing: every scalar is read as the text the user wrote.
///
/// Each accessor reports problems (wrong type, empty value) into ``diagnostics`` with the
/// position of the offending node, re-based from the YAML block onto the `.md` file.
struct FrontMatterFields {
    struct Entry {
        let key: String
        let keyMark: YAMLPosition
        let value: YAMLNode
    }

    let file: String
    /// Added to a YAML line to get the file line.
    let lineOffset: Int
    private(set) var entries: [Entry] = []
    var diagnostics: [Diagnostic] = []

    /// Largest front matter accepted, in bytes.
    static let sizeLimit = 64 * 1024
    /// Deepest nesting accepted in front matter.
    static let depthLimit = 32

    /// Parses the YAML of `frontMatter`. Returns `nil` (with diagnostics) when it cannot be read at all.
    static func parse(_ frontMatter: FrontMatter, file: String) -> Result<FrontMatterFields, Diagnostic> {
        let lineOffset = frontMatter.yamlFirstLine - 1
        let yaml = frontMatter.yaml
        if yaml.utf8.count > sizeLimit {
            return .failure(Diagnostic(file: file, line: frontMatter.yamlFirstLine, column: 1,
                                       message: Message.frontMatterTooLarge(yaml.utf8.count, limit: sizeLimit)))
        }
        let root: YAMLNode?
        switch YAMLComposer.compose(yaml, depthLimit: depthLimit) {
        case .document(let node):
            root = node
        case .problem(let problem):
            return .failure(Diagnostic(file: file, line: problem.line + lineOffset, column: problem.column,
                                       message: problem.message))
        case .needsYams:
            do {
                // Every scalar is read as text, so the basic resolver (no type-guessing regexes) suffices;
                // an explicit encoding keeps Yams from consulting YAMS_DEFAULT_ENCODING.
                root = try Yams.compose(yaml: yaml, Resolver.basic, Constructor.default, .utf8).map(YAMLNode.init)
            } catch {
                var diagnostic = Diagnostic(yamlError: error, file: file, lineOffset: lineOffset)
                diagnostic.message += YAMLHint.hint(for: error, in: yaml)
                return .failure(diagnostic)
            }
        }
        var fields = FrontMatterFields(file: file, lineOffset: lineOffset)
        guard let root else {
            return .failure(Diagnostic(file: file, line: 1, column: 1, message: Message.emptyFrontMatter))
        }
        guard case .mapping(let mapping, _) = root else {
            let mark = root.position
            return .failure(Diagnostic(file: file, line: mark.line + lineOffset, column: mark.column,
                                       message: Message.frontMatterNotMapping))
        }
        fields.entries.reserveCapacity(mapping.count)
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                fields.report(at: keyNode, Message.complexKey)
                continue
            }
            fields.entries.append(Entry(key: scalar.text, keyMark: scalar.position, value: value))
        }
        return .success(fields)
    }

    private init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }

    /// Where `node` starts in the file.
    func position(of node: YAMLNode) -> SourcePosition {
        SourcePosition(line: node.position.line + lineOffset, column: node.position.column)
    }

    /// A diagnostic at the position of `node`.
    func diagnostic(at node: YAMLNode, severity: Diagnostic.Severity = .fout, _ message: String) -> Diagnostic {
        let mark = node.position
        return Diagnostic(file: file, line: mark.line + lineOffset, column: mark.column,
                          severity: severity, message: message)
    }

    mutating func report(at node: YAMLNode, severity: Diagnostic.Severity = .fout, _ message: String) {
        diagnostics.append(diagnostic(at: node, severity: severity, message))
    }

    /// Reports a missing required key at the opening `---`.
    mutating func reportMissing(_ key: String) {
        diagnostics.append(Diagnostic(file: file, line: 1, column: 1, message: Message.missingKey(key)))
    }

    /// Warns about keys outside `known`, suggesting the nearest known key.
    mutating func reportUnknownKeys(known: [String]) {
        for entry in entries where !known.contains(entry.key) {
            let suggestion = Suggestion.nearest(to: entry.key, in: known)
            diagnostics.append(Diagnostic(file: file, line: entry.keyMark.line + lineOffset,
                                          column: entry.keyMark.column, severity: .waarschuwing,
                                          message: Message.unknownKey(entry.key, suggestion: suggestion)))
        }
    }

    /// The text of a scalar key, trimmed; `nil` when absent or empty (reported when `required`).
    mutating func text(_ key: String, required: Bool = false) -> (value: String, node: YAMLNode)? {
        guard let entry = entry(key) else {
            if required { reportMissing(key) }
            return nil
        }
        guard let value = scalarText(entry.value) else {
            report(at: entry.value, Message.expectedText(key))
            return nil
        }
        guard !value.isEmpty else {
            if required { report(at: entry.value, Message.emptyValue(key)) }
            return nil
        }
        return (value, entry.value)
    }

    /// A list of texts; a single scalar counts as a list of one. Absent or empty gives `[]`.
    mutating func list(_ key: String, required: Bool = false) -> [(value: String, node: YAMLNode)] {
        guard let entry = entry(key) else {
            if required { reportMissing(key) }
            return []
        }
        switch entry.value {
        case .sequence(let sequence, _):
            var items: [(String, YAMLNode)] = []
            for item in sequence {
                guard let text = scalarText(item) else {
                    report(at: item, Message.expectedTextInList(key))
                    continue
                }
                if !text.isEmpty { items.append((text, item)) }
            }
            return items
        case .scalar:
            guard let text = scalarText(entry.value), !text.isEmpty else { return [] }
            return [(text, entry.value)]
        default:
            report(at: entry.value, Message.expectedList(key))
            return []
        }
    }

    /// The text of a scalar, with YAML's null spellings read as empty; `nil` for collections.
    private func scalarText(_ node: YAMLNode) -> String? {
        guard case .scalar(let scalar) = node else { return nil }
        if scalar.style == .plain, ["~", "null", "Null", "NULL"].contains(scalar.text) { return "" }
        return scalar.text.trimmedWhitespaceAndNewlines
    }
}

import Foundation
