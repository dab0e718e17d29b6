/// The response of the municipality (or, in an initiator's process, of the initiator) to one or more
/// outcomes (section c): a file in `process/reacties/`.
public struct Response: Hashable, Sendable, Identifiable {
    /// The file name without `.md`.
    public let id: String
    public let file: String
    public let title: String
    /// Position in section (c), from the optional `volgorde`; responses without one follow, by id.
    public let order: Int?
    /// Ids of the outcomes this response answers (`uitkomsten`).
    public let outcomes: [String]
    /// `uitkomsten: niet-vermeld`: the source the process was entered from does not say which outcomes it answers.
    public let outcomesNotStated: Bool
    public let verdict: Verdict
    /// Why the input was not (fully) taken over; required when ``verdict`` is `deels-overgenomen` or `niet-overgenomen`.
    public let motivation: String?
    /// The documents where the input was used (`verwerkt-in`).
    public let usedIn: [String]
    public let body: String

    public init(
        id: String, file: String, title: String, order: Int? = nil, outcomes: [String] = [],
        outcomesNotStated: Bool = false, verdict: Verdict, motivation: String? = nil, usedIn: [String] = [],
        body: String = ""
    ) {
        self.id = id
        self.file = file
        self.title = title
        self.order = order
        self.outcomes = outcomes
        self.outcomesNotStated = outcomesNotStated
        self.verdict = verdict
        self.motivation = motivation
        self.usedIn = usedIn
        self.body = body
    }
}
