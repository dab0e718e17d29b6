import ParticipatieModel
import ParticipatieReading
/// Turns a ``ReportView`` into the text of one report file with the templates of a ``TemplateLibrary``.
enum ReportRenderer {
    /// Renders the report and hands it to `write` in consecutive parts (see
    /// ``TemplateLibrary/render(_:template:into:)``); a diagnostic, and nothing written, when the
    /// format's template is missing. `templatesFolder` is the templates folder as the user would type
    /// it, for that diagnostic.
    static func render(_ view: ReportView, format: ReportFormat, templates: TemplateLibrary,
                       templatesFolder: String, into write: ([UInt8]) -> Void) -> Diagnostic? {
        let name = format.templateName
        guard templates.render(view, template: name, into: write) else {
            let file = name + TemplateLibrary.fileExtension
            return Diagnostic(file: templatesFolder == "." ? file : templatesFolder + "/" + file,
                              message: Message.missingTemplate(file, folder: templatesFolder))
        }
        return nil
    }
}
