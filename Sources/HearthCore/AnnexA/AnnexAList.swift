/// The child-level lists an authority gives Ofsted at inspection (Annex A of the ILACS framework).
public enum AnnexAList: Int, CaseIterable, Sendable, Codable, Comparable {
    case contacts = 1
    case earlyHelp = 2
    case referrals = 3
    case assessments = 4
    case section47 = 5
    case childrenInNeed = 6
    case childProtection = 7
    case lookedAfter = 8
    case careLeavers = 9
    case adoptions = 10
    case adopters = 11

    public var title: String {
        switch self {
        case .contacts: "List 1: Contacts"
        case .earlyHelp: "List 2: Early help"
        case .referrals: "List 3: Referrals"
        case .assessments: "List 4: Assessments"
        case .section47: "List 5: Section 47 enquiries and ICPCs"
        case .childrenInNeed: "List 6: Children in need"
        case .childProtection: "List 7: Child protection"
        case .lookedAfter: "List 8: Children in care"
        case .careLeavers: "List 9: Care leavers"
        case .adoptions: "List 10: Adoption"
        case .adopters: "List 11: Adopters"
        }
    }

    public static func < (a: AnnexAList, b: AnnexAList) -> Bool { a.rawValue < b.rawValue }
}
