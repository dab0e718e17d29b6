/// Whether the report is a draft (`concept`) or the version the bestuursorgaan publishes (`definitief`).
public enum ReportStatus: String, CaseIterable, Sendable {
    case concept
    case definitief
}
