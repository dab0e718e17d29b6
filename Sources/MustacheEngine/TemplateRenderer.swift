/// Renders a parsed template with a view and hands the text on as UTF-8 in parts of about a megabyte,
/// so output of any size is never whole in memory.
///
/// Names are looked up as Mustache does: in the innermost context first, then outwards to the view
/// itself. Inside a list, `first()`, `last()`, `index()`, `even()` and `odd()` give the item's position;
/// `count`, `empty`, `first`, `last` and `reversed` apply to lists, `empty` and `reversed` to texts,
/// `even` and `odd` to numbers. Anything else gives no value, and so do unknown names.
///
/// Every byte is counted against ``RenderLimits/outputBytes`` before it is added, and partials are
/// counted against ``RenderLimits/partialDepth`` before they are entered.
struct TemplateRenderer {
    /// The position of the current item in the innermost list being repeated.
    private struct ListPosition {
        let index: Int
        let count: Int
    }

    /// The blocks given by a parent tag, with the template they were written in.
    private struct Override {
        let blocks: [String: [Template.Node]]
        let template: String
        let contentType: ContentType
    }

    /// What a partial, parent or block replacement changes, to restore after it.
    private struct Saved {
        let templateName: String
        let contentType: ContentType
        let indentation: [UInt8]
    }

    /// A section being repeated for the items of a list.
    private struct Loop {
        let content: [Template.Node]
        let items: [TemplateValue]
        var next: Int
        let savedPosition: ListPosition?
    }

    /// What to do when the nodes being rendered are done.
    private enum Frame {
        /// Go on with these nodes from `next`.
        case nodes([Template.Node], next: Int)
        /// Go on with the next item of the innermost loop.
        case loop
        /// Leave the context of a section.
        case context(savedPosition: ListPosition?)
        /// Leave a partial or parent.
        case template(Saved)
        /// Leave the replacement of a block.
        case override(Saved, overrides: [Override])
        /// Forget the blocks given by a parent.
        case parentEnd
    }

    /// Parts smaller than this are kept until more text follows.
    static let partSize = 1 << 20

    private let partials: [String: Template]
    private let limits: RenderLimits
    private let write: ([UInt8]) -> Void
    private var output: [UInt8] = []
    /// Bytes that may still be added before the output limit is reached.
    private var budget: Int
    /// The contexts around the current tag, the view itself first.
    private var stack: [TemplateValue]
    private var listPosition: ListPosition?
    /// Blocks given by the parent tags being rendered, outermost first; the outermost wins.
    private var overrides: [Override] = []
    /// Put in front of every line, inside standalone partials, parents and blocks that are indented.
    private var indentation: [UInt8] = []
    /// Whether the output is at the start of a line, so that the next text gets ``indentation`` first.
    private var atLineStart = true
    /// The template whose nodes are being rendered, and the place of the node being rendered, for errors.
    private var templateName: String
    private var contentType: ContentType
    private var nodePosition = SourcePosition(line: 1, column: 1)
    /// How many partials and parents are being rendered inside one another.
    private var depth = 0
    /// Nodes that may still be visited before the step limit is reached.
    private var stepsLeft: Int

    /// Renders `template` (called `name`) with `view`, looking partials up in `partials`, and hands the
    /// text to `write` in consecutive parts.
    static func render(
        _ template: Template, name: String, view: TemplateValue, partials: [String: Template],
        limits: RenderLimits, into write: ([UInt8]) -> Void
    ) throws(TemplateRenderError) {
        try withoutActuallyEscaping(write) { write throws(TemplateRenderError) in
            var renderer = TemplateRenderer(
                template: template, name: name, view: view, partials: partials, limits: limits,
                write: write)
            try renderer.render(template.nodes)
            if !renderer.output.isEmpty { write(renderer.output) }
        }
    }

    private init(
        template: Template, name: String, view: TemplateValue, partials: [String: Template], limits: RenderLimits,
        write: @escaping ([UInt8]) -> Void
    ) {
        self.partials = partials
        self.limits = limits
        self.write = write
        self.budget = max(0, limits.outputBytes)
        self.stepsLeft = max(0, limits.steps)
        self.stack = [view]
        self.templateName = name
        self.contentType = template.contentType
        output.reserveCapacity(min(TemplateRenderer.partSize + TemplateRenderer.partSize / 4, budget))
    }

    /// Renders `nodes` and everything they include, with a stack of frames of its own instead of the
    /// thread's: partials nested as deep as the limit allows, each with sections nested 100 deep, would
    /// exhaust a thread's stack.
    private mutating func render(_ root: [Template.Node]) throws(TemplateRenderError) {
        var frames: [Frame] = []
        var loops: [Loop] = []
        var nodes = root
        var index = 0
        while true {
            guard index < nodes.count else {
                // The current nodes are done: go on with the frame below.
                guard let frame = frames.popLast() else { return }
                switch frame {
                case .nodes(let rest, let next):
                    nodes = rest
                    index = next
                case .loop:
                    stack.removeLast()
                    let innermost = loops.count - 1
                    let next = loops[innermost].next
                    if next < loops[innermost].items.count {
                        stepsLeft -= 1
                        guard stepsLeft >= 0 else { throw error(.tooManySteps(limit: limits.steps)) }
                        stack.append(loops[innermost].items[next])
                        listPosition = ListPosition(index: next, count: loops[innermost].items.count)
                        loops[innermost].next = next + 1
                        frames.append(.loop)
                        nodes = loops[innermost].content
                        index = 0
                    } else {
                        listPosition = loops[innermost].savedPosition
                        loops.removeLast()
                    }
                case .context(let savedPosition):
                    stack.removeLast()
                    listPosition = savedPosition
                case .template(let saved):
                    (templateName, contentType, indentation) = (saved.templateName, saved.contentType, saved.indentation)
                    depth -= 1
                case .override(let saved, let savedOverrides):
                    (templateName, contentType, indentation) = (saved.templateName, saved.contentType, saved.indentation)
                    overrides = savedOverrides
                case .parentEnd:
                    overrides.removeLast()
                }
                continue
            }

            let current = index
            index += 1
            stepsLeft -= 1
            guard stepsLeft >= 0 else { throw error(.tooManySteps(limit: limits.steps)) }
            /// Goes on with `content`, and after it with the rest of the current nodes.
            func enter(_ content: [Template.Node]) {
                if index < nodes.count { frames.append(.nodes(nodes, next: index)) }
                nodes = content
                index = 0
            }

            switch nodes[current] {
            case .text(let text, let position):
                nodePosition = position
                try emit(text)

            case .variable(let reference, let escaped, let position):
                nodePosition = position
                guard let value = resolve(reference) else { continue }
                switch value {
                case .text(let text): try escaped ? emitEscaped(text) : emitValue(text)
                case .number(let number): try emitValue(String(number))
                case .flag(let flag): try emitValue(flag ? "true" : "false")
                case .list, .object: continue
                }

            case .section(let reference, let content, let inverted, let position):
                nodePosition = position
                let value = resolve(reference)
                if inverted {
                    if !(value?.isTruthy ?? false) { enter(content) }
                    continue
                }
                guard let value else { continue }
                switch value {
                case .flag(let flag):
                    if flag { enter(content) }
                case .list(let items):
                    guard let first = items.first else { continue }
                    enter(content)
                    loops.append(Loop(content: content, items: items, next: 1, savedPosition: listPosition))
                    frames.append(.loop)
                    stack.append(first)
                    listPosition = ListPosition(index: 0, count: items.count)
                case .text, .number, .object:
                    enter(content)
                    frames.append(.context(savedPosition: listPosition))
                    stack.append(value)
                    listPosition = nil
                }

            case .partial(let name, let partialIndentation, let position):
                nodePosition = position
                guard let (partialName, partial) = lookUp(name) else { continue }
                let saved = try enterTemplate(partial, named: partialName, indentation: partialIndentation)
                enter(partial.nodes)
                frames.append(.template(saved))

            case .parent(let name, let parentIndentation, let blocks, let position):
                nodePosition = position
                guard let (parentName, parent) = lookUp(name) else { continue }
                let owner = Override(blocks: blocks, template: templateName, contentType: contentType)
                let saved = try enterTemplate(parent, named: parentName, indentation: parentIndentation)
                enter(parent.nodes)
                frames.append(.parentEnd)
                frames.append(.template(saved))
                overrides.append(owner)

            case .block(let name, let content, let blockIndentation, let position):
                nodePosition = position
                // The outermost replacement wins. Inside it, only the replacements around the template that
                // wrote it apply, so a block cannot replace itself without end.
                guard let level = overrides.firstIndex(where: { $0.blocks[name] != nil }) else {
                    enter(content)
                    continue
                }
                let override = overrides[level]
                let saved = Saved(templateName: templateName, contentType: contentType, indentation: indentation)
                switch blockIndentation {
                case .none: break
                case .lines(let lines): try indent(by: lines)
                case .afterText(let text): indentation += text
                }
                enter(override.blocks[name] ?? [])
                frames.append(.override(saved, overrides: overrides))
                templateName = override.template
                contentType = override.contentType
                overrides.removeSubrange(level...)
            }
            if output.count >= TemplateRenderer.partSize {
                write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
    }

    /// The template a partial or parent tag names, with its name; `nil` when there is none.
    private func lookUp(_ name: Template.PartialName) -> (String, Template)? {
        let resolved: String
        switch name {
        case .fixed(let fixed):
            resolved = fixed
        case .dynamic(let reference):
            switch resolve(reference) {
            case .text(let text): resolved = text
            case .number(let number): resolved = String(number)
            default: return nil
            }
        }
        return partials[resolved].map { (resolved, $0) }
    }

    /// Starts rendering `partial` (a partial or parent) in place of its tag, counting it against the depth
    /// limit; returns what to restore after it.
    private mutating func enterTemplate(
        _ partial: Template, named name: String,
        indentation partialIndentation: [UInt8]
    ) throws(TemplateRenderError) -> Saved {
        guard depth < limits.partialDepth else { throw error(.partialsTooDeep(limit: limits.partialDepth)) }
        let saved = Saved(templateName: templateName, contentType: contentType, indentation: indentation)
        try indent(by: partialIndentation)
        depth += 1
        templateName = name
        contentType = partial.contentType
        return saved
    }

    /// Adds `more` to the indentation of every line from here on, the current line included.
    private mutating func indent(by more: [UInt8]) throws(TemplateRenderError) {
        guard !more.isEmpty else { return }
        // At the start of a line the next text writes the whole indentation; in a line, only this part is due.
        if !atLineStart { try append(more[...]) }
        indentation += more
    }

    // MARK: Output

    /// Appends text of the template, indenting every line when there is indentation.
    private mutating func emit(_ text: [UInt8]) throws(TemplateRenderError) {
        guard let last = text.last else { return }
        guard !indentation.isEmpty else {
            try append(text[...])
            atLineStart = last == UInt8(ascii: "\n")
            return
        }
        var start = 0
        while start < text.count {
            if atLineStart { try append(indentation[...]) }
            var end = start
            while end < text.count, text[end] != UInt8(ascii: "\n") { end += 1 }
            end = min(end + 1, text.count)
            try append(text[start..<end])
            atLineStart = text[end - 1] == UInt8(ascii: "\n")
            start = end
        }
    }

    /// Appends a value as it is; only its first line is indented.
    private mutating func emitValue(_ text: String) throws(TemplateRenderError) {
        let utf8 = text.utf8
        guard let last = utf8.last else { return }
        if atLineStart, !indentation.isEmpty { try append(indentation[...]) }
        guard utf8.count <= budget else { throw error(.outputTooLarge(limit: limits.outputBytes)) }
        budget -= utf8.count
        output.append(contentsOf: utf8)
        atLineStart = last == UInt8(ascii: "\n")
    }

    /// Appends a value escaped for the current content type; only its first line is indented.
    private mutating func emitEscaped(_ text: String) throws(TemplateRenderError) {
        guard !text.isEmpty else { return }
        if atLineStart, !indentation.isEmpty { try append(indentation[...]) }
        // Escaping never makes a text shorter than half its length (Markdown turns CRLF into one space),
        // so a value far over the limit is refused before it is escaped.
        guard text.utf8.count / 2 <= budget else { throw error(.outputTooLarge(limit: limits.outputBytes)) }
        let start = output.count
        contentType.escape(text, into: &output)
        let added = output.count - start
        guard added <= budget else {
            output.removeSubrange(start...)
            throw error(.outputTooLarge(limit: limits.outputBytes))
        }
        budget -= added
        if added > 0 { atLineStart = output[output.count - 1] == UInt8(ascii: "\n") }
    }

    private mutating func append(_ bytes: ArraySlice<UInt8>) throws(TemplateRenderError) {
        guard bytes.count <= budget else { throw error(.outputTooLarge(limit: limits.outputBytes)) }
        budget -= bytes.count
        output.append(contentsOf: bytes)
    }

    private func error(_ kind: TemplateRenderError.Kind) -> TemplateRenderError {
        TemplateRenderError(kind: kind, template: templateName, line: nodePosition.line, column: nodePosition.column)
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
                guard let listPosition else { return nil }
                value = TemplateRenderer.transform(listPosition, transforms.removeFirst())
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

    private static func transform(_ position: ListPosition, _ name: String) -> TemplateValue? {
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
