import HearthCore
import HearthIndicators

extension IndicatorArea {
    /// The area of indicators a pack section shows, if it shows one (the workforce section has
    /// its own table, not the indicators' tiles).
    public init?(section: PackSection) {
        switch section {
        case .indicators: self = .frontDoor
        case .childrenInCare: self = .childrenInCare
        case .careLeavers: self = .careLeavers
        default: return nil
        }
    }
}
