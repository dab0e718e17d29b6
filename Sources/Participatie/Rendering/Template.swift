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

    /// The template's format, from the end of its name; decides how values are escaped.
    let format: TemplateFormat
    let nodes: [Node]
}
