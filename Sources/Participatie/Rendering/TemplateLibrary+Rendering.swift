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
