/// The five broad ethnic groups the workforce is compared on, with "not known" for a blank,
/// refused or unreadable ethnicity. The DfE census codes (the school and workforce censuses'
/// extended codes) map to the group their first letter names: `W…` White, `M…` Mixed, `A…`
/// Asian, `B…` Black, and `CHNE` (Chinese) to Asian, as ONS's 2021 census places it, so the
/// workforce sets beside the population on the same groups; `OOTH`/`OTH…` and Arab to Other;
/// `REFU` (refused) and `NOBT` (not obtained) to not known. Words ("White British", "Black
/// African") are read by the group they start with.
public enum EthnicGroup: String, Sendable, Hashable, Codable, CaseIterable {
    case white, mixed, asian, black, other
    case notKnown = "not_known"

    public var title: String {
        switch self {
        case .white: "White"
        case .mixed: "Mixed or multiple"
        case .asian: "Asian or Asian British"
        case .black: "Black, African, Caribbean or Black British"
        case .other: "Other ethnic group"
        case .notKnown: "Not known or refused"
        }
    }

    /// The groups a population has (every group but not known).
    public static let known: [EthnicGroup] = [.white, .mixed, .asian, .black, .other]

    public init(code: String?) {
        let text = (code ?? "").trimmingCharacters(in: .whitespaces).uppercased()
        switch text {
        case "", "REFU", "NOBT", "NOT KNOWN", "UNKNOWN", "REFUSED", "PREFER NOT TO SAY": self = .notKnown; return
        case "CHNE", "CHINESE": self = .asian; return
        case "OOTH", "OTHR", "OTH", "ARAB", "AARA", "OARA": self = .other; return
        default: break
        }
        if text.hasPrefix("WHITE") { self = .white }
        else if text.hasPrefix("MIXED") { self = .mixed }
        else if text.hasPrefix("ASIAN") { self = .asian }
        else if text.hasPrefix("BLACK") { self = .black }
        else if text.hasPrefix("OTHER") || text.hasPrefix("ANY OTHER") { self = .other }
        else if text.count == 4, let first = text.first {
            switch first {
            case "W": self = .white
            case "M": self = .mixed
            case "A": self = .asian
            case "B": self = .black
            case "O": self = .other
            default: self = .notKnown
            }
        } else { self = .notKnown }
    }
}
