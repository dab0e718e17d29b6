import Mustache

extension TemplateLibrary {
    /// Whether a template of one of `formats` (including its partials) names a variable whose name ends
    /// in `suffix`, in a `{{tag}}`, `{{{tag}}}` or section. Lets the build skip work for values that no
    /// rendered template shows, such as the `…Markdown` texts when only HTML is written.
    func usesVariable(in formats: [ReportFormat], endingWith suffix: String) -> Bool {
        let wanted = formats.compactMap { TemplateFormat(templateName: $0.templateName) }
        let suffixBytes = Array(suffix.utf8)
        for file in files {
            let name = String(file.relativePath.dropLast(TemplateLibrary.fileExtension.count))
            // Most templates do not contain the word at all; only those that do are scanned for tags.
            guard let format = TemplateFormat(templateName: name), wanted.contains(format),
                  file.bytes.indices.contains(where: { file.bytes[$0...].starts(with: suffixBytes) }),
                  case .success(let source) = SourceText.decode(file.bytes) else { continue }
            for tag in TemplateScanner.tags(in: source.text) {
                switch tag.kind {
                case .variable, .unescaped, .section, .invertedSection:
                    if TemplateScanner.names(in: tag.name).names.contains(where: { $0.hasSuffix(suffix) }) { return true }
                default:
                    continue
                }
            }
        }
        return false
    }
}

extension TemplateLibrary {
    /// Renders `view` with the template `name` and hands the text to `write` in consecutive parts, which
    /// together are the text ``render(_:template:)`` gives; the items of long top-level sections are
    /// rendered on all cores (see ``SplitTemplate``). `false`, and nothing written, when there is no
    /// such template.
    func render(_ view: any MustacheParent & Sendable, template name: String, into write: (String) -> Void) -> Bool {
        guard contains(name) else { return false }
        if let whole = library.getTemplate(named: name),
           let file = files.first(where: { $0.relativePath == name + TemplateLibrary.fileExtension }),
           let format = TemplateFormat(templateName: name),
           case .success(let source) = SourceText.decode(file.bytes),
           let template = SplitTemplate(text: source.text, pragma: format.pragma, whole: whole) {
            template.render(view, library: library, into: write)
            return true
        }
        guard let text = render(view, template: name) else { return false }
        write(text)
        return true
    }
}

extension TemplateLibrary {
    /// Every template of `files` parsed by swift-mustache, with its format's pragma in front, on all
    /// cores; by relative path. swift-mustache's parser takes time quadratic in the number of single
    /// braces, so the stylesheet alone takes as long to parse as a small process takes to read.
    /// Files that are not UTF-8 or belong to no format are left out.
    static func parseOnAllCores(_ files: [File]) -> [String: Result<MustacheTemplate, any Error>] {
        MarkdownContentType.registerOnce()
        let results = ProcessReader.concurrentMap(files) { file -> (String, Result<MustacheTemplate, any Error>)? in
            let name = String(file.relativePath.dropLast(TemplateLibrary.fileExtension.count))
            guard case .success(let source) = SourceText.decode(file.bytes),
                  let format = TemplateFormat(templateName: name) else { return nil }
            return (file.relativePath, Result { try MustacheTemplate(string: format.pragma + source.text) })
        }
        return Dictionary(results.compactMap { $0 }, uniquingKeysWith: { first, _ in first })
    }
}
