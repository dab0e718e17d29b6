/// A promise of a participation level that the checks ask for; `docs/formaat.md` says where each
/// comes from. A level promises everything the levels below it promise.
public enum LevelRule: String, CaseIterable, Sendable, Hashable {
    /// From raadplegen on: the input is written down as at least one outcome.
    case outcomesRecorded = "uitkomsten"
    /// From adviseren on: every outcome has a response with a verdict.
    case everyOutcomeAnswered = "reacties"
    /// From coproduceren on: a participation plan, adopted on or before the first event.
    case planBeforeStart = "participatieplan"
    /// At meebeslissen: a decision event that names the outcomes it adopts (`neemt-over`).
    case decisionAdoptsOutcomes = "besluit"

    /// The lowest level that promises this.
    public var fromLevel: ParticipationLevel {
        switch self {
        case .outcomesRecorded: .raadplegen
        case .everyOutcomeAnswered: .adviseren
        case .planBeforeStart: .coproduceren
        case .decisionAdoptsOutcomes: .meebeslissen
        }
    }

    /// The rules a process or phase at `level` must meet, lowest level first.
    public static func rules(for level: ParticipationLevel) -> [LevelRule] {
        allCases.filter { $0.fromLevel <= level }
    }
}
