/// SSDA903 Episodes: a period of care with one legal status and one placement; a new row whenever either changes.
public struct CareEpisode: Sendable, Equatable {
    /// `CHILD`
    public let childID: String
    /// `DECOM`: date episode commenced.
    public let startDate: Day?
    /// `RNE`: S started to be looked after; L legal status only; P placement and carer(s); T placement,
    /// same carer(s); U legal status and placement, same carer(s); B legal status, placement and carer(s).
    public let reasonForNewEpisode: String?
    /// `LS`: C1, C2, D1, E1, J1–J3, L1–L3, V2–V4.
    public let legalStatus: String?
    /// `CIN`: N1–N8.
    public let categoryOfNeed: String?
    /// `PLACE`: placement type (A3–A6, H5, K1, K2, P1–P3, R1–R5, S1, T0–T4, U1–U6, Z1).
    public let placement: String?
    /// `PLACE_PROVIDER`: PR0–PR5.
    public let placementProvider: String?
    /// `DEC`: date episode ceased; nil while open.
    public let endDate: Day?
    /// `REC`: X1 (episode ends, child still looked after), E11 … E9.
    public let reasonEpisodeCeased: String?
    /// `REASON_PLACE_CHANGE`: CARPL, CLOSE, ALLEG, STAND, APPRR, CREQB, CREQO, CHILD, LAREQ, PLACE, CUSTOD, OTHER.
    public let reasonPlacementChanged: String?
    /// `HOME_POST`: the postcode of the child's home (full, e.g. "WA7 1AA": DfE's validator looks it up in the ONS directory).
    public let homePostcode: String?
    /// `PL_POST`: the placement's postcode (full).
    public let placementPostcode: String?
    /// `URN`: Ofsted URN of the placement, XXXXXXX when none.
    public let urn: String?

    public init(childID: String, startDate: Day? = nil, reasonForNewEpisode: String? = nil, legalStatus: String? = nil, categoryOfNeed: String? = nil, placement: String? = nil, placementProvider: String? = nil, endDate: Day? = nil, reasonEpisodeCeased: String? = nil, reasonPlacementChanged: String? = nil, homePostcode: String? = nil, placementPostcode: String? = nil, urn: String? = nil) {
        self.childID = childID
        self.startDate = startDate
        self.reasonForNewEpisode = reasonForNewEpisode
        self.legalStatus = legalStatus
        self.categoryOfNeed = categoryOfNeed
        self.placement = placement
        self.placementProvider = placementProvider
        self.endDate = endDate
        self.reasonEpisodeCeased = reasonEpisodeCeased
        self.reasonPlacementChanged = reasonPlacementChanged
        self.homePostcode = homePostcode
        self.placementPostcode = placementPostcode
        self.urn = urn
    }

    /// The episode ended in adoption (REC E11 or E12, whether or not the order was opposed).
    /// Compared directly: the engines and the 903 assembly ask this of every episode.
    public var endsInAdoption: Bool {
        reasonEpisodeCeased == "E11" || reasonEpisodeCeased == "E12"
    }
}
