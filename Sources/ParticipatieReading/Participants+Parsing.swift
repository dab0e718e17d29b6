import ParticipatieModel

extension Participants {
    /// Parses `60`, `ca. 60`, `circa 60`, `ongeveer 60`, `+/- 60`, `+- 60`, `± 60` or `~60`.
    init?(text: String) {
        var rest = Substring(text.trimmedWhitespace.lowercased())
        var approximate = false
        for prefix in ["ca.", "ca", "circa", "ongeveer", "+/-", "+-", "±", "~"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            approximate = true
            break
        }
        let digits = String(rest).trimmedWhitespace
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let value = Int(digits)
        else { return nil }
        self.init(count: value, isApproximate: approximate)
    }
}
