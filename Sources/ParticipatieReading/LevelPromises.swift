import ParticipatieModel

/// Checks what the participation level promises (``LevelRule``; `docs/formaat.md` says where each
/// rule comes from): a warning in a concept report, an error in a `definitief` one.
///
/// The rules run once for the process, with the level of `proces.md`. Phases with a level of their
/// own fit in by running ``check(_:)`` once per phase with a ``Scope`` of that phase's level and events.
struct LevelPromises {
    /// What one run of the rules looks at: a level and the part of the process it applies to.
    struct Scope {
        let level: ParticipationLevel
        /// In chronological order.
        let events: [Event]
        let outcomeCount: Int
        /// Outcomes without a response (the article 5 check reports each one).
        let unansweredCount: Int
        let participationPlan: EventDate?
    }

    /// `proces.md`, where the promises are made.
    let file: String
    let positions: ProcessPositions
    /// The process folder's name, for messages that say where to add a file.
    let folder: String
    let isFinal: Bool

    /// Kinds of event that are no participation moment: the plan may follow them.
    static let preparatoryKinds: Set<EventKind> = [.interneSessie, .besluit]

    func check(_ scope: Scope) -> (diagnostics: [Diagnostic], results: [CheckResults.LevelRuleResult]) {
        var diagnostics: [Diagnostic] = []
        var results: [CheckResults.LevelRuleResult] = []
        func report(_ message: String, at position: SourcePosition?) {
            let position = position ?? positions.level ?? .start
            diagnostics.append(
                Diagnostic(
                    file: file, line: position.line, column: position.column, severity: isFinal ? .fout : .waarschuwing,
                    message: message))
        }
        for rule in LevelRule.rules(for: scope.level) {
            var problems = 0
            switch rule {
            case .outcomesRecorded:
                if scope.outcomeCount == 0 {
                    problems = 1
                    report(Message.outcomesPromised(scope.level, folder: folder), at: positions.level)
                }
            case .everyOutcomeAnswered:
                // Each unanswered outcome is already reported at the outcome (article 5, part c).
                problems = scope.unansweredCount
            case .planBeforeStart:
                if let plan = scope.participationPlan {
                    if let first = scope.events.first(where: { !LevelPromises.preparatoryKinds.contains($0.kind) }),
                        LevelPromises.isCertainlyAfter(plan, first.firstDate)
                    {
                        problems = 1
                        report(Message.planAfterStart(scope.level, plan: plan, first: first), at: positions.participationPlan)
                    }
                } else {
                    problems = 1
                    report(Message.planPromised(scope.level), at: positions.level)
                }
            case .decisionAdoptsOutcomes:
                let adopting = scope.events.filter { $0.kind == .besluit && $0.status == .afgerond && !$0.adoptedOutcomes.isEmpty }
                if adopting.isEmpty {
                    problems = 1
                    report(Message.decisionPromised, at: positions.level)
                }
            }
            results.append(CheckResults.LevelRuleResult(rule: rule, level: scope.level, problems: problems))
        }
        return (diagnostics, results)
    }

    /// Whether `date` is after `other` whatever the unknown day of a month-only date: `2022-06` is
    /// not certainly after `2022-06-03`.
    static func isCertainlyAfter(_ date: EventDate, _ other: EventDate) -> Bool {
        if date.isMonthOnly || other.isMonthOnly { return (date.year, date.month) > (other.year, other.month) }
        return other < date
    }
}
