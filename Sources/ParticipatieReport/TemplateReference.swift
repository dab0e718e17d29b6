import ParticipatieModel
import ParticipatieReading
/// What a tag names: `title`, `process.title`, `.`, or a transform such as `first()` or `count(events)`.
struct TemplateReference: Equatable, Sendable {
    /// The names to look up in turn, split at dots; empty for `.` and for a transform of the position.
    let names: [String]
    /// Transforms in the order they apply: `count(reversed(events))` gives `["reversed", "count"]`.
    let transforms: [String]
    /// `.name`: look only in the innermost section, not in the sections around it.
    let isAnchored: Bool
    /// The tag's content as written, to match a section with its closing tag.
    let source: String

    /// `{{.}}`: the innermost section's value itself.
    var isImplicit: Bool { names.isEmpty && transforms.isEmpty }
}
