import MustacheEngine
import ParticipatieModel
import ParticipatieReading
import ParticipatieSystem

/// The report templates: the defaults compiled into the program (``EmbeddedTemplates``), overridden
/// file by file by the files of a `templates/` folder, read, parsed and checked.
///
/// Every `*.mustache` file below the folder is a template, named by its path without the
/// extension (`eindverslag.html`, `partials/gebeurtenis.html`). Templates whose name ends in `.html`
/// escape values for HTML, those ending in `.md` for Markdown. Problems are collected for all files
/// as positioned Dutch diagnostics.
struct TemplateLibrary: Sendable {
    /// One template file, as read from disk or compiled in.
    struct File: Sendable {
        /// Relative to the templates folder, e.g. `partials/gebeurtenis.html.mustache`.
        let relativePath: String
        let bytes: [UInt8]
        /// Whether this is a compiled-in default rather than a file of the templates folder.
        var isDefault = false
    }

    /// Every template file, sorted by path: part of the report's fingerprint, which does not depend on
    /// whether a file is a default or the same bytes in a folder.
    let files: [File]
    /// The parsed templates, by name.
    let templates: [String: Template]
    /// The templates folder as the user typed it, for diagnostics about rendering.
    let displayRoot: String
    /// Where each template is shown in diagnostics, by name: `templates/…`, or for a default that
    /// no file overrides, ``ReportWording/defaultTemplatesFolder``/….
    let displayPaths: [String: String]

    /// The default templates, as files.
    static let defaults: [File] = EmbeddedTemplates.files.map {
        File(relativePath: $0.path, bytes: Array($0.text.utf8), isDefault: true)
    }

    /// Reads and checks the templates in `directory` (`nil`: none) on top of `defaults`: a file in the
    /// folder replaces the default with the same path. Diagnostics name files as `displayPath/…`.
    /// `variables` are the names the view model offers; others are reported as warnings.
    static func load(
        directory: String?, displayPath: String, variables: Set<String>, defaults: [File] = []
    ) -> (TemplateLibrary?, [Diagnostic]) {
        var folder = TemplateFolderReader(root: directory ?? ".", displayRoot: displayPath)
        if directory != nil { folder.read() }
        var diagnostics = folder.diagnostics
        let overridden = Set(folder.files.map(\.relativePath))
        let files = (defaults.filter { !overridden.contains($0.relativePath) } + folder.files)
            .sorted { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
        func shown(_ file: File) -> String {
            file.isDefault ? PathText.join(ReportWording.defaultTemplatesFolder, file.relativePath) : folder.displayPath(file.relativePath)
        }

        var templates: [String: Template] = [:]
        var displayPaths: [String: String] = [:]
        var parsed: [(name: String, path: String, template: Template)] = []
        // Templates that exist but do not parse still count as existing, so their users get no second error.
        var existing = Set<String>()
        for file in files {
            let path = shown(file)
            let name = String(file.relativePath.dropLast(TemplateLibrary.fileExtension.count))
            existing.insert(name)
            displayPaths[name] = path
            let text: String
            switch SourceText.decode(file.bytes) {
            case .success(let source): text = source.text
            case .failure(let problem):
                diagnostics.append(Diagnostic(file: path, line: problem.line, column: problem.column, message: problem.message))
                continue
            }
            guard let format = TemplateFormat(templateName: name) else { continue }
            do {
                let template = try Template(parsing: text, contentType: format.contentType)
                templates[name] = template
                parsed.append((name, path, template))
            } catch {
                diagnostics.append(Diagnostic(file: path, line: error.line, column: error.column, message: ReportWording.templateSyntax(error.kind)))
            }
        }
        for (name, path, template) in parsed {
            diagnostics += TemplateLibrary.check(
                template, format: TemplateFormat(templateName: name)!, file: path,
                templateNames: existing, folder: folder.displayRoot, variables: variables)
        }
        diagnostics += TemplateLibrary.partialCycles(parsed)
        diagnostics.sort()
        let library = TemplateLibrary(files: files, templates: templates, displayRoot: folder.displayRoot, displayPaths: displayPaths)
        return (diagnostics.containsErrors ? nil : library, diagnostics)
    }

    /// Whether a template of this name (without `.mustache`) exists.
    func contains(_ name: String) -> Bool { templates[name] != nil }

    /// Renders `view` with the template `name` and hands the text to `write` as UTF-8 in consecutive
    /// parts, at most `outputLimit` bytes. A diagnostic when there is no such template, or when the
    /// rendering stops at a limit of output or of steps (then the parts written so far are incomplete: the caller
    /// discards them).
    func render(
        _ view: some TemplateObject, template name: String, outputLimit: Int, stepLimit: Int,
        into write: ([UInt8]) -> Void
    ) -> Diagnostic? {
        guard let template = templates[name] else {
            let file = name + TemplateLibrary.fileExtension
            return Diagnostic(file: PathText.join(displayRoot, file), message: ReportWording.missingTemplate(file, folder: displayRoot))
        }
        do {
            try template.render(
                .object(view), name: name, partials: templates,
                limits: RenderLimits(
                    outputBytes: outputLimit, partialDepth: TemplateLibrary.partialDepthLimit + 1,
                    steps: stepLimit),
                into: write)
            return nil
        } catch {
            return Diagnostic(
                file: displayPaths[error.template] ?? PathText.join(displayRoot, error.template + TemplateLibrary.fileExtension), line: error.line,
                column: error.column, message: ReportWording.templateRender(error.kind, template: error.template))
        }
    }

    /// Renders `view` with the template `name` as one text; `nil` when there is no such template or
    /// rendering stops at a limit.
    func render(_ view: some TemplateObject, template name: String, outputLimit: Int = 64 << 20, stepLimit: Int = 1 << 24) -> String? {
        var text: [UInt8] = []
        return render(view, template: name, outputLimit: outputLimit, stepLimit: stepLimit) { text += $0 } == nil
            ? String(decoding: text, as: UTF8.self) : nil
    }

    static let fileExtension = ".mustache"

    // MARK: Checks

    private static let transforms: Set<String> = ["first", "last", "index", "even", "odd", "count", "empty", "reversed"]

    /// The checks the parser does not make: refused tags, unescaped values that are not trusted
    /// fragments, missing partials, partials of another format and unknown variable names.
    private static func check(
        _ template: Template, format: TemplateFormat, file: String, templateNames: Set<String>,
        folder: String, variables: Set<String>
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func report(_ tag: Template.Tag, _ message: String, _ severity: Diagnostic.Severity = .fout) {
            diagnostics.append(Diagnostic(file: file, line: tag.line, column: tag.column, severity: severity, message: message))
        }
        for tag in template.tags {
            switch tag.kind {
            case .comment, .sectionEnd, .block:
                continue
            case .setDelimiters:
                report(tag, ReportWording.templateDelimiters)
            case .pragma:
                report(tag, ReportWording.templatePragma)
            case .partial, .parent:
                if tag.name.hasPrefix("*") {
                    report(tag, ReportWording.dynamicPartial(tag.name))
                    continue
                }
                if tag.name.hasPrefix("/") || tag.name.split(separator: "/").contains("..") {
                    report(tag, ReportWording.partialOutsideFolder(tag.name, folder: folder))
                    continue
                }
                guard templateNames.contains(tag.name) else {
                    report(
                        tag,
                        ReportWording.missingPartial(
                            tag.name, folder: folder,
                            suggestion: Suggestion.nearest(to: tag.name, in: templateNames.sorted())))
                    continue
                }
                if TemplateFormat(templateName: tag.name) != format {
                    report(tag, ReportWording.partialFormatMismatch(tag.name, expected: format.suffix))
                }
            case .unescaped, .variable, .section, .invertedSection:
                let (names, transforms) = tag.reference
                if tag.kind == .unescaped {
                    let suffix = format.trustedSuffix
                    if names.last.map({ !$0.hasSuffix(suffix) }) ?? true {
                        report(tag, ReportWording.templateUnescaped(tag.name, suffix: suffix))
                    }
                }
                for transform in transforms where !TemplateLibrary.transforms.contains(transform) {
                    report(tag, ReportWording.unknownTemplateTransform(transform), .waarschuwing)
                }
                for variable in names where !variables.contains(variable) {
                    report(
                        tag,
                        ReportWording.unknownTemplateVariable(
                            variable,
                            suggestion: suggestion(
                                for: variable, format: format,
                                variables: variables)),
                        .waarschuwing)
                }
            }
        }
        return diagnostics
    }

    /// Deepest chain of partials in partials accepted; rendering goes one level deeper per partial.
    static let partialDepthLimit = 32

    /// Partials that include themselves, directly or through others (`{{>…}}` or `{{<…}}`): rendering
    /// them would never end. One error per cycle, at the tag that closes it.
    private static func partialCycles(_ parsed: [(name: String, path: String, template: Template)]) -> [Diagnostic] {
        let files = Dictionary(parsed.map { ($0.name, $0.path) }, uniquingKeysWith: { first, _ in first })
        var references: [String: [Template.Tag]] = [:]
        for (name, _, template) in parsed {
            references[name] = template.tags.filter { ($0.kind == .partial || $0.kind == .parent) && files[$0.name] != nil }
        }
        var diagnostics: [Diagnostic] = []
        var finished = Set<String>()
        // Depth-first, with its own stack: a chain of thousands of partials must not exhaust the thread's.
        for root in references.keys.sorted() where !finished.contains(root) {
            var path: [(name: String, next: Int)] = [(root, 0)]
            while let (name, next) = path.last {
                let tags = references[name] ?? []
                guard next < tags.count else {
                    finished.insert(name)
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let tag = tags[next]
                if let start = path.firstIndex(where: { $0.name == tag.name }) {
                    diagnostics.append(
                        Diagnostic(
                            file: files[name]!, line: tag.line, column: tag.column,
                            message: ReportWording.partialCycle(path[start...].map(\.name) + [tag.name])))
                } else if path.count > TemplateLibrary.partialDepthLimit {
                    diagnostics.append(
                        Diagnostic(
                            file: files[name]!, line: tag.line, column: tag.column,
                            message: ReportWording.partialsTooDeep(limit: TemplateLibrary.partialDepthLimit)))
                } else if !finished.contains(tag.name) {
                    path.append((tag.name, 0))
                }
            }
        }
        return diagnostics
    }

    /// Dutch words a template writer may try first, with the variable that holds that value.
    private static let dutchNames: [String: String] = [
        "titel": "title", "gemeente": "municipality", "bestuursorgaan": "governingBody", "participatieniveau": "level",
        "niveau": "level", "verordening": "regulation", "versie": "version", "vingerafdruk": "fingerprint",
        "periode": "period", "datum": "date", "soort": "kind", "locatie": "location", "plaats": "location",
        "deelnemers": "participants", "doelgroepen": "audiences", "gebeurtenissen": "events", "momenten": "events",
        "uitkomsten": "outcomes", "reacties": "responses", "besluit": "verdict", "waarschuwingen": "warnings",
        "bronnen": "sources", "overzicht": "overview", "nummer": "number", "aantal": "count",
    ]

    /// The variable meant by a misspelt or Dutch name, if one is likely.
    private static func suggestion(for name: String, format: TemplateFormat, variables: Set<String>) -> String? {
        let lowered = name.lowercased()
        if lowered == "tekst" || lowered == "inhoud" { return "body" + format.trustedSuffix }
        if lowered == "motivering" { return "motivation" + format.trustedSuffix }
        if let english = dutchNames[lowered], variables.contains(english) { return english }
        return Suggestion.nearest(to: name, in: variables.sorted())
    }
}
