/// The seniority a staff record's `role` gives. The DfE census's `OrgRole` codes: 1 senior
/// manager (senior leadership), 2 middle manager and 3 first line manager (managers), 4 senior
/// practitioner, 5 case holder and 6 qualified without cases (practitioners). Personal advisers
/// (care leavers' workers, who need not be social workers and have no `OrgRole`) are their own
/// group. Job titles are read by the words that say the level, so "Team Manager" is a manager and
/// "Senior Social Worker" a practitioner; a role that says none of these is `unknown`, and the
/// page says how many were.
public enum WorkforceRole: String, Sendable, Hashable, Codable, CaseIterable {
    case seniorLeadership = "senior_leadership"
    case manager
    case practitioner
    case personalAdviser = "personal_adviser"
    case unknown

    public var title: String {
        switch self {
        case .seniorLeadership: "Senior leadership (OrgRole 1)"
        case .manager: "Managers (OrgRole 2, 3)"
        case .practitioner: "Practitioners (OrgRole 4, 5, 6)"
        case .personalAdviser: "Personal advisers"
        case .unknown: "Role not a code or known title"
        }
    }

    public init(role: String?) {
        let text = (role ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        switch text {
        case "1": self = .seniorLeadership; return
        case "2", "3": self = .manager; return
        case "4", "5", "6": self = .practitioner; return
        case "pa", "personal adviser", "personal advisor", "young person's adviser", "young persons adviser": self = .personalAdviser; return
        default: break
        }
        func has(_ words: String...) -> Bool { words.contains { text.contains($0) } }
        if has("personal adviser", "personal advisor") { self = .personalAdviser }
        else if has("director", "head of service", "assistant director", "senior manager", "senior leader") { self = .seniorLeadership }
        else if has("manager", "team leader", "practice supervisor", "principal social worker") { self = .manager }
        else if has("social worker", "practitioner", "case holder", "caseholder") { self = .practitioner }
        else { self = .unknown }
    }
}
