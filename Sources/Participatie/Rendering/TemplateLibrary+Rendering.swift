import Mustache

extension TemplateLibrary {
    /// Whether a template of one of `formats` (including its partials) names a variable for which
    /// `predicate` holds, in a `{{tag}}`, `{{{tag}}}` or section. Lets the build skip work for values
    /// that no rendered template shows, such as the `…Markdown` texts when only HTML is written.
    func usesVariable(in formats: [ReportFormat], where predicate: (String) -> Bool) -> Bool {
        let wanted = formats.compactMap { TemplateFormat(templateName: $0.templateName) }
        for file in files {
            let name = String(file.relativePath.dropLast(TemplateLibrary.fileExtension.count))
            guard let format = TemplateFormat(templateName: name), wanted.contains(format),
                  case .success(let source) = SourceText.decode(file.bytes) else { continue }
            for tag in TemplateScanner.tags(in: source.text) {
                switch tag.kind {
                case .variable, .unescaped, .section, .invertedSection:
                    if TemplateScanner.names(in: tag.name).names.contains(where: predicate) { return true }
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
        if let file = files.first(where: { $0.relativePath == name + TemplateLibrary.fileExtension }),
           let format = TemplateFormat(templateName: name),
           case .success(let source) = SourceText.decode(file.bytes),
           let template = SplitTemplate(text: source.text, pragma: format.pragma) {
            template.render(view, library: library, into: write)
            return true
        }
        guard let text = render(view, template: name) else { return false }
        write(text)
        return true
    }
}
