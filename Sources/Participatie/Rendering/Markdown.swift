internal import Ccmark
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

    /// The input normalised to CommonMark by cmark's own renderer (for the Markdown report).
    public static func commonMark(from markdown: String, width: Int32 = 0) -> String {
        let flags = CMARK_OPT_DEFAULT | CMARK_OPT_SAFE
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, flags) else { return "" }
        defer { cmark_node_free(document) }
        guard let buffer = cmark_render_commonmark(document, flags, width) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    /// The version of the libcmark this program is linked against, e.g. "0.30.2".
    public static var libraryVersion: String { String(cString: cmark_version_string()) }
}
