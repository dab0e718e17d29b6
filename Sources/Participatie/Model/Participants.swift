/// How many people took part in an event: an exact count, or an estimate (`ca. 60`).
public struct Participants: Hashable, Sendable {
    public let count: Int
    /// `true` when the file gives an estimate (`ca. 60`, `+/- 20`).
    public let isApproximate: Bool

    public init(count: Int, isApproximate: Bool) {
        self.count = count
        self.isApproximate = isApproximate
    }

    /// Parses `60`, `ca. 60`, `circa 60`, `ongeveer 60`, `+/- 60`, `+- 60`, `± 60` or `~60`.
    public init?(text: String) {
        var rest = Substring(text.trimmedWhitespace.lowercased())
        var approximate = false
        for prefix in ["ca.", "ca", "circa", "ongeveer", "+/-", "+-", "±", "~"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            approximate = true
            break
        }
        let digits = String(rest).trimmedWhitespace
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let value = Int(digits) else { return nil }
        self.init(count: value, isApproximate: approximate)
    }
}

import Foundation
