internal import Ccmark
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, flags) else { return "" }
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
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, flags) else { return "" }
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
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, flags) else { return "" }
        defer { cmark_node_free(document) }
        moveHeadings(in: document, top: topHeadingLevel)
        removeUnsafeContent(from: document)
        guard let buffer = cmark_render_commonmark(document, flags, 0) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    /// Whether cmark's HTML renderer would empty this link target.
    static func isUnsafeURL(_ url: String) -> Bool {
        // Most targets start with a letter or digit that begins none of these schemes; no need to trim and lowercase.
        if let first = url.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic || ("0"..."9").contains(first),
           !"jvfdJVFD".unicodeScalars.contains(first) {
            return false
        }
        let lowered = url.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        for prefix in ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"] where lowered.hasPrefix(prefix) {
            return false
        }
        return ["javascript:", "vbscript:", "file:", "data:"].contains { lowered.hasPrefix($0) }
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
                if let url = cmark_node_get_url(node), isUnsafeURL(String(cString: url)) {
                    cmark_node_set_url(node, "")
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
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, flags) else { return "" }
        defer { cmark_node_free(document) }
        guard let buffer = cmark_render_commonmark(document, flags, width) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    /// A link, an image or a piece of raw HTML in a Markdown text.
    struct Reference: Equatable {
        enum Kind: Equatable { case link, image, html }
        let kind: Kind
        /// The destination as written (links and images); the HTML itself for `.html`.
        let destination: String
        /// 1-based line in the Markdown text; for inlines, the line of the enclosing block when
        /// cmark gives no position of its own.
        let line: Int
        /// 1-based column in UTF-8 bytes, as cmark counts; 0 when unknown.
        let byteColumn: Int
    }

    /// Every link, image and raw HTML node of `markdown`, in document order.
    /// Uses cmark's iterator, which needs no recursion however deep the nesting.
    static func references(in markdown: String) -> [Reference] {
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, CMARK_OPT_DEFAULT) else { return [] }
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
            case CMARK_NODE_LINK: kind = .link; text = cmark_node_get_url(node)
            case CMARK_NODE_IMAGE: kind = .image; text = cmark_node_get_url(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE: kind = .html; text = cmark_node_get_literal(node)
            default: continue
            }
            let known = line > 0
            references.append(Reference(kind: kind, destination: text.map { String(cString: $0) } ?? "",
                                        line: known ? line : blockLine, byteColumn: known ? column : 0))
        }
        return references
    }

    /// The version of the libcmark this program is linked against, e.g. "0.30.2".
    public static var libraryVersion: String { String(cString: cmark_version_string()) }
}
