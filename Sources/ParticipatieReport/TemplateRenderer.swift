import ParticipatieModel
import ParticipatieReading
/// Renders parsed templates with a view and hands the text on as UTF-8 in parts of about a megabyte,
/// so a report of any size is never whole in memory.
///
/// Names are looked up as Mustache does: in the innermost section's value first, then outwards to the
/// view itself. Inside a list, `first()`, `last()`, `index()`, `even()` and `odd()` give the item's
/// position; `count`, `empty`, `first`, `last` and `reversed` apply to lists, `empty` and `reversed`
/// to texts, `even` and `odd` to numbers. Anything else gives no value.
struct TemplateRenderer {
    /// The position of the current item in the innermost list being repeated.
    private struct Position {
        let index: Int
        let count: Int
    }

    /// Parts smaller than this are kept until more text follows.
    static let partSize = 1 << 20
    /// Lists with at least this many items have their items rendered on all cores.
    static let parallelItems = 256
    /// Items one core renders at a time.
    static let itemsPerChunk = 64
    /// Chunks rendered together before their text is handed on: about 2,000 items.
    static let chunksPerGroup = 32

    private let templates: [String: Template]
    /// `nil` for a renderer that makes the text of some list items for another one.
    private let write: (([UInt8]) -> Void)?
    private var output: [UInt8] = []
    /// The values of the sections around the current tag, the view itself first.
    private var stack: [TemplateValue] = []
    private var position: Position?
    /// Blocks given by the `{{<…}}` tags being rendered, outermost first; the outermost wins.
    private var overrides: [[String: [Template.Node]]] = []
    /// Put in front of every line, inside partials that stand alone on an indented line.
    private var indentation = ""
    private var atLineStart = false

    /// Renders `template` with `view`, looking partials up in `templates`, and hands the text to
    /// `write` in consecutive parts.
    static func render(_ template: Template, view: TemplateValue, templates: [String: Template],
                       into write: ([UInt8]) -> Void) {
        withoutActuallyEscaping(write) { write in
            var renderer = TemplateRenderer(templates: templates, write: write)
            renderer.stack = [view]
            renderer.output.reserveCapacity(partSize + partSize / 4)
            renderer.render(template.nodes, format: template.format)
            if !renderer.output.isEmpty { write(renderer.output) }
        }
    }

    private init(templates: [String: Template], write: (([UInt8]) -> Void)?) {
        self.templates = templates
        self.write = write
    }

    private mutating func render(_ nodes: [Template.Node], format: TemplateFormat) {
        for node in nodes {
            switch node {
            case .text(let text):
                emit(text)
            case .variable(let reference, let escaped):
                guard let value = resolve(reference) else { continue }
                switch value {
                case .text(let text): escaped ? emitEscaped(text, format: format) : emit(text)
                case .number(let number): emit(String(number))
                case .flag(let flag): emit(flag ? "true" : "false")
                case .list, .object: continue
                }
            case .section(let reference, let content, let inverted):
                let value = resolve(reference)
                if inverted {
                    if !(value?.isTruthy ?? false) { render(content, format: format) }
                } else if let value {
                    renderSection(content, for: value, format: format)
                }
            case .partial(let name, let partialIndentation):
                guard let partial = templates[name] else { continue }
                renderPartial(partial, indentation: partialIndentation)
            case .parent(let name, let parentIndentation, let blocks):
                guard let parent = templates[name] else { continue }
                overrides.append(blocks)
                renderPartial(parent, indentation: parentIndentation)
                overrides.removeLast()
            case .block(let name, let content, let blockIndentation):
                let replacement = overrides.lazy.compactMap { $0[name] }.first
                let saved = indentation
                if let blockIndentation { indentation += blockIndentation }
                render(replacement ?? content, format: format)
                indentation = saved
            }
            handOnIfFull()
        }
    }

    /// Hands the text made so far on once it reaches ``partSize``; a worker keeps all of its text.
    private mutating func handOnIfFull() {
        guard let write, output.count >= TemplateRenderer.partSize else { return }
        write(output)
        output.removeAll(keepingCapacity: true)
    }

    /// Renders `content` once for each item in `range` of `items`, with the item's position.
    private mutating func renderItems(_ range: Range<Int>, of items: [TemplateValue], content: [Template.Node],
                                      format: TemplateFormat) {
        let saved = position
        for index in range {
            stack.append(items[index])
            position = Position(index: index, count: items.count)
            render(content, format: format)
            stack.removeLast()
        }
        position = saved
    }

    private mutating func renderSection(_ content: [Template.Node], for value: TemplateValue, format: TemplateFormat) {
        switch value {
        case .flag(let flag):
            if flag { render(content, format: format) }
        case .list(let items):
            renderItems(items.indices, of: items, content: content, format: format)
        case .text, .number, .object:
            let saved = position
            stack.append(value)
            position = nil
            render(content, format: format)
            stack.removeLast()
            position = saved
        }
    }

    private mutating func renderPartial(_ partial: Template, indentation partialIndentation: String?) {
        guard let partialIndentation else {
            render(partial.nodes, format: partial.format)
            return
        }
        // The whitespace before the tag is already written; the partial's later lines get it too.
        let saved = indentation
        indentation += partialIndentation
        atLineStart = false
        render(partial.nodes, format: partial.format)
        indentation = saved
    }

    // MARK: Output

    private mutating func emit(_ text: String) {
        guard !indentation.isEmpty else {
            TemplateRenderer.append(text, to: &output)
            return
        }
        guard let last = text.utf8.last else { return }
        if atLineStart { TemplateRenderer.append(indentation, to: &output) }
        TemplateRenderer.append(text, to: &output)
        atLineStart = last == UInt8(ascii: "\n")
    }

    private mutating func emitEscaped(_ text: String, format: TemplateFormat) {
        guard !indentation.isEmpty else {
            format.escape(text, into: &output)
            return
        }
        guard !text.isEmpty else { return }
        if atLineStart { TemplateRenderer.append(indentation, to: &output) }
        format.escape(text, into: &output)
        atLineStart = output.last == UInt8(ascii: "\n")
    }

    /// Appends the UTF-8 of `text`, copied in one piece from a native string.
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { output.append(contentsOf: $0) }
    }

    // MARK: Names

    private func resolve(_ reference: TemplateReference) -> TemplateValue? {
        var value: TemplateValue?
        var transforms = reference.transforms[...]
        if reference.names.isEmpty {
            if transforms.isEmpty {
                value = stack.last
            } else {
                // `first()`, `index()` …: the position in the innermost list.
                guard let position else { return nil }
                value = TemplateRenderer.transform(position, transforms.removeFirst())
            }
        } else if reference.isAnchored {
            value = stack.last.flatMap { TemplateRenderer.child($0, reference.names[0]) }
        } else {
            let name = reference.names[0]
            var index = stack.count - 1
            while index >= 0 {
                if case .object(let object) = stack[index], let found = object.templateValue(named: name) {
                    value = found
                    break
                }
                index -= 1
            }
        }
        for name in reference.names.dropFirst() {
            guard let current = value else { return nil }
            value = TemplateRenderer.child(current, name)
        }
        for transform in transforms {
            guard let current = value else { return nil }
            value = TemplateRenderer.transform(current, transform)
        }
        return value
    }

    private static func child(_ value: TemplateValue, _ name: String) -> TemplateValue? {
        guard case .object(let object) = value else { return nil }
        return object.templateValue(named: name)
    }

    private static func transform(_ position: Position, _ name: String) -> TemplateValue? {
        switch name {
        case "first": .flag(position.index == 0)
        case "last": .flag(position.index == position.count - 1)
        case "index": .number(position.index)
        case "even": .flag(position.index % 2 == 0)
        case "odd": .flag(position.index % 2 == 1)
        default: nil
        }
    }

    private static func transform(_ value: TemplateValue, _ name: String) -> TemplateValue? {
        switch (value, name) {
        case (.list(let items), "first"): items.first
        case (.list(let items), "last"): items.last
        case (.list(let items), "reversed"): .list(items.reversed())
        case (.list(let items), "count"): .number(items.count)
        case (.list(let items), "empty"): .flag(items.isEmpty)
        case (.text(let text), "empty"): .flag(text.isEmpty)
        case (.text(let text), "reversed"): .text(String(text.reversed()))
        case (.number(let number), "even"): .flag(number % 2 == 0)
        case (.number(let number), "odd"): .flag(number % 2 != 0)
        default: nil
        }
    }
}
