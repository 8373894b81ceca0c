import HearthCore
import HearthIndicators

/// Which part of the pack an indicator belongs to, from its catalogue id: the front door and
/// child protection, children in care (with adoption), or care leavers.
public enum IndicatorGroup: Sendable {
    case frontDoor, childrenInCare, careLeavers

    public init(_ definition: IndicatorDefinition) {
        let id = definition.id
        if id.hasPrefix("care_leavers") {
            self = .careLeavers
        } else if id.hasPrefix("cla_") || id.hasPrefix("adoption_") {
            self = .childrenInCare
        } else {
            self = .frontDoor
        }
    }

    /// The group a pack section shows, if it shows one.
    public init?(section: PackSection) {
        switch section {
        case .indicators: self = .frontDoor
        case .childrenInCare: self = .childrenInCare
        case .careLeavers: self = .careLeavers
        default: return nil
        }
    }
}
