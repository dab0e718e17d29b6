import ParticipatieModel
import ParticipatieReading
/// A report template, parsed: text and tags as a tree, ready to render many times.
///
/// Made by ``TemplateParser``; rendered by ``TemplateRenderer``. The language is Mustache
/// (https://mustache.github.io/mustache.5.html) with the default delimiters only: variables,
/// sections, inverted sections, comments, partials, inheritance (`{{<…}}` with `{{$…}}` blocks) and
/// the position and list transforms documented in `docs/sjablonen.md`.
struct Template: Sendable {
    /// One piece of a template.
    enum Node: Sendable {
        /// Text as written. The parser cuts text at line ends, so a node is at most one line.
        case text(String)
        /// `{{name}}` (escaped for the template's format) or `{{{name}}}` / `{{&name}}` (as is).
        case variable(TemplateReference, escaped: Bool)
        /// `{{#name}}…{{/name}}`, or with `inverted` `{{^name}}…{{/name}}`.
        case section(TemplateReference, [Node], inverted: Bool)
        /// `{{>name}}`; `indentation` is the whitespace in front of a partial alone on its line,
        /// repeated in front of every line of the partial.
        case partial(name: String, indentation: String?)
        /// `{{<name}}…{{/name}}`: the template `name` with the blocks given here in place of its own.
        case parent(name: String, indentation: String?, blocks: [String: [Node]])
        /// `{{$name}}…{{/name}}`: content that a template using this one as parent may replace.
        case block(name: String, content: [Node], indentation: String?)
    }

    /// A tag as written, with its position: for the checks that look at the whole template (unknown
    /// names, refused tags, partials) and need no rendering.
    struct Tag: Equatable, Sendable {
        enum Kind: Equatable, Sendable {
            case variable          // {{name}}
            case unescaped         // {{{name}}} or {{&name}}
            case section           // {{#name}}
            case invertedSection   // {{^name}}
            case sectionEnd        // {{/name}}
            case partial           // {{>name}}
            case parent            // {{<name}}
            case block             // {{$name}}
            case comment           // {{!…}}
            case setDelimiters     // {{=… …=}}
            case pragma            // {{%…}}
        }

        let kind: Kind
        /// The tag's content without the sigil, trimmed.
        let name: String
        /// 1-based line of the opening `{{`.
        let line: Int
        /// 1-based column of the opening `{{`, in Unicode scalars.
        let column: Int

        /// The variable names the tag refers to, split at dots, and its transforms:
        /// `first(events)` → (`["events"]`, `["first"]`); `index()` → (`[]`, `["index"]`).
        var reference: (names: [String], transforms: [String]) {
            let (name, transforms) = TemplateParser.splitTransforms(self.name) ?? (self.name, [])
            return (name.split(separator: ".").map(String.init), transforms)
        }
    }

    /// The template's format, from the end of its name; decides how values are escaped.
    let format: TemplateFormat
    let nodes: [Node]
    /// Every tag in the order written.
    let tags: [Tag]
}
