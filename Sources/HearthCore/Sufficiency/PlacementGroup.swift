/// The placement types a sufficiency strategy talks about, grouped from the SSDA903 `PLACE`
/// code and, for fostering and children's homes, who provides it (`PLACE_PROVIDER`).
public enum PlacementGroup: String, Sendable, Hashable, Codable, CaseIterable {
    case inHouseFostering = "in_house_fostering"
    case independentFostering = "ifa_fostering"
    case kinship = "kinship"
    case residentialLA = "residential_la"
    case residentialPrivate = "residential_private"
    case supportedAccommodation = "supported_accommodation"
    case placedForAdoption = "placed_for_adoption"
    case placedWithParents = "placed_with_parents"
    case other = "other"

    public var title: String {
        switch self {
        case .inHouseFostering: "In-house fostering"
        case .independentFostering: "Independent fostering agency (IFA)"
        case .kinship: "Kinship / connected carers"
        case .residentialLA: "Children's homes (LA / public)"
        case .residentialPrivate: "Children's homes (private / voluntary)"
        case .supportedAccommodation: "Semi-independent / supported accommodation"
        case .placedForAdoption: "Placed for adoption"
        case .placedWithParents: "Placed with parents"
        case .other: "Other"
        }
    }

    /// The group of a placement. Fostering with a relative or friend (U1–U3) is kinship
    /// whoever supports it; other fostering (U4–U6) is in-house when the council or another
    /// public body provides it (PR1–PR3) and IFA when a private or voluntary agency does (PR4,
    /// PR5). Children's homes (K1, K2) split the same way. H5 and P2 are the semi-independent
    /// and independent living that supported accommodation regulation now covers.
    public init(place: String?, provider: String?) {
        let publicProvider = ["PR1", "PR2", "PR3"].contains(provider ?? "")
        switch place ?? "" {
        case "U1", "U2", "U3": self = .kinship
        case "U4", "U5", "U6": self = publicProvider || provider == nil ? .inHouseFostering : .independentFostering
        case "K1", "K2": self = publicProvider ? .residentialLA : .residentialPrivate
        case "H5", "P2": self = .supportedAccommodation
        case "A3", "A4", "A5", "A6": self = .placedForAdoption
        case "P1": self = .placedWithParents
        default: self = .other
        }
    }

    /// Reads the code ("ifa_fostering") or the title, case-insensitively.
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let g = PlacementGroup.allCases.first(where: { $0.rawValue == t || $0.title.lowercased() == t }) else { return nil }
        self = g
    }
}
