/// Whether an event has taken place (`afgerond`, the default) or is still to come (`gepland`).
public enum EventStatus: String, CaseIterable, Sendable {
    case afgerond
    case gepland
}

/// Whether the report is a draft (`concept`) or the version the bestuursorgaan publishes (`definitief`).
public enum ReportStatus: String, CaseIterable, Sendable {
    case concept
    case definitief
}

/// The participation level of the process, from the Participatieverordening's ladder.
public enum ParticipationLevel: String, CaseIterable, Sendable {
    case informeren
    case raadplegen
    case adviseren
    case coproduceren
    case meebeslissen
}

/// What the bestuursorgaan did with an outcome (`besluit:` in a response file).
public enum Verdict: String, CaseIterable, Sendable {
    case overgenomen
    case deelsOvergenomen = "deels-overgenomen"
    case nietOvergenomen = "niet-overgenomen"

    /// Dutch label for the report, e.g. "deels overgenomen".
    public var label: String { Wording.verdictLabel(self) }
}
