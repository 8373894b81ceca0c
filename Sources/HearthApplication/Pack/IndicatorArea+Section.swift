import HearthCore
import HearthIndicators

extension IndicatorArea {
    /// The area of indicators a pack section shows, if it shows one. The workforce section's
    /// census measures have their own table; its indicators are the local workforce measures.
    public init?(section: PackSection) {
        switch section {
        case .indicators: self = .frontDoor
        case .childrenInCare: self = .childrenInCare
        case .careLeavers: self = .careLeavers
        case .workforce: self = .workforce
        case .localMeasures: self = .local
        default: return nil
        }
    }
}
