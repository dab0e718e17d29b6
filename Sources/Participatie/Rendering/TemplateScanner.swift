import Foundation

/// Lists the tags of a Mustache template with their positions, for the checks the parser
/// does not make (unknown names, missing partials, unescaped values).
///
/// Only the default delimiters `{{ }}` are understood; templates that change them are refused
/// by ``TemplateLibrary``, so this view of a template is complete.
struct TemplateScanner {
    /// One `{{…}}` tag.
    struct Tag: Equatable {
        enum Kind: Equatable {
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
    }

    /// The tags of `text` in order. Scanning stops at a tag that is never closed.
    static func tags(in text: String) -> [Tag] {
        let scalars = Array(text.unicodeScalars)
        var tags: [Tag] = []
        var index = 0, line = 1, lineStart = 0
        while index + 1 < scalars.count {
            if scalars[index] == "\n" {
                line += 1
                index += 1
                lineStart = index
                continue
            }
            guard scalars[index] == "{", scalars[index + 1] == "{" else {
                index += 1
                continue
            }
            let column = index - lineStart + 1
            var start = index + 2
            var closing: [Unicode.Scalar] = ["}", "}"]
            var kind = Tag.Kind.variable
            if start < scalars.count {
                switch scalars[start] {
                case "{": kind = .unescaped; closing = ["}", "}", "}"]
                case "&": kind = .unescaped
                case "#": kind = .section
                case "^": kind = .invertedSection
                case "/": kind = .sectionEnd
                case ">": kind = .partial
                case "<": kind = .parent
                case "$": kind = .block
                case "!": kind = .comment
                case "=": kind = .setDelimiters
                case "%": kind = .pragma
                default: start -= 1
                }
                start += 1
            }
            guard let end = firstIndex(of: closing, in: scalars, from: start) else { break }
            var content = String(String.UnicodeScalarView(scalars[start..<end]))
            if kind == .setDelimiters, content.hasSuffix("=") { content.removeLast() }
            tags.append(Tag(kind: kind, name: content.trimmedWhitespaceAndNewlines, line: line, column: column))
            for scalar in scalars[index..<end] where scalar == "\n" {
                line += 1
            }
            if let lastNewline = scalars[index..<end].lastIndex(of: "\n") { lineStart = lastNewline + 1 }
            index = end + closing.count
        }
        return tags
    }

    /// The variable names a tag refers to, split at dots, without transforms: `first(events)` → `["events"]`,
    /// `process.title` → `["process", "title"]`, `.` and `index()` → `[]`.
    static func names(in expression: String) -> (names: [String], transforms: [String]) {
        var rest = Substring(expression)
        var transforms: [String] = []
        while let open = rest.firstIndex(of: "("), rest.last == ")" {
            transforms.append(String(rest[..<open]).trimmedWhitespaceAndNewlines)
            rest = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
        }
        let names = rest.split(separator: ".").map { String($0).trimmedWhitespaceAndNewlines }.filter { !$0.isEmpty }
        return (names, transforms)
    }

    private static func firstIndex(of needle: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= scalars.count {
            if scalars[index] == needle[0], scalars[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
