/// Where values of `proces.md` stand, for checks across files that point back at them.
struct ProcessPositions: Sendable {
    /// The value of `status`.
    var status: SourcePosition?
    /// The value of `participatieniveau`.
    var level: SourcePosition?
    /// The value of `participatieplan`.
    var participationPlan: SourcePosition?
    /// Each phase of `fasen`, by name.
    var phases: [String: SourcePosition] = [:]
    /// Each entry of `openbaar`, in order.
    var publicTexts: [SourcePosition] = []
    /// The lines of the `openbaar` block: personal data written there is what it allows, not a finding.
    var publicTextLines: Range<Int>?
}
