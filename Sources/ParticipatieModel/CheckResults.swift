/// What the checks of a process verified beyond the file format, for the report's closing section
/// (verantwoording): the privacy check and the promises of the participation level. Completeness
/// under article 5 follows from the ``Timeline`` itself.
public struct CheckResults: Sendable, Hashable {
    /// The privacy check.
    public let privacy: PrivacyResult
    /// The rules of the participation level, in the order of the ladder.
    public let levelRules: [LevelRuleResult]

    public init(privacy: PrivacyResult, levelRules: [LevelRuleResult]) {
        self.privacy = privacy
        self.levelRules = levelRules
    }

    /// What the privacy check found.
    public struct PrivacyResult: Sendable, Hashable {
        /// Personal data found and not allowed (warnings in a concept; a `definitief` report has none).
        public let findingCount: Int
        /// Every text of `openbaar` with how often it allowed personal data, in the order of `proces.md`.
        public let allowed: [AllowedText]

        public init(findingCount: Int, allowed: [AllowedText]) {
            self.findingCount = findingCount
            self.allowed = allowed
        }
    }

    /// A text of `openbaar` and how often the privacy check let it through.
    public struct AllowedText: Sendable, Hashable {
        public let text: PublicText
        public let occurrences: Int

        public init(text: PublicText, occurrences: Int) {
            self.text = text
            self.occurrences = occurrences
        }
    }

    /// One rule of the participation level and whether the process meets it.
    public struct LevelRuleResult: Sendable, Hashable {
        public let rule: LevelRule
        /// The level the rule comes from: the process's, or a phase's.
        public let level: ParticipationLevel
        /// The phase the rule was checked for; `nil` for the whole process.
        public let phase: String?
        /// How many things the rule misses (outcomes without a response, …); 0 when it is met.
        public let problems: Int

        public init(rule: LevelRule, level: ParticipationLevel, phase: String? = nil, problems: Int) {
            self.rule = rule
            self.level = level
            self.phase = phase
            self.problems = problems
        }

        /// Whether the process meets the rule.
        public var isMet: Bool { problems == 0 }
    }
}
