import CommonMark
import ParticipatieModel
import ParticipatieReading

/// Identifies the inputs of a report: a SHA-256 over every process file, every template and the
/// version of libcmark that renders the texts (another libcmark may render the same text differently).
///
/// Files are named by their path inside their folder (`uitkomsten/er-toe-doen.md`,
/// `partials/stijl.html.mustache`), so the value does not depend on where the folders are or how
/// they were typed on the command line. Any change to a byte or a file name changes it.
public struct Fingerprint: Hashable, Sendable, CustomStringConvertible {
    /// 64 lowercase hexadecimal digits.
    public let value: String

    /// One input of the fingerprint.
    public struct Input: Hashable, Sendable {
        /// The folder the file belongs to.
        public enum Folder: String, Sendable, CaseIterable {
            case process, templates
            /// The git revision a report compares with (`build --sinds`): its commit name.
            case sinds
        }
        public let folder: Folder
        /// Path inside the folder, with `/` between folders.
        public let path: String
        public let bytes: [UInt8]

        public init(folder: Folder, path: String, bytes: [UInt8]) {
            self.folder = folder
            self.path = path
            self.bytes = bytes
        }
    }

    /// Hashes `inputs` in a fixed order: process files, templates, the compared revision; then by path.
    ///
    /// After the header `participatie-vingerafdruk 2\n` and the line `libcmark <renderer>\n`, each file
    /// contributes `folder/path`, a NUL byte, its length in decimal, a NUL byte and its bytes.
    /// `renderer` is the libcmark version, by default the one this program is linked against.
    public init(inputs: [Input], renderer: String = Markdown.libraryVersion) {
        let sorted = inputs.sorted { lhs, rhs in
            if lhs.folder != rhs.folder {
                return Input.Folder.allCases.firstIndex(of: lhs.folder)! < Input.Folder.allCases.firstIndex(of: rhs.folder)!
            }
            return lhs.path.utf8.lexicographicallyPrecedes(rhs.path.utf8)
        }
        var hash = SHA256()
        hash.update("participatie-vingerafdruk 2\n")
        hash.update("libcmark " + renderer + "\n")
        for input in sorted {
            hash.update(input.folder.rawValue + "/" + input.path)
            hash.update([0])
            hash.update(String(input.bytes.count))
            hash.update([0])
            hash.update(input.bytes)
        }
        value = hash.hexDigest()
    }

    /// The first 12 digits, enough to tell two reports apart at a glance.
    public var short: String { String(value.prefix(12)) }

    public var description: String { value }
}
