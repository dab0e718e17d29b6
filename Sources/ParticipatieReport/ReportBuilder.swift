import CommonMark
import ParticipatieModel
import ParticipatieReading
import ParticipatieSystem

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
    /// The templates folder (default `templates`); its files override the compiled-in defaults.
    public var templatesDirectory: String
    /// Whether a missing templates folder is fine (then the defaults are used alone), as it is for
    /// the default folder; a folder the user named must exist.
    public var templatesFolderIsOptional: Bool
    /// The output folder (default `output`); created when missing.
    public var outputDirectory: String
    /// What to write besides the HTML report.
    public var formats: [ReportFormat]
    /// A git revision to compare with (`--sinds`): the report gets a section of what changed since.
    public var since: String?

    public init(
        processDirectory: String = "process", templatesDirectory: String = "templates",
        outputDirectory: String = "output", formats: [ReportFormat] = [.html], templatesFolderIsOptional: Bool = false,
        since: String? = nil
    ) {
        self.processDirectory = processDirectory
        self.templatesDirectory = templatesDirectory
        self.templatesFolderIsOptional = templatesFolderIsOptional
        self.outputDirectory = outputDirectory
        self.formats = formats
        self.since = since
    }

    /// What a build did.
    public struct Result: Sendable {
        /// Every problem found in the process, the templates and the output folder, sorted;
        /// file names as the user typed the folders.
        public let diagnostics: [Diagnostic]
        /// The files written, e.g. `output/eindverslag.html`; empty when the build stopped.
        public let writtenFiles: [String]
        /// The attachments copied, e.g. `output/bijlagen/verslag.pdf`.
        public var copiedAttachments: [String] = []
        /// The fingerprint of the inputs; `nil` when they could not all be read.
        public let fingerprint: Fingerprint?
        /// The model the report was made from; `nil` when the process has errors.
        public let timeline: Timeline?

        /// Whether the report was written.
        public var succeeded: Bool { !writtenFiles.isEmpty && !diagnostics.containsErrors }
    }

    /// Runs the build. The templates are read and checked while the process folder is read.
    public func build() async -> Result {
        let formats = [ReportFormat.html] + self.formats.filter { $0 != .html }
        let processRoot = PathText.trimmed(processDirectory)
        let templatesRoot = PathText.trimmed(templatesDirectory)
        let outputRoot = PathText.trimmed(outputDirectory)

        let templatesFolder = templatesFolderIsOptional && !FileSystem.exists(templatesDirectory) ? nil : templatesDirectory
        async let loadedTemplates = TemplateLibrary.load(
            directory: templatesFolder, displayPath: templatesRoot,
            variables: ReportView.templateVariables, defaults: TemplateLibrary.defaults)
        let process = await ProcessReader.read(directory: processDirectory, displayPath: processRoot)
        let (library, templateDiagnostics) = await loadedTemplates
        var diagnostics = process.diagnostics + templateDiagnostics
        if let library {
            for format in formats where !library.contains(format.templateName) {
                let file = PathText.join(templatesRoot, format.templateName + TemplateLibrary.fileExtension)
                diagnostics.append(
                    Diagnostic(
                        file: file,
                        message: ReportWording.missingTemplate(
                            format.templateName + TemplateLibrary.fileExtension, folder: templatesRoot)))
            }
        }
        // The revision to compare with, read through git into the same reader.
        var comparison: ReportView.Comparison?
        if let since, let timeline = process.timeline {
            switch await ProcessHistory.read(
                directory: processDirectory, displayPath: processRoot, revision: since, currentVersion: timeline.process.version)
            {
            case .success(let base):
                if let baseTimeline = base.result.timeline {
                    comparison = ReportView.Comparison(
                        revision: base.shortCommit, commit: base.commit, version: base.version,
                        changes: ProcessChanges(from: baseTimeline, to: timeline))
                } else {
                    diagnostics.append(Diagnostic(file: processRoot, message: ReportWording.sinceHasErrors(since, commit: base.shortCommit)))
                }
            case .failure(let problem):
                diagnostics.append(Diagnostic(file: processRoot, message: ReportWording.sinceFailed(since, problem.message)))
            }
        }
        if let problem = ReportBuilder.outputProblem(
            output: outputDirectory, outputShown: outputRoot,
            process: processDirectory, processShown: processRoot)
        {
            diagnostics.append(problem)
        }
        diagnostics.sort()

        // Attachments are read only for a build: checking the folder needs their names and sizes, not their bytes.
        var attachments: [AttachmentCopy] = []
        if !diagnostics.containsErrors {
            let read = ReportBuilder.readAttachments(process.attachments, processDirectory: processDirectory)
            attachments = read.copies
            diagnostics = (diagnostics + read.diagnostics).sorted()
        }
        let inputs =
            process.inputs
            + attachments.map { InputFile(path: $0.attachment.path, bytes: $0.bytes) }

        guard !diagnostics.containsErrors, let timeline = process.timeline, let library else {
            let fingerprint = library.map { ReportBuilder.fingerprint(of: inputs, in: processRoot, templates: $0, comparedWith: comparison) }
            return Result(diagnostics: diagnostics, writtenFiles: [], fingerprint: fingerprint, timeline: process.timeline)
        }

        // Warnings in the report name files the way a reader of the repository knows them.
        let processName = ReportBuilder.folderName(processDirectory, fallback: "process")
        let templatesName = ReportBuilder.folderName(templatesDirectory, fallback: "templates")
        let shownWarnings =
            process.diagnostics.map { ReportBuilder.renamed($0, root: processRoot, as: processName) }
            + templateDiagnostics.map { ReportBuilder.renamed($0, root: templatesRoot, as: templatesName) }
        let texts = ReportView.Texts(includesMarkdown: library.usesVariable(in: formats, endingWith: "Markdown"))
        // The fingerprint is computed while the texts are rendered.
        async let fingerprinted = ReportBuilder.fingerprint(of: inputs, in: processRoot, templates: library, comparedWith: comparison)
        let items = await ReportView.items(of: timeline, texts: texts)
        let fingerprint = await fingerprinted
        let view = ReportView(
            timeline: timeline, checks: process.checks ?? ReportBuilder.noChecks, warnings: shownWarnings.sorted(), fingerprint: fingerprint,
            processFileCount: inputs.count, templateFileCount: library.files.count,
            texts: texts, items: items, comparison: comparison)

        if case .failure(let error) = FileSystem.createDirectories(outputDirectory) {
            let message =
                error.errno == .fileExists
                ? Message.notAFolder(outputRoot)
                : ReportWording.cannotCreateOutputFolder(outputRoot, error.writingReason)
            diagnostics.append(Diagnostic(file: outputRoot, message: message))
            return Result(diagnostics: diagnostics, writtenFiles: [], fingerprint: fingerprint, timeline: timeline)
        }
        let folder: Directory
        switch Directory.open(outputDirectory) {
        case .success(let opened): folder = opened
        case .failure(let error):
            diagnostics.append(Diagnostic(file: outputRoot, message: ReportWording.cannotCreateOutputFolder(outputRoot, error.writingReason)))
            return Result(diagnostics: diagnostics, writtenFiles: [], fingerprint: fingerprint, timeline: timeline)
        }
        let outputLimit = ReportBuilder.outputLimit(inputBytes: process.inputs.reduce(0) { $0 + $1.bytes.count })
        let stepLimit = ReportBuilder.stepLimit(items: timeline.events.count + timeline.outcomes.count + timeline.responses.count)
        // Each report is written while it is rendered, a part at a time, so it is never whole in memory.
        // Every template was found above, so rendering cannot fail half-way through the formats. The
        // folder is locked meanwhile, so two builds into one folder never mix their files.
        var copied: [String] = []
        let outcome: Swift.Result<[String], Diagnostic> = folder.withExclusiveLock {
            // Attachments first: a report is never there without the files it links to.
            switch ReportBuilder.writeAttachments(attachments, into: folder, outputRoot: outputRoot) {
            case .success(let paths): copied = paths
            case .failure(let problem): return .failure(problem)
            }
            var written: [String] = []
            for format in formats {
                let shown = PathText.join(outputRoot, format.fileName)
                var stopped: Diagnostic?
                let result = AtomicFileWriter.write(to: format.fileName, in: folder) { file in
                    stopped = library.render(view, template: format.templateName, outputLimit: outputLimit, stepLimit: stepLimit) {
                        file.write($0)
                    }
                    return stopped == nil
                }
                if let stopped { return .failure(stopped) }
                if case .failure(let error) = result {
                    return .failure(Diagnostic(file: shown, message: ReportWording.cannotWriteReport(error.writingReason)))
                }
                written.append(shown)
            }
            return .success(written)
        }
        switch outcome {
        case .success(let written):
            var result = Result(diagnostics: diagnostics, writtenFiles: written, fingerprint: fingerprint, timeline: timeline)
            result.copiedAttachments = copied
            return result
        case .failure(let problem):
            return Result(diagnostics: diagnostics + [problem], writtenFiles: [], fingerprint: fingerprint, timeline: timeline)
        }
    }

    /// What the closing section says when the reader returned no check results (it always does once a
    /// timeline exists): nothing found, no rules, so nothing is claimed that was not checked.
    static let noChecks = CheckResults(privacy: .init(findingCount: 0, allowed: []), levelRules: [])

    /// The version of libcmark the texts are rendered with, e.g. "0.30.3".
    public static var libcmarkVersion: String { Markdown.libraryVersion }

    /// Largest report file written, whatever the inputs: templates can describe far more text than they are
    /// long (a partial that includes the next one twice, thirty times over), and such a build stops with
    /// an error instead of filling the disk.
    public static let outputSizeLimit = 64 << 20

    /// The limit for one report file: ``outputSizeLimit``, or four times the size of the process files
    /// when that is more (a report is about twice the size of its inputs).
    static func outputLimit(inputBytes: Int) -> Int { max(outputSizeLimit, 4 * inputBytes) }

    /// The most steps (texts, tags, list items) rendering one report file may take: a million, and a
    /// thousand more per event, outcome and response. The shipped templates take about a hundred per
    /// item; sections nested over the events (which may write nothing and so never reach the output
    /// limit) take the number of events to the power of the depth.
    static func stepLimit(items: Int) -> Int { 1_000_000 + 1_000 * items }

    /// The fingerprint of the process files (read from `root`), the templates, the Markdown renderer
    /// and, with `--sinds`, the commit the report compares with (its changes section depends on it).
    static func fingerprint(
        of inputs: [InputFile], in root: String, templates: TemplateLibrary, comparedWith comparison: ReportView.Comparison? = nil
    ) -> Fingerprint {
        Fingerprint(
            inputs: inputs.map {
                Fingerprint.Input(folder: .process, path: ReportBuilder.relative($0.path, to: root), bytes: $0.bytes)
            } + templates.files.map { Fingerprint.Input(folder: .templates, path: $0.relativePath, bytes: $0.bytes) }
                + (comparison.map { [Fingerprint.Input(folder: .sinds, path: "commit", bytes: Array($0.commit.utf8))] } ?? []))
    }

    // MARK: Paths

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
        FileSystem.realPath(path).map(PathText.lastComponent) ?? fallback
    }

    /// An error when the output folder is the process folder or lies inside it.
    static func outputProblem(output: String, outputShown: String, process: String, processShown: String) -> Diagnostic? {
        guard let processPath = FileSystem.realPath(process), let outputPath = FileSystem.resolvedPath(output) else { return nil }
        guard outputPath == processPath || outputPath.hasPrefix(processPath == "/" ? "/" : processPath + "/") else { return nil }
        return Diagnostic(file: outputShown, message: ReportWording.outputInsideProcess(outputShown, process: processShown))
    }
}
