/// `Children/Child`: identifiers, characteristics and the child's CIN episodes.
public struct CINChild: Sendable, Equatable {
    /// `LAchildID`: the authority's own identifier; the key across all returns.
    public let childID: String
    public let upn: String?
    public let formerUPN: String?
    /// `UPNunknown` reason code (UN1–UN10) when no UPN is held.
    public let upnUnknown: String?
    public let birthDate: Day?
    /// For an unborn child.
    public let expectedBirthDate: Day?
    /// `Sex` (from 2024-25): M, F or U; older censuses' `GenderCurrent` 1 / 2 / 0 / 9 is read too.
    public let sex: String?
    public let deathDate: Day?
    /// DfE ethnicity code (WBRI, MWBC, …).
    public let ethnicity: String?
    /// Disability codes (NONE, MOB, HAND, …).
    public let disabilities: CINList<String>
    public let episodes: [CINEpisode]

    public init(childID: String, upn: String? = nil, formerUPN: String? = nil, upnUnknown: String? = nil,
                birthDate: Day?, expectedBirthDate: Day? = nil, sex: String?, deathDate: Day? = nil,
                ethnicity: String?, disabilities: [String] = [], episodes: [CINEpisode]) {
        self.init(childID: childID, upn: upn, formerUPN: formerUPN, upnUnknown: upnUnknown, birthDate: birthDate,
                  expectedBirthDate: expectedBirthDate, sex: sex, deathDate: deathDate, ethnicity: ethnicity,
                  disabilities: CINList(disabilities), episodes: episodes)
    }

    /// The same, with the lists already built (the census reader's way: no array in between).
    public init(childID: String, upn: String?, formerUPN: String?, upnUnknown: String?,
                birthDate: Day?, expectedBirthDate: Day?, sex: String?, deathDate: Day?,
                ethnicity: String?, disabilities: CINList<String>, episodes: [CINEpisode]) {
        self.childID = childID
        self.upn = upn
        self.formerUPN = formerUPN
        self.upnUnknown = upnUnknown
        self.birthDate = birthDate
        self.expectedBirthDate = expectedBirthDate
        self.sex = sex
        self.deathDate = deathDate
        self.ethnicity = ethnicity
        self.disabilities = disabilities
        self.episodes = episodes
    }
}
