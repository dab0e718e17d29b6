import ParticipatieModel
import ParticipatieReading
import ParticipatieReport

/// Whether terminal output is coloured (`--kleur`).
///
/// `automatisch` colours only when standard output is a terminal, `NO_COLOR` is unset or empty
/// (https://no-color.org) and `TERM` is not `dumb`; piped output is always plain.
public enum ColorChoice: String, CaseIterable, Sendable {
    case automatisch
    case altijd
    case nooit

    public func isEnabled(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .altijd: true
        case .nooit: false
        case .automatisch:
            isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }
    }
}
