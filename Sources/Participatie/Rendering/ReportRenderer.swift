/// Turns a ``ReportView`` into the text of one report file with the templates of a ``TemplateLibrary``.
enum ReportRenderer {
    /// The rendered report, or a diagnostic when the format's template is missing.
    /// `templatesFolder` is the templates folder as the user would type it, for that diagnostic.
    static func render(_ view: ReportView, format: ReportFormat, templates: TemplateLibrary,
                       templatesFolder: String) -> Result<String, Diagnostic> {
        let name = format.templateName
        guard let text = templates.render(view, template: name) else {
            let file = name + TemplateLibrary.fileExtension
            return .failure(Diagnostic(file: templatesFolder == "." ? file : templatesFolder + "/" + file,
                                       message: Message.missingTemplate(file, folder: templatesFolder)))
        }
        return .success(text)
    }
}
