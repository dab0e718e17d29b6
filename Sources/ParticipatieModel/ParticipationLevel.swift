/// The participation level of the process, from the Participatieverordening's ladder.
public enum ParticipationLevel: String, CaseIterable, Sendable {
    case informeren
    case raadplegen
    case adviseren
    case coproduceren
    case meebeslissen
}
