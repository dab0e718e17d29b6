import ParticipatieModel
import ParticipatieReading

/// A file the build can write. The HTML report is always written; Markdown is optional.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// `eindverslag.html`: the report itself, one self-contained file.
    case html
    /// `eindverslag.md`: the same content as CommonMark, for pasting into other systems.
    case markdown = "md"

    /// The name of the written file, e.g. `eindverslag.html`.
    public var fileName: String { "eindverslag." + rawValue }

    /// The template that renders it, without `.mustache`: the file name, e.g. `eindverslag.html`.
    var templateName: String { fileName }
}
