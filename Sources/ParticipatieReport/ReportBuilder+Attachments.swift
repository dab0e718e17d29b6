import ParticipatieModel
import ParticipatieReading
import ParticipatieSystem

extension ReportBuilder {
    /// The folder in the output folder that holds the attachments, as in `process/`.
    static let attachmentsFolder = FolderScan.attachmentsFolder

    /// The hidden file in `output/bijlagen/` that lists the attachments the last build copied there, so
    /// the next build removes those that left `process/bijlagen/`, and never a file it did not write.
    static let attachmentManifest = ".participatie-bijlagen"

    /// An attachment read for the report.
    struct AttachmentCopy: Sendable {
        let attachment: Attachment
        let bytes: [UInt8]
    }

    /// Reads every attachment from the process folder; a file that cannot be read is an error at its path.
    static func readAttachments(_ attachments: [Attachment], processDirectory: String) -> (copies: [AttachmentCopy], diagnostics: [Diagnostic]) {
        guard !attachments.isEmpty else { return ([], []) }
        guard case .success(let folder) = Directory.open(processDirectory) else {
            return ([], attachments.map { Diagnostic(file: $0.path, message: Message.unreadableFile(SystemError(.noSuchFileOrDirectory).reason)) })
        }
        var copies: [AttachmentCopy] = []
        var diagnostics: [Diagnostic] = []
        for attachment in attachments {
            switch folder.readFile(attachment.relativePath, limit: ProcessReader.attachmentSizeLimit) {
            case .success(let bytes): copies.append(AttachmentCopy(attachment: attachment, bytes: bytes))
            case .failure(let failure): diagnostics.append(Diagnostic(file: attachment.path, message: Message.unreadable(failure)))
            }
        }
        return (copies, diagnostics)
    }

    /// Makes `bijlagen/` in `output` hold exactly the `copies` (each written atomically), removing the
    /// attachments an earlier build copied that are gone from the process. Returns the paths written,
    /// as `outputRoot/bijlagen/…`. Without attachments and without an earlier `bijlagen/`, nothing happens.
    static func writeAttachments(_ copies: [AttachmentCopy], into output: Directory, outputRoot: String) -> Swift.Result<[String], Diagnostic> {
        let folderShown = PathText.join(outputRoot, attachmentsFolder)
        if copies.isEmpty, output.info(attachmentsFolder) == nil { return .success([]) }
        let folder: Directory
        switch output.subdirectory(creating: attachmentsFolder) {
        case .success(let opened): folder = opened
        case .failure(let error):
            return .failure(Diagnostic(file: folderShown, message: ReportWording.cannotCreateOutputFolder(folderShown, error.writingReason)))
        }
        var written: [String] = []
        for copy in copies {
            let shown = PathText.join(folderShown, copy.attachment.name)
            if case .failure(let error) = AtomicFileWriter.write(copy.bytes, to: copy.attachment.name, in: folder) {
                return .failure(Diagnostic(file: shown, message: ReportWording.cannotCopyAttachment(error.writingReason)))
            }
            written.append(shown)
        }
        let current = Set(copies.map(\.attachment.name))
        if case .success(let manifest) = folder.readFile(attachmentManifest, limit: ProcessReader.fileSizeLimit) {
            for name in String(decoding: manifest, as: UTF8.self).split(separator: "\n").map(String.init)
            where !current.contains(name) && !name.isEmpty && !name.contains("/") && !name.hasPrefix(".") {
                folder.removeFile(name)
            }
        }
        if copies.isEmpty {
            folder.removeFile(attachmentManifest)
            output.removeFolderIfEmpty(attachmentsFolder)
            return .success([])
        }
        let list = copies.map(\.attachment.name).joined(separator: "\n") + "\n"
        if case .failure(let error) = AtomicFileWriter.write(Array(list.utf8), to: attachmentManifest, in: folder) {
            return .failure(
                Diagnostic(file: PathText.join(folderShown, attachmentManifest), message: ReportWording.cannotCopyAttachment(error.writingReason)))
        }
        return .success(written)
    }
}
