/// How a social worker is engaged. DfE counts permanent (directly employed) staff as "in post"
/// and agency workers separately; Hearth counts secondees into the service as in post too,
/// because they fill a funded post at the council's cost rather than an agency's.
public enum ContractType: String, Sendable, Hashable, Codable, CaseIterable {
    case permanent
    case agency
    case secondee

    /// Fills an establishment post (not agency).
    public var isInPost: Bool { self != .agency }

    /// "permanent", "perm", "agency", "locum", "secondee", "secondment" in any case.
    public init?(text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "permanent", "perm", "employee", "fixed term", "fixed-term": self = .permanent
        case "agency", "locum", "interim": self = .agency
        case "secondee", "secondment", "seconded": self = .secondee
        default: return nil
        }
    }
}
