/// Where an indicator sits in a board's reading of the service, and so which part of the board
/// pack shows it: the front door and child protection, children in care (adoption with them),
/// care leavers, or the social work workforce.
public enum IndicatorArea: String, Sendable, Hashable, CaseIterable {
    case frontDoor = "front door and child protection"
    case childrenInCare = "children in care"
    case careLeavers = "care leavers"
    case workforce = "workforce"
    /// Local measures the authority files under none of the above.
    case local = "local measures"
}
