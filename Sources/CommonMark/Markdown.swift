internal import Ccmark
import Foundation

/// Converts CommonMark to HTML fragments with libcmark, the only file that touches C.
///
/// Raw HTML is replaced by `<!-- raw HTML omitted -->` and `javascript:`, `vbscript:`, `file:` and
/// `data:` links get an empty `href`: libcmark's safe default since 0.29. There is deliberately
/// no way to pass `CMARK_OPT_UNSAFE` through this type.
public enum Markdown {
    /// Rendering options that keep the output safe.
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }

        /// Curly quotes and en/em dashes.
        public static let smart = Options(rawValue: CMARK_OPT_SMART)
        /// Adds `data-sourcepos="line:col-line:col"` attributes.
        public static let sourcePositions = Options(rawValue: CMARK_OPT_SOURCEPOS)
    }

    /// The HTML fragment for `markdown`. All memory cmark allocates is freed before return.
    public static func html(from markdown: String, options: Options = []) -> String {
        // CMARK_OPT_SAFE is a no-op since 0.29 but documents the intent.
        let flags = CMARK_OPT_DEFAULT | CMARK_OPT_SAFE | options.rawValue
        guard let document = parse(markdown, flags) else { return "" }
        defer { cmark_node_free(document) }
        guard let buffer = cmark_render_html(document, flags) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    /// The HTML fragment for `markdown`, with its headings moved so the highest one gets level
    /// `topHeadingLevel` (2 ... 6; deeper levels stop at 6). Used to nest a file's text under a heading
    /// of the report without skipping levels. All memory cmark allocates is freed before return.
    public static func html(from markdown: String, options: Options = [], topHeadingLevel: Int) -> String {
        let flags = CMARK_OPT_DEFAULT | CMARK_OPT_SAFE | options.rawValue
        guard let document = parse(markdown, flags) else { return "" }
        defer { cmark_node_free(document) }
        moveHeadings(in: document, top: topHeadingLevel)
        guard let buffer = cmark_render_html(document, flags) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    /// The input as CommonMark for the Markdown report, with the same safety as ``html(from:options:)``:
    /// raw HTML is dropped and `javascript:`, `vbscript:`, `file:` and `data:` targets (other than
    /// `data:image/png|gif|jpeg|webp`) are emptied. Headings move as in ``html(from:options:topHeadingLevel:)``.
    /// Lines are not wrapped. All memory cmark allocates is freed before return.
    public static func safeCommonMark(from markdown: String, topHeadingLevel: Int) -> String {
        let flags = CMARK_OPT_DEFAULT | CMARK_OPT_SAFE
        guard let document = parse(markdown, flags) else { return "" }
        defer { cmark_node_free(document) }
        moveHeadings(in: document, top: topHeadingLevel)
        removeUnsafeContent(from: document)
        guard let buffer = cmark_render_commonmark(document, flags, 0) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    /// Whether cmark's HTML renderer would empty this link target.
    public static func isUnsafeURL(_ url: String) -> Bool {
        // Most targets start with a letter or digit that begins none of these schemes; no need to trim and lowercase.
        if let first = url.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic || ("0"..."9").contains(first),
            !"jvfdJVFD".unicodeScalars.contains(first)
        {
            return false
        }
        let lowered = url.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        for prefix in ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"] where lowered.hasPrefix(prefix) {
            return false
        }
        return ["javascript:", "vbscript:", "file:", "data:"].contains { lowered.hasPrefix($0) }
    }

    /// `url` with every space and control character as `%XX`; other bytes, UTF-8 included, as they are.
    static func percentEncodingSpaceAndControls(_ url: String) -> String {
        var bytes: [UInt8] = []
        for byte in url.utf8 {
            guard byte <= 0x20 || byte == 0x7F else {
                bytes.append(byte)
                continue
            }
            let hex = Array(String(byte, radix: 16, uppercase: true).utf8)
            bytes += [UInt8(ascii: "%")] + (hex.count == 1 ? [UInt8(ascii: "0")] : []) + hex
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// cmark's parse of `markdown`; the caller frees it. The text is handed over where it is, without the
    /// copy that passing a `String` as a C string makes.
    private static func parse(_ markdown: String, _ flags: Int32) -> OpaquePointer? {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { text in
                guard let start = text.baseAddress else { return cmark_parse_document("", 0, flags) }
                return cmark_parse_document(start, text.count, flags)
            }
        }
    }

    /// Visits every node of `document` in document order; `body` may change the node but not unlink it.
    /// The iterator is freed before return.
    private static func forEachNode(in document: OpaquePointer, _ body: (OpaquePointer, cmark_event_type) -> Void) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if let node = cmark_iter_get_node(iterator) { body(node, event) }
        }
    }

    private static func moveHeadings(in document: OpaquePointer, top: Int) {
        var headings: [OpaquePointer] = []
        forEachNode(in: document) { node, event in
            if event == CMARK_EVENT_ENTER, cmark_node_get_type(node) == CMARK_NODE_HEADING { headings.append(node) }
        }
        let levels = headings.map { Int(cmark_node_get_heading_level($0)) }
        guard let highest = levels.min() else { return }
        let shift = min(max(top, 1), 6) - highest
        for (node, level) in zip(headings, levels) {
            cmark_node_set_heading_level(node, Int32(min(max(level + shift, 1), 6)))
        }
    }

    private static func removeUnsafeContent(from document: OpaquePointer) {
        var rawHTML: [OpaquePointer] = []
        forEachNode(in: document) { node, event in
            guard event == CMARK_EVENT_ENTER else { return }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                rawHTML.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                guard let pointer = cmark_node_get_url(node) else { break }
                let url = String(cString: pointer)
                if isUnsafeURL(url) {
                    cmark_node_set_url(node, "")
                } else if url.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F }) {
                    // cmark's CommonMark renderer writes a tab in a destination as "% 9": percent-encode
                    // spaces and control characters first, as its HTML renderer does.
                    cmark_node_set_url(node, percentEncodingSpaceAndControls(url))
                }
            default:
                break
            }
        }
        // Unlinked only after the walk, so the iterator never sees a freed node.
        for node in rawHTML {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// The input normalised to CommonMark by cmark's own renderer (for the Markdown report).
    public static func commonMark(from markdown: String, width: Int32 = 0) -> String {
        let flags = CMARK_OPT_DEFAULT | CMARK_OPT_SAFE
        guard let document = parse(markdown, flags) else { return "" }
        defer { cmark_node_free(document) }
        guard let buffer = cmark_render_commonmark(document, flags, width) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    /// A link, an image or a piece of raw HTML in a Markdown text.
    public struct Reference: Equatable, Sendable {
        /// What the reference is.
        public enum Kind: Equatable, Sendable { case link, image, html }
        public let kind: Kind
        /// The destination as written (links and images); the HTML itself for `.html`.
        public let destination: String
        /// 1-based line in the Markdown text; for inlines, the line of the enclosing block when
        /// cmark gives no position of its own.
        public let line: Int
        /// 1-based column in UTF-8 bytes, as cmark counts; 0 when unknown.
        public let byteColumn: Int

        /// A reference as cmark reports it.
        public init(kind: Kind, destination: String, line: Int, byteColumn: Int) {
            self.kind = kind
            self.destination = destination
            self.line = line
            self.byteColumn = byteColumn
        }
    }

    /// Every link, image and raw HTML node of `markdown`, in document order.
    /// Uses cmark's iterator, which needs no recursion however deep the nesting.
    public static func references(in markdown: String) -> [Reference] {
        guard let document = parse(markdown, CMARK_OPT_DEFAULT) else { return [] }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        var references: [Reference] = []
        var blockLine = 1
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let line = Int(cmark_node_get_start_line(node))
            let column = Int(cmark_node_get_start_column(node))
            if type.rawValue < CMARK_NODE_FIRST_INLINE.rawValue, line > 0 { blockLine = line }
            let kind: Reference.Kind
            let text: UnsafePointer<CChar>?
            switch type {
            case CMARK_NODE_LINK:
                kind = .link
                text = cmark_node_get_url(node)
            case CMARK_NODE_IMAGE:
                kind = .image
                text = cmark_node_get_url(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                kind = .html
                text = cmark_node_get_literal(node)
            default: continue
            }
            let known = line > 0
            references.append(
                Reference(
                    kind: kind, destination: text.map { String(cString: $0) } ?? "",
                    line: known ? line : blockLine, byteColumn: known ? column : 0))
        }
        return references
    }

    /// The HTML fragment for `markdown` with headings moved as in ``html(from:options:topHeadingLevel:)``,
    /// where every heading of `level` (after moving) gets the `id` that `identify` gives for its text.
    /// Returns the fragment and, in document order, each such heading's id and text.
    ///
    /// The texts come from cmark's tree: the literal text and code of the heading, without the
    /// alternative text of images and without raw HTML, which the safe renderer leaves out. cmark has
    /// no way to give a heading an attribute, so the id is written into the heading's opening tag:
    /// with raw HTML suppressed, every `<hN>` in the output is one of cmark's headings, in the order
    /// of the tree. All memory cmark allocates is freed before return.
    public static func html(
        from markdown: String, topHeadingLevel: Int, identifyingHeadingsOfLevel level: Int,
        identify: (String) -> String
    ) -> (html: String, headings: [(id: String, text: String)]) {
        let flags = CMARK_OPT_DEFAULT | CMARK_OPT_SAFE
        guard let document = parse(markdown, flags) else { return ("", []) }
        defer { cmark_node_free(document) }
        moveHeadings(in: document, top: topHeadingLevel)
        var headings: [(id: String, text: String)] = []
        forEachNode(in: document) { node, event in
            guard event == CMARK_EVENT_ENTER, cmark_node_get_type(node) == CMARK_NODE_HEADING,
                Int(cmark_node_get_heading_level(node)) == level
            else { return }
            let text = plainText(of: node)
            headings.append((identify(text), text))
        }
        guard let buffer = cmark_render_html(document, flags) else { return ("", headings) }
        defer { free(buffer) }
        var html = String(cString: buffer)
        guard !headings.isEmpty else { return (html, headings) }
        let opening = "<h\(level)>"
        var result = ""
        var index = 0
        while index < headings.count, let range = html.range(of: opening) {
            result += html[..<range.lowerBound] + "<h\(level) id=\"\(headings[index].id)\">"
            html = String(html[range.upperBound...])
            index += 1
        }
        return (result + html, headings)
    }

    /// The text of a heading as a reader sees it in the HTML: text, code and line breaks.
    private static func plainText(of heading: OpaquePointer) -> String {
        var text = ""
        var skipping: OpaquePointer?
        guard let iterator = cmark_iter_new(heading) else { return "" }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if let skipped = skipping {
                if event == CMARK_EVENT_EXIT, skipped == node { skipping = nil }
                continue
            }
            guard event == CMARK_EVENT_ENTER else { continue }
            switch type {
            case CMARK_NODE_IMAGE:
                skipping = node
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += "\n"
            default:
                break
            }
        }
        return text
    }

    /// The version of the libcmark this program is linked against, e.g. "0.30.2".
    public static var libraryVersion: String { String(cString: cmark_version_string()) }
}
