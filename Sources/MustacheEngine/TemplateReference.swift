/// What a tag names: `title`, `process.title`, `.`, or a transform such as `first()` or `count(events)`.
struct TemplateReference: Equatable, Sendable {
    /// The names to look up in turn, split at dots; empty for `.` and for a transform of the position.
    let names: [String]
    /// Transforms in the order they apply: `count(reversed(events))` gives `["reversed", "count"]`.
    let transforms: [String]
    /// `.name`: look only in the innermost context, not in the ones around it.
    let isAnchored: Bool

    /// The reference a tag's content stands for; `nil` when its brackets do not match.
    init?(_ source: String) {
        guard let (name, transforms) = TemplateReference.splitTransforms(source) else { return nil }
        self.names = TemplateReference.names(in: name)
        self.transforms = transforms
        self.isAnchored = name.hasPrefix(".") && name != "."
    }

    /// `process.title` → [`process`, `title`]; `.` → [].
    static func names(in name: String) -> [String] {
        // Most names have no dot; looking for its byte first spares splitting them by characters.
        guard name.utf8.contains(UInt8(ascii: ".")) else { return name.isEmpty ? [] : [name] }
        return name.split(separator: ".").map(String.init)
    }

    /// `count(reversed(events))` → (`events`, [`reversed`, `count`]); `index()` → (``, [`index`]);
    /// `nil` when the brackets do not match.
    static func splitTransforms(_ source: String) -> (name: String, transforms: [String])? {
        guard source.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }) else { return (source, []) }
        var rest = Substring(source)
        var transforms: [String] = []
        while let open = rest.firstIndex(of: "(") {
            let transform = rest[..<open]
            guard !transform.isEmpty, !transform.contains(")") else { return nil }
            transforms.append(String(transform))
            rest = rest[rest.index(after: open)...]
        }
        let closing = rest.drop { $0 != ")" }
        let name = rest[..<closing.startIndex]
        guard closing.count == transforms.count, closing.allSatisfy({ $0 == ")" }) else { return nil }
        return (String(name), transforms.reversed())
    }
}
