/// The four areas Ofsted judges a children's services authority on under ILACS, in the order its
/// reports give them: what a self-evaluation is written under, one section each.
public enum ILACSArea: String, Sendable, Hashable, Codable, CodingKeyRepresentable, CaseIterable {
    case impactOfLeaders = "impact-of-leaders"
    case helpAndProtection = "help-and-protection"
    case childrenInCare = "children-in-care"
    case careLeavers = "care-leavers"

    /// The judgement's words, as Ofsted's reports head it.
    public var title: String {
        switch self {
        case .impactOfLeaders: "The impact of leaders on social work practice with children and families"
        case .helpAndProtection: "The experiences and progress of children who need help and protection"
        case .childrenInCare: "The experiences and progress of children in care"
        case .careLeavers: "The experiences and progress of care leavers"
        }
    }

    /// A short name for tables and links.
    public var shortTitle: String {
        switch self {
        case .impactOfLeaders: "Impact of leaders"
        case .helpAndProtection: "Help and protection"
        case .childrenInCare: "Children in care"
        case .careLeavers: "Care leavers"
        }
    }

    /// The authority's grade for this area at an inspection.
    public func grade(in judgements: Inspection.Judgements) -> OfstedGrade? {
        switch self {
        case .impactOfLeaders: judgements.impactOfLeaders
        case .helpAndProtection: judgements.helpAndProtection
        case .childrenInCare: judgements.childrenInCare
        case .careLeavers: judgements.careLeavers
        }
    }
}
