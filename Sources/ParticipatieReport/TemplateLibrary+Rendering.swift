import MustacheEngine

extension TemplateLibrary {
    /// Whether a template of one of `formats` (including its partials) names a variable whose name ends
    /// in `suffix`, in a `{{tag}}`, `{{{tag}}}` or section. Lets the build skip work for values that no
    /// rendered template shows, such as the `…Markdown` texts when only HTML is written.
    func usesVariable(in formats: [ReportFormat], endingWith suffix: String) -> Bool {
        let wanted = formats.compactMap { TemplateFormat(templateName: $0.templateName) }
        return templates.contains { name, template in
            TemplateFormat(templateName: name).map(wanted.contains) == true
                && template.tags.contains { tag in
                    switch tag.kind {
                    case .variable, .unescaped, .section, .invertedSection:
                        tag.reference.names.contains { $0.hasSuffix(suffix) }
                    default:
                        false
                    }
                }
        }
    }
}
