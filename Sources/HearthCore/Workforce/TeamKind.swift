/// What a social work team does. Caseload targets and the per-team pages group by it.
public enum TeamKind: String, Sendable, Hashable, Codable, CaseIterable {
    case assessment
    case childInNeedAndProtection = "cin_cp"
    case childrenInCare = "children_in_care"
    case careLeavers = "care_leavers"
    case disabledChildren = "disabled_children"
    case fostering
    case other

    public var title: String {
        switch self {
        case .assessment: "Assessment"
        case .childInNeedAndProtection: "Child in need and protection"
        case .childrenInCare: "Children in care"
        case .careLeavers: "Care leavers"
        case .disabledChildren: "Disabled children"
        case .fostering: "Fostering"
        case .other: "Other"
        }
    }

    /// Reads the code or the title as councils type them ("CIN/CP", "Children in Care", "cin_cp").
    public init?(text: String) {
        let key = String(text.lowercased().filter { $0.isLetter })
        let known: [String: TeamKind] = [
            "assessment": .assessment, "cincp": .childInNeedAndProtection, "cp": .childInNeedAndProtection,
            "childinneedandprotection": .childInNeedAndProtection, "childprotection": .childInNeedAndProtection,
            "childrenincare": .childrenInCare, "cic": .childrenInCare, "lac": .childrenInCare,
            "careleavers": .careLeavers, "leavingcare": .careLeavers, "disabledchildren": .disabledChildren,
            "cwd": .disabledChildren, "fostering": .fostering, "other": .other,
        ]
        guard let kind = known[key] else { return nil }
        self = kind
    }
}
