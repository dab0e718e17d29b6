import ParticipatieModel

/// Checks what the participation level promises (``LevelRule``; `docs/formaat.md` says where each
/// rule comes from): a warning in a concept report, an error in a `definitief` one.
///
/// Without phases the rules run once, for the whole process at the level of `proces.md`. With phases
/// (`fasen`), they run once per phase, at that phase's level, over the events of the phase and the
/// outcomes that name one of them among their `bronnen`; a phase without a participation moment (only
/// internal sessions and decisions, or no events) has no rules.
struct LevelPromises {
    /// What one run of the rules looks at: a level and the part of the process it applies to.
    struct Scope {
        let level: ParticipationLevel
        /// The phase; `nil` for the whole process.
        let phase: String?
        /// In chronological order.
        let events: [Event]
        /// The outcomes of the scope.
        let outcomeIDs: Set<String>
    }

    /// `proces.md`, where the promises are made.
    let file: String
    let positions: ProcessPositions
    /// The process folder's name, for messages that say where to add a file.
    let folder: String
    let isFinal: Bool

    /// Kinds of event that are no participation moment: the plan may follow them.
    static let preparatoryKinds: Set<EventKind> = [.interneSessie, .besluit]

    /// The scopes of `timeline`: the whole process, or each phase.
    static func scopes(of timeline: Timeline) -> [Scope] {
        let process = timeline.process
        guard !process.phases.isEmpty else {
            return [Scope(level: process.level, phase: nil, events: timeline.events, outcomeIDs: Set(timeline.outcomes.map(\.id)))]
        }
        return process.phases.map { phase in
            let events = timeline.events(inPhase: phase.name)
            let outcomeIDs = Set(events.flatMap(timeline.outcomes(fedBy:)).map(\.id))
            return Scope(level: phase.level, phase: phase.name, events: events, outcomeIDs: outcomeIDs)
        }
    }

    /// Every rule of every scope; `unanswered` are the outcomes without a response (the article 5 check
    /// reports each one, so the rule for responses adds no message of its own).
    func check(_ timeline: Timeline, unanswered: Set<String>) -> (diagnostics: [Diagnostic], results: [CheckResults.LevelRuleResult]) {
        var diagnostics: [Diagnostic] = []
        var results: [CheckResults.LevelRuleResult] = []
        let decisions = timeline.events.filter { $0.kind == .besluit && $0.status == .afgerond && !$0.adoptedOutcomes.isEmpty }
        for scope in LevelPromises.scopes(of: timeline) {
            // A phase without a participation moment (no events, or only internal sessions and
            // decisions) asked nobody anything: its level promises nothing that can be checked.
            if scope.phase != nil, !scope.events.contains(where: { !LevelPromises.preparatoryKinds.contains($0.kind) }) { continue }
            let scopePosition = scope.phase.flatMap { positions.phases[$0] } ?? positions.level
            func report(_ message: String, at position: SourcePosition?) {
                let position = position ?? scopePosition ?? .start
                diagnostics.append(
                    Diagnostic(
                        file: file, line: position.line, column: position.column, severity: isFinal ? .fout : .waarschuwing,
                        message: message))
            }
            for rule in LevelRule.rules(for: scope.level) {
                var problems = 0
                switch rule {
                case .outcomesRecorded:
                    if scope.outcomeIDs.isEmpty {
                        problems = 1
                        report(Message.outcomesPromised(scope.level, folder: folder, phase: scope.phase), at: scopePosition)
                    }
                case .everyOutcomeAnswered:
                    problems = scope.outcomeIDs.intersection(unanswered).count
                case .planBeforeStart:
                    if let plan = timeline.process.participationPlan {
                        if let first = scope.events.first(where: { !LevelPromises.preparatoryKinds.contains($0.kind) }),
                            LevelPromises.isCertainlyAfter(plan, first.firstDate)
                        {
                            problems = 1
                            report(
                                Message.planAfterStart(scope.level, plan: plan, first: first, phase: scope.phase),
                                at: positions.participationPlan)
                        }
                    } else {
                        problems = 1
                        report(Message.planPromised(scope.level, phase: scope.phase), at: scopePosition)
                    }
                case .decisionAdoptsOutcomes:
                    if !decisions.contains(where: { $0.adoptedOutcomes.contains(where: scope.outcomeIDs.contains) }) {
                        problems = 1
                        report(Message.decisionPromised(phase: scope.phase), at: scopePosition)
                    }
                }
                results.append(CheckResults.LevelRuleResult(rule: rule, level: scope.level, phase: scope.phase, problems: problems))
            }
        }
        return (diagnostics, results)
    }

    /// Whether `date` is after `other` whatever the unknown day of a month-only date: `2022-06` is
    /// not certainly after `2022-06-03`.
    static func isCertainlyAfter(_ date: EventDate, _ other: EventDate) -> Bool {
        other.lastDay < date.firstDay
    }
}
