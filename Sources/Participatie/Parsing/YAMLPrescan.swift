/// A quick lexical pass over front matter before it reaches the YAML parser.
///
/// It rejects what a process file never needs and what makes YAML parsers slow or crash:
/// anchors and aliases (the "billion laughs" bomb), explicit tags such as `!!python/object`,
/// and nesting deeper than a limit (the composer recurses once per level).
/// Quoted strings, comments and block scalars (`|`, `>`) are skipped.
enum YAMLPrescan {
    struct Problem: Equatable {
        let message: String
        /// 1-based line and column (in Unicode scalars) within the YAML block.
        let line: Int
        let column: Int
    }

    static func check(_ yaml: String, depthLimit: Int) -> Problem? {
        var flowDepth = 0
        var indentStack: [Int] = []
        var quote: Unicode.Scalar?
        var blockScalarIndent: Int?
        for (lineIndex, rawLine) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = lineIndex + 1
            let scalars = Array(rawLine.unicodeScalars)
            var indent = 0
            while indent < scalars.count, scalars[indent] == " " { indent += 1 }
            let isBlank = indent == scalars.count || scalars[indent] == "#"
            if let parent = blockScalarIndent {
                if isBlank || indent > parent { continue }
                blockScalarIndent = nil
            }
            if !isBlank, quote == nil, flowDepth == 0 {
                while let last = indentStack.last, last >= indent { indentStack.removeLast() }
                indentStack.append(indent)
                var depth = indentStack.count
                var probe = indent
                while probe + 1 < scalars.count, scalars[probe] == "-", scalars[probe + 1] == " " {
                    depth += 1
                    probe += 2
                    while probe < scalars.count, scalars[probe] == " " { probe += 1 }
                }
                if depth > depthLimit {
                    return Problem(message: Message.frontMatterTooDeep(limit: depthLimit), line: line, column: indent + 1)
                }
            }
            var tokenStart = quote == nil
            var isBlockScalarHeader = false
            var column = 0
            while column < scalars.count {
                let character = scalars[column]
                let next: Unicode.Scalar? = column + 1 < scalars.count ? scalars[column + 1] : nil
                let followedBySpace = next == nil || next == " " || next == "\t"
                if let open = quote {
                    if character == open {
                        if open == "'", next == "'" { column += 1 } else { quote = nil }
                    } else if open == "\"", character == "\\" {
                        column += 1
                    }
                    column += 1
                    continue
                }
                if character == " " || character == "\t" { column += 1; continue }
                if character == "#", column == 0 || scalars[column - 1] == " " || scalars[column - 1] == "\t" { break }
                if tokenStart {
                    switch character {
                    case "\"", "'":
                        quote = character
                        tokenStart = false
                        column += 1
                        continue
                    case "&", "*":
                        if !followedBySpace {
                            return Problem(message: Message.aliasNotAllowed, line: line, column: column + 1)
                        }
                    case "!":
                        var end = column
                        while end < scalars.count, scalars[end] != " " { end += 1 }
                        let tag = String(String.UnicodeScalarView(scalars[column..<end]))
                        return Problem(message: Message.tagNotAllowed(tag), line: line, column: column + 1)
                    case "|", ">":
                        var end = column + 1
                        while end < scalars.count, "+-0123456789".unicodeScalars.contains(scalars[end]) { end += 1 }
                        while end < scalars.count, scalars[end] == " " || scalars[end] == "\t" { end += 1 }
                        if flowDepth == 0, end == scalars.count || scalars[end] == "#" {
                            isBlockScalarHeader = true
                        }
                    default:
                        break
                    }
                }
                if isBlockScalarHeader { break }
                switch character {
                case "[", "{":
                    flowDepth += 1
                    if flowDepth + indentStack.count > depthLimit {
                        return Problem(message: Message.frontMatterTooDeep(limit: depthLimit), line: line, column: column + 1)
                    }
                    tokenStart = true
                case "]", "}":
                    flowDepth = max(0, flowDepth - 1)
                    tokenStart = false
                case ",":
                    tokenStart = flowDepth > 0
                case "-", "?", ":":
                    tokenStart = followedBySpace || (character == ":" && flowDepth > 0)
                default:
                    tokenStart = false
                }
                column += 1
            }
            if isBlockScalarHeader { blockScalarIndent = indent }
        }
        return nil
    }
}
