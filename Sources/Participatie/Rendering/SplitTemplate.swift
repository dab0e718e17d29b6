import Mustache

/// A template cut at its long top-level sections, so that their items are rendered on all cores.
///
/// swift-mustache renders a section over a sequence item by item on one thread: for a report of
/// 10,000 events that was most of the build. A section `{{#events}}…{{/events}}` at the top level of a
/// template (inside no other section) whose opening and closing tags each stand alone on their line
/// renders as the concatenation of the same section rendered over consecutive slices of the sequence,
/// because every item sees the same context: the root view below it. So the template is cut into the
/// text before, the section and the text after, at line starts, and swift-mustache parses and renders
/// each piece itself. A slice is offered under a private name, so that a nested use of the sequence's
/// own name still sees the whole sequence.
///
/// Not cut: templates with inheritance (`{{<…}}`, `{{$…}}`), changed delimiters or pragmas, and sections
/// that may ask for their position in the sequence (`first()`, `index()` …), which would restart in
/// every slice. Before a view is rendered in pieces, ``render(_:library:into:)`` checks the pieces against
/// swift-mustache's rendering of the whole template with every sequence shortened to three items, cut
/// into slices of one item; on any difference the whole template is rendered as one.
struct SplitTemplate: Sendable {
    /// Sequences with fewer items are rendered in one go; splitting them gains nothing.
    static let minimumItems = 64
    /// Items per slice: enough to keep the per-slice cost small, few enough to share the work well.
    static let itemsPerSlice = 32
    /// Slices rendered together before their text is handed on: about 2,000 events, a few megabytes.
    static let slicesPerGroup = 64

    /// The template's text cut into pieces, each with the pragma in front; parsed only when used.
    private enum Piece: Sendable {
        /// Text and tags rendered with the root view as they are.
        case text(String)
        /// A top-level section over `name`: `whole` as written, `sliced` the same under the private
        /// name. `positionGuards` has, for each tag inside that asks for a position in a sequence
        /// (`{{^last()}}`), the sections around it inside this one (`fedOutcomes`).
        case section(name: String, whole: String, sliced: String, positionGuards: [[String]])
    }

    /// A piece as swift-mustache parsed it.
    private enum Parsed {
        case text(MustacheTemplate)
        case section(name: String, whole: MustacheTemplate, sliced: MustacheTemplate)
    }

    private let pieces: [Piece]
    /// The template as swift-mustache parses it whole, for the check and the fallback.
    private let whole: MustacheTemplate

    /// The name a slice is offered under; templates cannot see it in any other way.
    static let sliceName = "participatie-deel"

    /// `text` is the template as written, `pragma` what the library puts in front of every template
    /// and `whole` the library's template parsed from the two. Only looks at the text; the pieces are
    /// parsed when a view has a sequence long enough to split. `nil` when the template has no section
    /// that could be cut, or cannot be cut safely.
    init?(text: String, pragma: String, whole: MustacheTemplate) {
        let scalars = Array(text.unicodeScalars)
        let tags = SplitTemplate.tags(in: scalars)
        var sections: [(open: Tag, close: Tag)] = []
        var depth = 0
        var open: Tag?
        for tag in tags {
            switch tag.sigil {
            case "=", "<", "$", "%":
                return nil
            case "#", "^":
                if depth == 0, tag.sigil == "#" { open = tag }
                depth += 1
            case "/":
                depth -= 1
                if depth < 0 { return nil }
                if depth == 0, let start = open {
                    let names = TemplateScanner.names(in: start.content)
                    if names.transforms.isEmpty, names.names.count == 1,
                       SplitTemplate.standsAlone(start, in: scalars), SplitTemplate.standsAlone(tag, in: scalars) {
                        sections.append((start, tag))
                    }
                    open = nil
                }
            default:
                continue
            }
        }
        guard depth == 0, !sections.isEmpty else { return nil }

        func source(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        var pieces: [Piece] = []
        var position = 0
        for (open, close) in sections {
            let start = SplitTemplate.lineStart(of: open, in: scalars)
            let end = SplitTemplate.lineEnd(of: close, in: scalars)
            pieces.append(.text(pragma + source(position..<start)))
            let sliced = source(start..<open.start) + "{{#\(SplitTemplate.sliceName)}}" + source(open.end..<close.start)
                + "{{/\(SplitTemplate.sliceName)}}" + source(close.end..<end)
            let inner = tags.filter { $0.start >= open.end && $0.end <= close.start }
            pieces.append(.section(name: TemplateScanner.names(in: open.content).names[0], whole: pragma + source(start..<end),
                                   sliced: pragma + sliced, positionGuards: SplitTemplate.positionGuards(inner)))
            position = end
        }
        pieces.append(.text(pragma + source(position..<scalars.count)))
        self.pieces = pieces
        self.whole = whole
    }

    /// Renders `root` and hands the text to `write` in consecutive parts, which together are what
    /// swift-mustache renders for the whole template. The slices of long sequences are rendered on all
    /// cores, a group at a time, so that only a group's text is in memory at once.
    func render(_ root: any MustacheParent & Sendable, library: MustacheLibrary, into write: (String) -> Void) {
        let sliced = pieces.map { SplitTemplate.shouldSlice($0, of: root, minimumItems: SplitTemplate.minimumItems) }
        guard sliced.contains(true), let parsed = parsedPieces(), verified(parsed, root, library: library) else {
            write(whole.render(root, library: library))
            return
        }
        for (piece, slice) in zip(parsed, sliced) {
            switch piece {
            case .text(let template):
                write(template.render(root, library: library))
            case .section(let name, let whole, let template):
                guard slice, let count = (root.child(named: name) as? any SliceableSequence)?.sliceCount else {
                    write(whole.render(root, library: library))
                    continue
                }
                let ranges = stride(from: 0, to: count, by: SplitTemplate.itemsPerSlice).map {
                    $0..<min($0 + SplitTemplate.itemsPerSlice, count)
                }
                for group in stride(from: 0, to: ranges.count, by: SplitTemplate.slicesPerGroup) {
                    let texts = ProcessReader.concurrentMap(Array(ranges[group..<min(group + SplitTemplate.slicesPerGroup, ranges.count)])) {
                        template.render(SliceView(root: root, slice: $0, of: name), library: library)
                    }
                    texts.forEach(write)
                }
            }
        }
    }

    /// The pieces parsed by swift-mustache; `nil` if one does not parse on its own.
    private func parsedPieces() -> [Parsed]? {
        try? pieces.map { piece in
            switch piece {
            case .text(let text):
                .text(try MustacheTemplate(string: text))
            case .section(let name, let whole, let sliced, _):
                .section(name: name, whole: try MustacheTemplate(string: whole), sliced: try MustacheTemplate(string: sliced))
            }
        }
    }

    /// Whether the pieces give what swift-mustache gives for the whole template, on `root` with every
    /// sequence cut to three items: rendered in slices of one item, and with every section whole.
    private func verified(_ parsed: [Parsed], _ root: any MustacheParent & Sendable, library: MustacheLibrary) -> Bool {
        let short = ShortView(root: root)
        let expected = whole.render(short, library: library)
        var sliced = "", unsliced = ""
        for (piece, parsedPiece) in zip(pieces, parsed) {
            switch parsedPiece {
            case .text(let template):
                let text = template.render(short, library: library)
                sliced += text
                unsliced += text
            case .section(let name, let whole, let template):
                let text = whole.render(short, library: library)
                unsliced += text
                guard SplitTemplate.shouldSlice(piece, of: short, minimumItems: 1),
                      let count = (short.child(named: name) as? any SliceableSequence)?.sliceCount else {
                    sliced += text
                    continue
                }
                for index in 0..<count {
                    sliced += template.render(SliceView(root: short, slice: index..<index + 1, of: name), library: library)
                }
            }
        }
        return sliced == expected && unsliced == expected
    }

    /// Whether `piece` is a section over a sequence of at least `minimumItems` views whose items cannot
    /// see their position in it: every tag inside that asks for a position is inside a section over
    /// a sequence of the item's own (as in `{{#fedOutcomes}}…{{^last()}}…{{/fedOutcomes}}`).
    private static func shouldSlice(_ piece: Piece, of root: any MustacheParent, minimumItems: Int) -> Bool {
        guard case .section(let name, _, _, let guards) = piece,
              let sequence = root.child(named: name) as? any SliceableSequence,
              sequence.sliceCount >= minimumItems else { return false }
        if guards.isEmpty { return true }
        guard let item = sequence.firstItem as? any MustacheParent else { return false }
        return guards.allSatisfy { names in names.contains { item.child(named: $0) is any SliceableSequence } }
    }

    /// For each tag that names no variable but applies a transform (`{{#first()}}`, `{{index()}}`) and
    /// so reads the position in the innermost sequence: the names of the sections around it.
    private static func positionGuards(_ tags: [Tag]) -> [[String]] {
        var open: [(sigil: Unicode.Scalar, name: String?)] = []
        var guards: [[String]] = []
        for tag in tags {
            let names = TemplateScanner.names(in: tag.content)
            switch tag.sigil {
            case "#", "^":
                if names.names.isEmpty, !names.transforms.isEmpty { guards.append(open.compactMap(\.name)) }
                open.append((tag.sigil!, tag.sigil == "#" && names.transforms.isEmpty && names.names.count == 1 ? names.names[0] : nil))
            case "/":
                if !open.isEmpty { open.removeLast() }
            case nil, "{", "&":
                if names.names.isEmpty, !names.transforms.isEmpty { guards.append(open.compactMap(\.name)) }
            default:
                continue
            }
        }
        return guards
    }

    // MARK: Tags

    /// One `{{…}}` tag: its sigil (`#`, `^`, `/`, `{`, `&`, `>`, `<`, `$`, `!`, `=`, `%` or none), its content
    /// and where it starts and ends, in Unicode scalars.
    private struct Tag {
        let sigil: Unicode.Scalar?
        let content: String
        let start: Int
        let end: Int
    }

    /// The tags of the template, as swift-mustache finds them with the default delimiters. Like
    /// ``TemplateScanner/tags(in:)``, but with offsets instead of lines and columns, to cut the text.
    private static func tags(in scalars: [Unicode.Scalar]) -> [Tag] {
        var tags: [Tag] = []
        var index = 0
        while index + 1 < scalars.count {
            guard scalars[index] == "{", scalars[index + 1] == "{" else {
                index += 1
                continue
            }
            var contentStart = index + 2
            var sigil: Unicode.Scalar?
            var closing: [Unicode.Scalar] = ["}", "}"]
            if contentStart < scalars.count, "{&#^/><$!=%".unicodeScalars.contains(scalars[contentStart]) {
                sigil = scalars[contentStart]
                if sigil == "{" { closing = ["}", "}", "}"] }
                contentStart += 1
            }
            var end = contentStart
            while end + closing.count <= scalars.count, Array(scalars[end..<end + closing.count]) != closing { end += 1 }
            guard end + closing.count <= scalars.count else { break }
            let content = String(String.UnicodeScalarView(scalars[contentStart..<end])).trimmedWhitespaceAndNewlines
            tags.append(Tag(sigil: sigil, content: content, start: index, end: end + closing.count))
            index = end + closing.count
        }
        return tags
    }

    /// Whether only spaces and tabs share the tag's line, which ends in `\n`.
    private static func standsAlone(_ tag: Tag, in scalars: [Unicode.Scalar]) -> Bool {
        var before = tag.start - 1
        while before >= 0, scalars[before] == " " || scalars[before] == "\t" { before -= 1 }
        guard before < 0 || scalars[before] == "\n" else { return false }
        var after = tag.end
        while after < scalars.count, scalars[after] == " " || scalars[after] == "\t" { after += 1 }
        return after < scalars.count && scalars[after] == "\n"
    }

    private static func lineStart(of tag: Tag, in scalars: [Unicode.Scalar]) -> Int {
        var index = tag.start
        while index > 0, scalars[index - 1] != "\n" { index -= 1 }
        return index
    }

    /// Just after the `\n` that ends the tag's line.
    private static func lineEnd(of tag: Tag, in scalars: [Unicode.Scalar]) -> Int {
        var index = tag.end
        while scalars[index] != "\n" { index += 1 }
        return index + 1
    }
}

/// A sequence value whose items can be offered a slice at a time.
protocol SliceableSequence {
    var sliceCount: Int { get }
    var firstItem: Any? { get }
    /// The items in `range` as a sequence swift-mustache renders like the whole.
    func slice(_ range: Range<Int>) -> Any
}

extension Array: SliceableSequence {
    var sliceCount: Int { count }
    var firstItem: Any? { first }
    func slice(_ range: Range<Int>) -> Any { Array(self[range]) }
}

/// The root view with one slice of a sequence under ``SplitTemplate/sliceName``; every other name
/// is the root's.
private struct SliceView: MustacheParent {
    let root: any MustacheParent
    let slice: Range<Int>
    let name: String

    init(root: any MustacheParent, slice: Range<Int>, of name: String) {
        self.root = root
        self.slice = slice
        self.name = name
    }

    func child(named childName: String) -> Any? {
        guard childName == SplitTemplate.sliceName else { return root.child(named: childName) }
        return (root.child(named: name) as? any SliceableSequence)?.slice(slice)
    }
}

/// The root view with every sequence cut to its first three items, for ``SplitTemplate``'s check.
private struct ShortView: MustacheParent, Sendable {
    let root: any MustacheParent & Sendable

    func child(named name: String) -> Any? {
        let value = root.child(named: name)
        guard let sequence = value as? any SliceableSequence, sequence.sliceCount > 3 else { return value }
        return sequence.slice(0..<3)
    }
}
