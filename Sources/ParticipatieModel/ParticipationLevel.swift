/// The participation level of the process, from the Participatieverordening's ladder.
public enum ParticipationLevel: String, CaseIterable, Sendable, Comparable {
    case informeren
    case raadplegen
    case adviseren
    case coproduceren
    case meebeslissen

    /// Lower on the ladder means less influence for the participants.
    public static func < (lhs: ParticipationLevel, rhs: ParticipationLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
