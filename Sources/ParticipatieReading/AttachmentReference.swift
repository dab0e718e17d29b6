import ParticipatieModel

/// A place in a process file that names a file in `bijlagen/`: a link or image in a text
/// (`[verslag](bijlagen/verslag.pdf)`) or an item of an event's `bijlagen` list. Checked against
/// the folder once every file is read.
struct AttachmentReference: Sendable, Hashable {
    /// The file the reference is in, as the user would type it.
    let file: String
    /// The name inside `bijlagen/`, without `?…` or `#…` and with `%20` and the like decoded.
    let name: String
    /// As written, for messages.
    let written: String
    let line: Int
    let column: Int

    /// The prefix a link to an attachment starts with (after an optional `./`).
    static let folderPrefix = "bijlagen/"

    /// The name inside `bijlagen/` for a link destination that points there, else `nil`.
    static func name(ofDestination destination: String) -> String? {
        var path = Substring(destination)
        if path.hasPrefix("./") { path = path.dropFirst(2) }
        guard path.hasPrefix(folderPrefix) else { return nil }
        path = path.dropFirst(folderPrefix.count).prefix { $0 != "?" && $0 != "#" }
        return percentDecoded(path)
    }

    /// `%20` → space; a `%` not followed by two hexadecimal digits stays as it is.
    static func percentDecoded(_ text: Substring) -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 48...57: byte - 48
            case 65...70: byte - 55
            case 97...102: byte - 87
            default: nil
            }
        }
        while index < utf8.count {
            if utf8[index] == 37, index + 2 < utf8.count, let high = hex(utf8[index + 1]), let low = hex(utf8[index + 2]) {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
