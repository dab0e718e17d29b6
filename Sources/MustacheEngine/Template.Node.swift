extension Template {
    /// One piece of a parsed template.
    enum Node: Sendable {
        /// Text as written, after the whitespace of standalone tags is taken out.
        case text([UInt8], SourcePosition)
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (as is).
        case variable(TemplateReference, escaped: Bool, SourcePosition)
        /// `{{#name}}…{{/name}}`, or with `inverted` `{{^name}}…{{/name}}`.
        case section(TemplateReference, [Node], inverted: Bool, SourcePosition)
        /// `{{>name}}`; `indentation` is the whitespace before a standalone tag, put in front of every line.
        case partial(PartialName, indentation: [UInt8], SourcePosition)
        /// `{{<name}}…{{/name}}`: the template `name` with the blocks given here in place of its own.
        case parent(PartialName, indentation: [UInt8], blocks: [String: [Node]], SourcePosition)
        /// `{{$name}}…{{/name}}`: default content that a template using this one as parent may replace.
        case block(String, [Node], BlockIndentation, SourcePosition)
    }

    /// The name of a partial or parent: as written, or `*name` to look up in the view.
    enum PartialName: Sendable {
        case fixed(String)
        case dynamic(TemplateReference)
    }

    /// How content that replaces a block is indented.
    enum BlockIndentation: Sendable {
        /// Not at all: the block is not standalone.
        case none
        /// The block's opening tag ends its line: every line of the replacement gets this indentation.
        case lines([UInt8])
        /// The block's opening tag starts a line after this whitespace, which is written as text before
        /// it; the replacement's later lines get it too.
        case afterText([UInt8])
    }
}
