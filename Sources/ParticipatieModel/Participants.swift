/// How many people took part in an event: an exact count, or an estimate (`ca. 60`).
public struct Participants: Hashable, Sendable {
    public let count: Int
    /// `true` when the file gives an estimate (`ca. 60`, `+/- 20`).
    public let isApproximate: Bool

    public init(count: Int, isApproximate: Bool) {
        self.count = count
        self.isApproximate = isApproximate
    }
}
