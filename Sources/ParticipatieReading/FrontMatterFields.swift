import Foundation
import ParticipatieModel

/// The keys of one front matter block, read from its ``YAMLNode`` tree without any type
/// guessing: every scalar is read as the text the user wrote.
///
/// Each accessor reports problems (wrong type, empty value) into ``diagnostics`` with the
/// position of the offending node, re-based from the YAML block onto the `.md` file.
struct FrontMatterFields {
    struct Entry {
        let key: String
        let keyMark: SourcePosition
        let value: YAMLNode
    }

    let file: String
    private(set) var entries: [Entry] = []
    var diagnostics: [Diagnostic] = []
    /// Positions of scalars that hold a control character: reported once, when the block is read,
    /// and then left out by the accessors, so no second message echoes the first.
    private var refused: Set<SourcePosition> = []

    /// Largest front matter accepted, in bytes.
    static let sizeLimit = 64 * 1024
    /// Deepest nesting accepted in front matter.
    static let depthLimit = 32

    /// Parses the YAML of `frontMatter`; a diagnostic when it cannot be read at all.
    static func parse(_ frontMatter: FrontMatter, file: String) -> Result<FrontMatterFields, Diagnostic> {
        let yaml = frontMatter.yaml
        if yaml.utf8.count > sizeLimit {
            return .failure(
                Diagnostic(
                    file: file, line: frontMatter.yamlFirstLine, column: 1,
                    message: Message.frontMatterTooLarge(yaml.utf8.count, limit: sizeLimit)))
        }
        let root: YAMLNode?
        switch YAMLComposer.compose(yaml, firstLine: frontMatter.yamlFirstLine, depthLimit: depthLimit) {
        case .success(let node):
            root = node
        case .failure(let problem):
            return .failure(Diagnostic(file: file, line: problem.line, column: problem.column, message: Message.yaml(problem)))
        }
        guard let root else {
            return .failure(Diagnostic(file: file, line: 1, column: 1, message: Message.emptyFrontMatter))
        }
        guard case .mapping(let mapping, _) = root else {
            let position = root.position
            return .failure(
                Diagnostic(
                    file: file, line: position.line, column: position.column,
                    message: Message.frontMatterNotMapping))
        }
        var fields = FrontMatterFields(file: file)
        // The text was refused already if it held a control character itself (``SourceText``), so a
        // value holds one only when an escape (`"\\x01"`, `"\\e"`, `"\\N"`) makes it.
        if yaml.utf8.span.firstIndex(of: UInt8(ascii: "\\")) != nil {
            fields.refuseControlCharacters(in: root)
        }
        fields.entries.reserveCapacity(mapping.count)
        for (keyNode, value) in mapping {
            // The composer refuses keys that are collections, so every key is a scalar here.
            guard case .scalar(let scalar) = keyNode else { continue }
            fields.entries.append(Entry(key: scalar.text, keyMark: scalar.position, value: value))
        }
        return .success(fields)
    }

    private init(file: String) {
        self.file = file
    }

    /// The entry of `key` (lower-case ASCII, as every key of the format is). Keys of another length in
    /// bytes are passed over without comparing them: no other text is canonically equal to such a key.
    func entry(_ key: String) -> Entry? {
        let length = key.utf8.count
        return entries.first { $0.key.utf8.count == length && $0.key == key }
    }

    /// Where `node` starts in the file.
    func position(of node: YAMLNode) -> SourcePosition { node.position }

    /// A diagnostic at the position of `node`.
    func diagnostic(at node: YAMLNode, severity: Diagnostic.Severity = .fout, _ message: String) -> Diagnostic {
        let position = node.position
        return Diagnostic(file: file, line: position.line, column: position.column, severity: severity, message: message)
    }

    mutating func report(at node: YAMLNode, severity: Diagnostic.Severity = .fout, _ message: String) {
        diagnostics.append(diagnostic(at: node, severity: severity, message))
    }

    /// Reports a missing required key at the opening `---`.
    mutating func reportMissing(_ key: String) {
        diagnostics.append(Diagnostic(file: file, line: 1, column: 1, message: Message.missingKey(key)))
    }

    /// Reports every scalar holding a control character: YAML escapes (`"\\0"`, `"\\e[2J"`, `"\\x85"`)
    /// can put in what the file itself may not contain. Tabs and line ends are text. The tree is walked
    /// with a stack of its own.
    private mutating func refuseControlCharacters(in root: YAMLNode) {
        var pending = [root]
        while let node = pending.popLast() {
            switch node {
            case .scalar(let scalar):
                guard let control = scalar.text.unicodeScalars.first(where: FrontMatterFields.isControl) else { continue }
                refused.insert(scalar.position)
                diagnostics.append(
                    Diagnostic(
                        file: file, line: scalar.position.line, column: scalar.position.column,
                        message: Message.controlCharacterInValue(control.value)))
            case .sequence(let items, _):
                pending.append(contentsOf: items.reversed())
            case .mapping(let pairs, _):
                for pair in pairs.reversed() { pending += [pair.value, pair.key] }
            }
        }
    }

    /// C0 control characters other than tab and line feed, DEL, and the C1 control characters.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    /// Warns about keys outside `known`, suggesting the nearest known key.
    mutating func reportUnknownKeys(known: [String]) {
        for entry in entries where !known.contains(entry.key) {
            let suggestion = Suggestion.nearest(to: entry.key, in: known)
            diagnostics.append(
                Diagnostic(
                    file: file, line: entry.keyMark.line,
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
        if refused.contains(entry.value.position) { return nil }
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
            for item in sequence where !refused.contains(item.position) {
                guard let text = scalarText(item) else {
                    report(at: item, Message.expectedTextInList(key))
                    continue
                }
                if !text.isEmpty { items.append((text, item)) }
            }
            return items
        case .scalar:
            guard !refused.contains(entry.value.position), let text = scalarText(entry.value), !text.isEmpty else { return [] }
            return [(text, entry.value)]
        default:
            report(at: entry.value, Message.expectedList(key))
            return []
        }
    }

    /// The text of a scalar inside a nested value (a phase, a declared kind), trimmed; `nil` for a
    /// collection, an empty value or a scalar already refused for a control character.
    func text(of node: YAMLNode) -> String? {
        guard !refused.contains(node.position), let text = scalarText(node), !text.isEmpty else { return nil }
        return text
    }

    /// The value of `key` in a nested mapping (`nil` when no pair has that key).
    static func value(_ key: String, in pairs: [(key: YAMLNode, value: YAMLNode)]) -> YAMLNode? {
        pairs.first { pair in
            if case .scalar(let scalar) = pair.key { return scalar.text == key }
            return false
        }?.value
    }

    /// Warns about keys of a nested mapping outside `known`, suggesting the nearest known key.
    mutating func reportUnknownKeys(in pairs: [(key: YAMLNode, value: YAMLNode)], known: [String]) {
        for pair in pairs {
            guard case .scalar(let scalar) = pair.key, !known.contains(scalar.text) else { continue }
            report(
                at: pair.key, severity: .waarschuwing,
                Message.unknownKey(scalar.text, suggestion: Suggestion.nearest(to: scalar.text, in: known)))
        }
    }

    /// The texts of `key` (a list, or one scalar), without reporting anything: for what a file with
    /// errors still tells about other files.
    func texts(inList key: String) -> [String] {
        switch entry(key)?.value {
        case .sequence(let items, _): items.compactMap(scalarText).filter { !$0.isEmpty }
        case .some(let value): scalarText(value).map { $0.isEmpty ? [] : [$0] } ?? []
        case nil: []
        }
    }

    /// The trimmed text of a scalar `node` found below `key`; `nil` (reported) when it is a collection,
    /// and `nil` (already reported) when it holds a control character.
    mutating func text(of node: YAMLNode, key: String) -> String? {
        if refused.contains(node.position) { return nil }
        guard let value = scalarText(node) else {
            report(at: node, Message.expectedText(key))
            return nil
        }
        return value
    }

    /// The text of a scalar, with YAML's null spellings read as empty; `nil` for collections.
    private func scalarText(_ node: YAMLNode) -> String? {
        guard case .scalar(let scalar) = node else { return nil }
        if scalar.style == .plain, ["~", "null", "Null", "NULL"].contains(scalar.text) { return "" }
        return scalar.text.trimmedWhitespaceAndNewlines
    }
}
