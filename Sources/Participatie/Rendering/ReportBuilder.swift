#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds the eindverslag: reads the process folder and the templates, runs every check of
/// `participatie check`, renders the report and writes it atomically into the output folder.
///
/// Any error stops the build before anything is written, so a previous report stays as it was.
/// Nothing is ever written into the process folder or outside the output folder (apart from
/// creating the output folder itself). The same inputs always give the same bytes: the report
/// holds no clock time, only a ``Fingerprint`` of its inputs.
public struct ReportBuilder: Sendable {
    /// The process folder, as the user typed it (default `process`).
    public var processDirectory: String
    /// The templates folder (default `templates`).
    public var templatesDirectory: String
    /// The output folder (default `output`); created when missing.
    public var outputDirectory: String
    /// What to write besides the HTML report.
    public var formats: [ReportFormat]

    public init(processDirectory: String = "process", templatesDirectory: String = "templates",
                outputDirectory: String = "output", formats: [ReportFormat] = [.html]) {
        self.processDirectory = processDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.formats = formats
    }

    /// What a build did.
    public struct Result: Sendable {
        /// Every problem found in the process, the templates and the output folder, sorted;
        /// file names as the user typed the folders.
        public let diagnostics: [Diagnostic]
        /// The files written, e.g. `output/eindverslag.html`; empty when the build stopped.
        public let writtenFiles: [String]
        /// The fingerprint of the inputs; `nil` when they could not all be read.
        public let fingerprint: Fingerprint?
        /// The model the report was made from; `nil` when the process has errors.
        public let timeline: Timeline?

        /// Whether the report was written.
        public var succeeded: Bool { !writtenFiles.isEmpty && !diagnostics.containsErrors }
    }

    /// Runs the build.
    public func build() -> Result {
        let formats = [ReportFormat.html] + self.formats.filter { $0 != .html }
        let processRoot = ReportBuilder.trimmed(processDirectory)
        let templatesRoot = ReportBuilder.trimmed(templatesDirectory)
        let outputRoot = ReportBuilder.trimmed(outputDirectory)

        let templatesDirectory = templatesDirectory
        let ((library, templateDiagnostics), readResult) = ReportBuilder.concurrently({
            TemplateLibrary.load(directory: templatesDirectory, displayPath: templatesRoot, variables: ReportView.templateVariables)
        }, {
            ProcessReader.read(directory: processDirectory, displayPath: processRoot)
        })
        var process = readResult
        var diagnostics = process.diagnostics + templateDiagnostics
        if let library {
            for format in formats where !library.contains(format.templateName) {
                let file = ReportBuilder.join(templatesRoot, format.templateName + TemplateLibrary.fileExtension)
                diagnostics.append(Diagnostic(file: file, message: Message.missingTemplate(
                    format.templateName + TemplateLibrary.fileExtension, folder: templatesRoot)))
            }
        }
        if let problem = ReportBuilder.outputProblem(output: outputDirectory, outputShown: outputRoot,
                                                     process: processDirectory, processShown: processRoot) {
            diagnostics.append(problem)
        }
        diagnostics.sort()

        guard !diagnostics.containsErrors, let timeline = process.timeline, let library else {
            let fingerprint = library.map { ReportBuilder.fingerprint(of: process.inputs, in: processRoot, templates: $0) }
            return Result(diagnostics: diagnostics, writtenFiles: [], fingerprint: fingerprint, timeline: process.timeline)
        }
        let processFileCount = process.inputs.count

        // Warnings in the report name files the way a reader of the repository knows them.
        let processName = ReportBuilder.folderName(processDirectory, fallback: "process")
        let templatesName = ReportBuilder.folderName(templatesDirectory, fallback: "templates")
        let shownWarnings = process.diagnostics.map { ReportBuilder.renamed($0, root: processRoot, as: processName) }
            + templateDiagnostics.map { ReportBuilder.renamed($0, root: templatesRoot, as: templatesName) }
        // The fingerprint is computed on another thread while the view is made, and filled in afterwards.
        let (fingerprint, unsigned) = ReportBuilder.concurrently({ [inputs = process.inputs] in
            ReportBuilder.fingerprint(of: inputs, in: processRoot, templates: library)
        }, {
            ReportView(timeline: timeline, warnings: shownWarnings.sorted(), fingerprint: Fingerprint(inputs: []),
                       processFileCount: processFileCount, templateFileCount: library.files.count,
                       includesMarkdown: library.usesVariable(in: formats, endingWith: "Markdown"))
        })
        var view = unsigned
        view.fingerprint = fingerprint.value
        view.fingerprintShort = fingerprint.short
        // The files' bytes were only needed for the fingerprint: free them before the report is rendered.
        process = ProcessReadResult(timeline: timeline, diagnostics: process.diagnostics, inputs: [])

        if let problem = ReportBuilder.createFolder(outputDirectory, shown: outputRoot) {
            diagnostics.append(problem)
            return Result(diagnostics: diagnostics, writtenFiles: [], fingerprint: fingerprint, timeline: timeline)
        }
        // Each report is written while it is rendered, a part at a time, so it is never whole in memory.
        // Every template was found above, so rendering cannot fail half-way through the formats.
        var written: [String] = []
        for format in formats {
            let shown = ReportBuilder.join(outputRoot, format.fileName)
            var missing: Diagnostic?
            let result = AtomicFileWriter.write(to: format.fileName, in: outputDirectory) { file in
                missing = ReportRenderer.render(view, format: format, templates: library, templatesFolder: templatesRoot) {
                    file.write($0)
                }
                return missing == nil
            }
            if let missing {
                diagnostics.append(missing)
                return Result(diagnostics: diagnostics, writtenFiles: [], fingerprint: fingerprint, timeline: timeline)
            }
            switch result {
            case .success:
                written.append(shown)
            case .failure(let failure):
                diagnostics.append(Diagnostic(file: shown, message: Message.cannotWriteReport(failure.reason)))
                return Result(diagnostics: diagnostics, writtenFiles: [], fingerprint: fingerprint, timeline: timeline)
            }
        }
        return Result(diagnostics: diagnostics, writtenFiles: written, fingerprint: fingerprint, timeline: timeline)
    }

    // MARK: Paths

    /// Without trailing slashes, as ``ProcessReader`` shows the folder.
    static func trimmed(_ path: String) -> String {
        var path = path.isEmpty ? "." : path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder == "." ? name : folder + "/" + name
    }

    /// `process/uitkomsten/x.md` → `uitkomsten/x.md` for the root `process`.
    static func relative(_ path: String, to root: String) -> String {
        if root == "." { return path }
        if path.hasPrefix(root + "/") { return String(path.dropFirst(root.count + 1)) }
        return path
    }

    /// The diagnostic with its folder shown as `name` instead of the path the user typed.
    static func renamed(_ diagnostic: Diagnostic, root: String, as name: String) -> Diagnostic {
        var copy = diagnostic
        if diagnostic.file == root {
            copy.file = name
        } else if root == "." || diagnostic.file.hasPrefix(root + "/") {
            copy.file = name + "/" + relative(diagnostic.file, to: root)
        }
        return copy
    }

    /// The last component of the folder's real path: `process` for `./process/`, `../x/process` or `.`
    /// inside it.
    static func folderName(_ path: String, fallback: String) -> String {
        guard let resolved = realPath(path) else { return fallback }
        let name = resolved.split(separator: "/").last.map(String.init) ?? ""
        return name.isEmpty ? fallback : name
    }

    /// The absolute path without symbolic links, `.` or `..`; `nil` when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The real path of `path`, also when its last components do not exist yet.
    static func resolvedPath(_ path: String) -> String? {
        if let real = realPath(path) { return real }
        let trimmed = trimmed(path)
        guard let slash = trimmed.lastIndex(of: "/") else {
            return realPath(".").map { $0 + "/" + trimmed }
        }
        let parent = slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
        let last = String(trimmed[trimmed.index(after: slash)...])
        if last == ".." || last == "." { return nil }
        return resolvedPath(parent).map { ($0 == "/" ? "" : $0) + "/" + last }
    }

    /// An error when the output folder is the process folder or lies inside it.
    static func outputProblem(output: String, outputShown: String, process: String, processShown: String) -> Diagnostic? {
        guard let processPath = realPath(process), let outputPath = resolvedPath(output) else { return nil }
        guard outputPath == processPath || outputPath.hasPrefix(processPath == "/" ? "/" : processPath + "/") else { return nil }
        return Diagnostic(file: outputShown, message: Message.outputInsideProcess(outputShown, process: processShown))
    }

    /// Creates the output folder and its missing parents; an error when that fails.
    static func createFolder(_ path: String, shown: String) -> Diagnostic? {
        var info = stat()
        if stat(path, &info) == 0 {
            return info.st_mode & S_IFMT == S_IFDIR ? nil : Diagnostic(file: shown, message: Message.notAFolder(shown))
        }
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o755) != 0, errno != EEXIST {
                return Diagnostic(file: shown, message: Message.cannotCreateOutputFolder(shown, AtomicFileWriter.reason(errno)))
            }
            prefix += "/"
        }
        return nil
    }
}
