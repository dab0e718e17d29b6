import Foundation

/// Finds markup in generated HTML that could run script or load something active: tags that
/// cmark and the templates never produce, event-handler and style attributes, and URLs with
/// `javascript:`, `vbscript:`, `file:` or non-image `data:` schemes. Text is ignored: escaped
/// `&lt;script&gt;` is harmless. Returns one line per finding, empty when the HTML is clean.
/// `allowing` exempts tags the templates themselves use (the report's `<style>`, `<svg>`, `<meta>`);
/// compare their number with a clean build to catch injected ones.
func injectedMarkup(in html: String, allowing allowed: Set<String> = []) -> [String] {
    let forbiddenTags = Set([
        "script", "iframe", "frame", "object", "embed", "svg", "math", "style", "foreignobject",
        "link", "meta", "base", "form", "input", "button", "textarea", "template",
    ]).subtracting(allowed)
    let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data"]
    let allowedDataImages = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
    let tagPattern = try! NSRegularExpression(pattern: "<(/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>")
    let attributePattern = try! NSRegularExpression(
        pattern: "([^\\s\"'=<>/]+)\\s*(?:=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?")
    var findings: [String] = []
    let whole = html as NSString
    for tag in tagPattern.matches(in: html, range: NSRange(location: 0, length: whole.length)) {
        if tag.range(at: 1).length > 0 { continue }  // closing tags carry nothing
        let name = whole.substring(with: tag.range(at: 2)).lowercased()
        if forbiddenTags.contains(name) { findings.append("tag <\(name)>") }
        let attributes = whole.substring(with: tag.range(at: 3))
        let text = attributes as NSString
        for attribute in attributePattern.matches(in: attributes, range: NSRange(location: 0, length: text.length)) {
            let attributeName = text.substring(with: attribute.range(at: 1)).lowercased()
            var value = ""
            for group in 2...4 where attribute.range(at: group).location != NSNotFound {
                value = text.substring(with: attribute.range(at: group))
            }
            if attributeName.hasPrefix("on") { findings.append("attribute \(attributeName) on <\(name)>") }
            if attributeName == "style" { findings.append("style attribute on <\(name)>") }
            guard urlAttributes.contains(attributeName) else { continue }
            // What a browser would see: entities decoded, tabs and newlines dropped, spaces trimmed.
            let url = decodeEntities(value).filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
                .trimmingCharacters(in: .whitespaces).lowercased()
            if url.hasPrefix("javascript:") || url.hasPrefix("vbscript:") || url.hasPrefix("file:")
                || (url.hasPrefix("data:") && !allowedDataImages.contains(where: url.hasPrefix))
            {
                findings.append("\(attributeName)=\"\(value)\" on <\(name)>")
            }
        }
    }
    return findings
}

/// Decodes the character references a browser would decode in an attribute value.
private func decodeEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    let pattern = try! NSRegularExpression(pattern: "&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);?")
    let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t", "newline": "\n"]
    var result = ""
    let whole = text as NSString
    var last = 0
    for match in pattern.matches(in: text, range: NSRange(location: 0, length: whole.length)) {
        result += whole.substring(with: NSRange(location: last, length: match.range.location - last))
        let entity = whole.substring(with: match.range(at: 1))
        var scalar: Unicode.Scalar?
        if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
            scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        } else if entity.hasPrefix("#") {
            scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
        }
        if let scalar {
            result.unicodeScalars.append(scalar)
        } else {
            result += named[entity.lowercased()] ?? whole.substring(with: match.range)
        }
        last = match.range.location + match.range.length
    }
    return result + whole.substring(from: last)
}
