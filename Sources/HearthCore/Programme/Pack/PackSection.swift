/// The parts a board pack can have, in the order a council report reads them. Each board picks
/// the ones it receives.
public enum PackSection: String, Sendable, Hashable, Codable, CaseIterable {
    case cover
    /// The "so what": first after the cover in every pack, whatever the board chose.
    case keyMessages = "key-messages"
    case regulatory
    case plan
    case indicators
    case workforce
    case childrenInCare = "children-in-care"
    case careLeavers = "care-leavers"
    /// The local measures filed under no other area (those of an area are in its section).
    case localMeasures = "local-measures"
    case sufficiency
    case arising
    case implications

    /// The heading the section carries in the pack.
    public var title: String {
        switch self {
        case .cover: "Cover"
        case .keyMessages: "Key messages"
        case .regulatory: "Regulatory position and intervention"
        case .plan: "Progress on the improvement plan"
        case .indicators: "Performance: help, protection and the front door"
        case .workforce: "Workforce"
        case .childrenInCare: "Children in care"
        case .careLeavers: "Care leavers"
        case .localMeasures: "Local measures"
        case .sufficiency: "Sufficiency and budget"
        case .arising: "Actions arising from the last meeting"
        case .implications: "Implications"
        }
    }

    /// The sections a board chooses among: the cover and the key messages are in every pack.
    public static var choosable: [PackSection] { allCases.filter { $0 != .keyMessages } }
}
