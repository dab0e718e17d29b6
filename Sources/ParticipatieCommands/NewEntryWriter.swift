import Foundation
import ParticipatieModel
import ParticipatieReading
import ParticipatieSystem

/// Creates a new file in a process folder for `participatie new`, from ``EntryTemplate``.
///
/// The file is created only if nothing exists under that name (never overwritten, symbolic links
/// not followed), and only inside the process folder: the name comes from ``Slug``, so it cannot
/// contain `/` or `..`.
public enum NewEntryWriter {
    /// What to create.
    public struct Request: Sendable {
        public var kind: NewEntryKind
        public var title: String
        /// `--datum`; events only. `nil` means today.
        public var date: EventDate?
        /// `--bron`; outcomes only.
        public var sources: [String]
        /// `--uitkomst`; responses only.
        public var outcomes: [String]

        public init(kind: NewEntryKind, title: String, date: EventDate? = nil, sources: [String] = [], outcomes: [String] = []) {
            self.kind = kind
            self.title = title
            self.date = date
            self.sources = sources
            self.outcomes = outcomes
        }
    }

    /// How many example ids a commented hint shows.
    static let exampleCount = 2

    /// Writes the file for `request` into `directory` and returns its path as the user would type
    /// it (`displayPath/…`, by default `directory/…`). `today` decides the default date and whether
    /// an event is still `gepland`.
    public static func create(
        _ request: Request, in directory: String, displayPath: String? = nil,
        today: EventDate
    ) -> Result<String, NewEntryError> {
        let root = trimmedFolder(directory)
        let displayRoot = trimmedFolder(displayPath ?? directory)
        let title = request.title.split(whereSeparator: { $0.isWhitespace || $0.unicodeScalars.allSatisfy(isControl) })
            .joined(separator: " ")
        guard !title.isEmpty else { return .failure(.wrongUse(CommandWording.emptyTitle)) }
        if let problem = misplacedOptions(request) { return .failure(.wrongUse(problem)) }
        let sources = request.sources.map(bareID), outcomes = request.outcomes.map(bareID)
        if sources.contains("") { return .failure(.wrongUse(CommandWording.emptyReference("--bron"))) }
        if outcomes.contains("") { return .failure(.wrongUse(CommandWording.emptyReference("--uitkomst"))) }

        let folder: String?
        let name: String
        let contents: String
        switch request.kind {
        case .event(let kind):
            let date = request.date ?? today
            folder = nil
            name = "\(date.iso)-\(slug(title, fallback: kind.id)).md"
            contents = EntryTemplate.event(kind: kind, title: title, date: date, planned: date > today)
        case .outcome:
            folder = FolderScan.outcomesFolder
            name = slug(title, fallback: "uitkomst") + ".md"
            let order = (orders(in: root + "/" + FolderScan.outcomesFolder).max() ?? 0) + 1
            let examples = Array(markdownIDs(in: root).filter { EventParser.fileNameDate($0) != nil }.suffix(exampleCount))
            contents = EntryTemplate.outcome(title: title, order: order, sources: sources, examples: examples)
        case .response:
            folder = FolderScan.responsesFolder
            name = slug(title, fallback: "reactie") + ".md"
            let examples = Array(markdownIDs(in: root + "/" + FolderScan.outcomesFolder).prefix(exampleCount))
            let order = (orders(in: root + "/" + FolderScan.responsesFolder).max() ?? 0) + 1
            contents = EntryTemplate.response(title: title, order: order, outcomes: outcomes, examples: examples)
        case .process:
            folder = nil
            name = FolderScan.processFile
            contents = EntryTemplate.process(title: title)
        }

        let relative = folder.map { $0 + "/" + name } ?? name
        let shown = displayRoot == "." ? relative : displayRoot + "/" + relative
        if let problem = NewFiles.makeFolder(root, shown: displayRoot, allowingLink: true) { return .failure(.failed(problem)) }
        if let folder, let problem = NewFiles.makeFolder(root + "/" + folder, shown: displayRoot + "/" + folder) {
            return .failure(.failed(problem))
        }
        // Names that differ only in case are one id (and one file on macOS and Windows).
        let targetFolder = folder.map { root + "/" + $0 } ?? root
        let id = String(name.dropLast(3))
        if let existing = markdownIDs(in: targetFolder).first(where: { $0 != id && $0.lowercased() == id }) {
            let existingRelative = (folder.map { $0 + "/" } ?? "") + existing + ".md"
            return .failure(.failed(CommandWording.entryExists(displayRoot == "." ? existingRelative : displayRoot + "/" + existingRelative)))
        }
        if let problem = writeNew(root + "/" + relative, contents, shown: shown) { return .failure(.failed(problem)) }
        return .success(shown)
    }

    private static func misplacedOptions(_ request: Request) -> String? {
        let word = request.kind.word
        if request.date != nil, !request.kind.isEvent { return CommandWording.optionOnlyForEvents("--datum", kind: word) }
        if !request.sources.isEmpty, request.kind != .outcome {
            return CommandWording.optionOnlyFor("--bron", kind: word, allowedKind: NewEntryKind.outcome.word)
        }
        if !request.outcomes.isEmpty, request.kind != .response {
            return CommandWording.optionOnlyFor("--uitkomst", kind: word, allowedKind: NewEntryKind.response.word)
        }
        return nil
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
    }

    /// Accepts `naam.md` as well as `naam`, as the reader does.
    private static func bareID(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.hasSuffix(".md") ? String(trimmed.dropLast(3)) : trimmed
    }

    private static func slug(_ title: String, fallback: String) -> String {
        let slug = Slug.make(title)
        return slug.isEmpty ? fallback : slug
    }

    private static func trimmedFolder(_ path: String) -> String { PathText.trimmed(path) }

    // MARK: Reading what is there

    /// Ids of the `.md` files directly in `folder`, sorted; empty when it cannot be read.
    static func markdownIDs(in folder: String) -> [String] {
        guard case .success(let directory) = Directory.open(folder), case .success(let names) = directory.names() else { return [] }
        return names.map(\.name).filter { name in
            !name.hasPrefix(".") && name.hasSuffix(".md") && name.count > 3 && name != FolderScan.processFile
        }.map { String($0.dropLast(3)) }
    }

    /// The kinds `proces.md` in `folder` declares; none when it is missing or cannot be read
    /// (`participatie check` reports why).
    public static func declaredKinds(in folder: String) -> [EventKind] {
        let path = trimmedFolder(folder) + "/" + FolderScan.processFile
        guard case .success(let bytes) = FileSystem.readFile(path, limit: ProcessReader.fileSizeLimit) else { return [] }
        return ProcessDescriptionParser.declaredKinds(ofFile: bytes, path: path)
    }

    /// The `volgorde` of every readable outcome or response file in `folder`; unreadable files are skipped
    /// here (`participatie check` reports them).
    static func orders(in folder: String) -> [Int] {
        markdownIDs(in: folder).compactMap { id in
            let path = folder + "/" + id + ".md"
            guard case .success(let bytes) = FileSystem.readFile(path, limit: ProcessReader.fileSizeLimit) else { return nil }
            return OutcomeParser.order(ofFile: bytes, path: path, id: id)
        }
    }

    // MARK: Writing

    /// Creates `path` with `contents`; fails when anything (even a dangling link) has that name.
    private static func writeNew(_ path: String, _ contents: String, shown: String) -> String? {
        switch FileSystem.createNewFile(path, bytes: Array(contents.utf8)) {
        case .success: nil
        case .failure(let error) where error.errno == .fileExists: CommandWording.entryExists(shown)
        case .failure(let error): CommandWording.cannotWriteFile(shown, error.writingReason)
        }
    }
}
