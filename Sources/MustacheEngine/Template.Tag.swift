extension Template {
    /// A tag as written, with its position: for checks that look at the whole template without rendering
    /// it (unknown names, tags a caller refuses, missing partials).
    public struct Tag: Equatable, Sendable {
        /// What a tag does, from the character after its opening delimiter.
        public enum Kind: Equatable, Sendable {
            /// `{{name}}`: a value, escaped.
            case variable
            /// `{{{name}}}` or `{{&name}}`: a value as it is.
            case unescaped
            /// `{{#name}}`: content shown for a truthy value, once per item of a list.
            case section
            /// `{{^name}}`: content shown for a falsey or missing value.
            case invertedSection
            /// `{{/name}}`: the end of a section, parent or block.
            case sectionEnd
            /// `{{>name}}`: another template inserted here.
            case partial
            /// `{{<name}}`: another template inserted here, with blocks replaced.
            case parent
            /// `{{$name}}`: content that a template using this one as parent may replace.
            case block
            /// `{{!…}}`: a comment.
            case comment
            /// `{{=… …=}}`: new delimiters for the rest of the template.
            case setDelimiters
            /// `{{%…}}`: a pragma; ignored.
            case pragma
        }

        /// What the tag does.
        public let kind: Kind
        /// The tag's content without its sigil, trimmed: a name such as `events`, `first(events)` or
        /// `partials/event.html` (`*name` for a dynamic name), a comment's text, the two delimiters of a
        /// set-delimiters tag (`<% %>`) or a pragma's text.
        public let name: String
        /// 1-based line of the tag's opening delimiter.
        public let line: Int
        /// 1-based column of the tag's opening delimiter, counted in Unicode scalars.
        public let column: Int

        /// A tag of `kind` with `name` at `line` and `column`.
        public init(kind: Kind, name: String, line: Int, column: Int) {
            self.kind = kind
            self.name = name
            self.line = line
            self.column = column
        }

        /// The variable names the tag refers to, split at dots, and its transforms in the order they apply:
        /// `first(events)` → (`["events"]`, `["first"]`); `index()` → (`[]`, `["index"]`);
        /// `count(reversed(events))` → (`["events"]`, `["reversed", "count"]`).
        ///
        /// Inside a list, `first()`, `last()`, `index()`, `even()` and `odd()` give the item's position;
        /// `count`, `empty`, `first`, `last` and `reversed` apply to lists, `empty` and `reversed` to texts,
        /// `even` and `odd` to numbers. Anything else gives no value.
        public var reference: (names: [String], transforms: [String]) {
            let (name, transforms) = TemplateReference.splitTransforms(self.name) ?? (self.name, [])
            return (TemplateReference.names(in: name), transforms)
        }
    }
}
