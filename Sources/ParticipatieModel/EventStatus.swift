/// Whether an event has taken place (`afgerond`, the default) or is still to come (`gepland`).
public enum EventStatus: String, CaseIterable, Sendable {
    case afgerond
    case gepland
}
