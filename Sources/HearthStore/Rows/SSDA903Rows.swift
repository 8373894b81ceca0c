import HearthCore

// One row type per SSDA903 table. `values` leads with the key (submission, year, seq).

struct HeaderRow: TableRow {
    static let table = "ssda903_header"
    static var columns: [String] { SSDA903Tables.columns(of: table) }
    let childId: String; let sex: String?; let birthDate: String?; let ethnicity: String?; let upn: String?
    let isMother: Int?; let childsChildBirthDate: String?

    static func values(_ r: LookedAfterChild) -> RowValues {
        [r.childID, r.sex, SQLValue.day(r.birthDate), r.ethnicity, r.upn, SQLValue.flag(r.isMother),
         SQLValue.day(r.childsChildBirthDate)]
    }
    var domain: LookedAfterChild {
        LookedAfterChild(childID: childId, sex: sex, birthDate: SQLValue.day(birthDate), ethnicity: ethnicity, upn: upn,
                         isMother: SQLValue.flag(isMother), childsChildBirthDate: SQLValue.day(childsChildBirthDate))
    }
}

struct EpisodeRow: TableRow {
    static let table = "ssda903_episodes"
    static var columns: [String] { SSDA903Tables.columns(of: table) }
    let childId: String; let startDate: String?; let reasonForNewEpisode: String?; let legalStatus: String?
    let categoryOfNeed: String?; let placement: String?; let placementProvider: String?; let endDate: String?
    let reasonEpisodeCeased: String?; let reasonPlacementChanged: String?; let homePostcode: String?
    let placementPostcode: String?; let urn: String?

    static func values(_ r: CareEpisode) -> RowValues {
        [r.childID, SQLValue.day(r.startDate), r.reasonForNewEpisode, r.legalStatus, r.categoryOfNeed, r.placement,
         r.placementProvider, SQLValue.day(r.endDate), r.reasonEpisodeCeased, r.reasonPlacementChanged, r.homePostcode,
         r.placementPostcode, r.urn]
    }
    var domain: CareEpisode {
        CareEpisode(childID: childId, startDate: SQLValue.day(startDate), reasonForNewEpisode: reasonForNewEpisode,
                    legalStatus: legalStatus, categoryOfNeed: categoryOfNeed, placement: placement,
                    placementProvider: placementProvider, endDate: SQLValue.day(endDate),
                    reasonEpisodeCeased: reasonEpisodeCeased, reasonPlacementChanged: reasonPlacementChanged,
                    homePostcode: homePostcode, placementPostcode: placementPostcode, urn: urn)
    }
}

struct ReviewRow: TableRow {
    static let table = "ssda903_reviews"
    static var columns: [String] { SSDA903Tables.columns(of: table) }
    let childId: String; let birthDate: String?; let reviewDate: String?; let participation: String?

    static func values(_ r: CareReview) -> RowValues {
        [r.childID, SQLValue.day(r.birthDate), SQLValue.day(r.reviewDate), r.participation]
    }
    var domain: CareReview {
        CareReview(childID: childId, birthDate: SQLValue.day(birthDate), reviewDate: SQLValue.day(reviewDate),
                   participation: participation)
    }
}

struct UASCRow: TableRow {
    static let table = "ssda903_uasc"
    static var columns: [String] { SSDA903Tables.columns(of: table) }
    let childId: String; let sex: String?; let birthDate: String?; let dateCeasedUasc: String?

    static func values(_ r: UASCRecord) -> RowValues {
        [r.childID, r.sex, SQLValue.day(r.birthDate), SQLValue.day(r.dateCeasedUASC)]
    }
    var domain: UASCRecord {
        UASCRecord(childID: childId, sex: sex, birthDate: SQLValue.day(birthDate), dateCeasedUASC: SQLValue.day(dateCeasedUasc))
    }
}

struct HealthOutcomeRow: TableRow {
    static let table = "ssda903_oc2"
    static var columns: [String] { SSDA903Tables.columns(of: table) }
    let childId: String; let birthDate: String?; let sdqScore: Int?; let sdqReason: String?; let convicted: Int?
    let healthCheck: Int?; let immunisations: Int?; let teethCheck: Int?; let healthAssessment: Int?
    let substanceMisuse: Int?; let interventionReceived: Int?; let interventionOffered: Int?

    static func values(_ r: HealthOutcome) -> RowValues {
        [r.childID, SQLValue.day(r.birthDate), r.sdqScore, r.sdqReason, SQLValue.flag(r.convicted),
         SQLValue.flag(r.healthCheck), SQLValue.flag(r.immunisations), SQLValue.flag(r.teethCheck),
         SQLValue.flag(r.healthAssessment), SQLValue.flag(r.substanceMisuse), SQLValue.flag(r.interventionReceived),
         SQLValue.flag(r.interventionOffered)]
    }
    var domain: HealthOutcome {
        HealthOutcome(childID: childId, birthDate: SQLValue.day(birthDate), sdqScore: sdqScore, sdqReason: sdqReason,
                      convicted: SQLValue.flag(convicted), healthCheck: SQLValue.flag(healthCheck),
                      immunisations: SQLValue.flag(immunisations), teethCheck: SQLValue.flag(teethCheck),
                      healthAssessment: SQLValue.flag(healthAssessment), substanceMisuse: SQLValue.flag(substanceMisuse),
                      interventionReceived: SQLValue.flag(interventionReceived),
                      interventionOffered: SQLValue.flag(interventionOffered))
    }
}

struct CareLeaverRow: TableRow {
    static let table = "ssda903_oc3"
    static var columns: [String] { SSDA903Tables.columns(of: table) }
    let childId: String; let birthDate: String?; let inTouch: String?; let activity: String?; let accommodation: String?

    static func values(_ r: CareLeaverOutcome) -> RowValues {
        [r.childID, SQLValue.day(r.birthDate), r.inTouch, r.activity, r.accommodation]
    }
    var domain: CareLeaverOutcome {
        CareLeaverOutcome(childID: childId, birthDate: SQLValue.day(birthDate), inTouch: inTouch, activity: activity,
                          accommodation: accommodation)
    }
}

struct AdoptionRow: TableRow {
    static let table = "ssda903_ad1"
    static var columns: [String] { SSDA903Tables.columns(of: table) }
    let childId: String; let birthDate: String?; let dateOfDecision: String?; let dateMatched: String?
    let fosterCareAdoption: Int?; let numberOfAdopters: Int?; let sexOfAdopters: String?; let legalStatusOfAdopters: String?

    static func values(_ r: AdoptionRecord) -> RowValues {
        [r.childID, SQLValue.day(r.birthDate), SQLValue.day(r.dateOfDecision), SQLValue.day(r.dateMatched),
         SQLValue.flag(r.fosterCareAdoption), r.numberOfAdopters, r.sexOfAdopters, r.legalStatusOfAdopters]
    }
    var domain: AdoptionRecord {
        AdoptionRecord(childID: childId, birthDate: SQLValue.day(birthDate), dateOfDecision: SQLValue.day(dateOfDecision),
                       dateMatched: SQLValue.day(dateMatched), fosterCareAdoption: SQLValue.flag(fosterCareAdoption),
                       numberOfAdopters: numberOfAdopters, sexOfAdopters: sexOfAdopters,
                       legalStatusOfAdopters: legalStatusOfAdopters)
    }
}

struct PlacedForAdoptionRow: TableRow {
    static let table = "ssda903_placed_adoption"
    static var columns: [String] { SSDA903Tables.columns(of: table) }
    let childId: String; let birthDate: String?; let datePlaced: String?; let dateDecisionCeased: String?
    let reasonCeased: String?

    static func values(_ r: PlacedForAdoption) -> RowValues {
        [r.childID, SQLValue.day(r.birthDate), SQLValue.day(r.datePlaced), SQLValue.day(r.dateDecisionCeased), r.reasonCeased]
    }
    var domain: PlacedForAdoption {
        PlacedForAdoption(childID: childId, birthDate: SQLValue.day(birthDate), datePlaced: SQLValue.day(datePlaced),
                          dateDecisionCeased: SQLValue.day(dateDecisionCeased), reasonCeased: reasonCeased)
    }
}

struct PreviousPermanenceRow: TableRow {
    static let table = "ssda903_prev_perm"
    static var columns: [String] { SSDA903Tables.columns(of: table) }
    let childId: String; let birthDate: String?; let previousPermanence: String?; let authority: String?
    let datePermanence: String?

    static func values(_ r: PreviousPermanence) -> RowValues {
        [r.childID, SQLValue.day(r.birthDate), r.previousPermanence, r.authority, r.datePermanence]
    }
    var domain: PreviousPermanence {
        PreviousPermanence(childID: childId, birthDate: SQLValue.day(birthDate), previousPermanence: previousPermanence,
                           authority: authority, datePermanence: datePermanence)
    }
}

struct MissingRow: TableRow {
    static let table = "ssda903_missing"
    static var columns: [String] { SSDA903Tables.columns(of: table) }
    let childId: String; let birthDate: String?; let kind: String?; let startDate: String?; let endDate: String?

    static func values(_ r: MissingEpisode) -> RowValues {
        [r.childID, SQLValue.day(r.birthDate), r.kind, SQLValue.day(r.startDate), SQLValue.day(r.endDate)]
    }
    var domain: MissingEpisode {
        MissingEpisode(childID: childId, birthDate: SQLValue.day(birthDate), kind: kind, startDate: SQLValue.day(startDate),
                       endDate: SQLValue.day(endDate))
    }
}

struct SocialWorkerEpisodeRow: TableRow {
    static let table = "ssda903_sw_episodes"
    static var columns: [String] { SSDA903Tables.columns(of: table) }
    let childId: String; let birthDate: String?; let socialWorkerId: String?; let startDate: String?
    let endDate: String?; let reasonForChange: String?

    static func values(_ r: SocialWorkerEpisode) -> RowValues {
        [r.childID, SQLValue.day(r.birthDate), r.socialWorkerID, SQLValue.day(r.startDate), SQLValue.day(r.endDate),
         r.reasonForChange]
    }
    var domain: SocialWorkerEpisode {
        SocialWorkerEpisode(childID: childId, birthDate: SQLValue.day(birthDate), socialWorkerID: socialWorkerId,
                            startDate: SQLValue.day(startDate), endDate: SQLValue.day(endDate),
                            reasonForChange: reasonForChange)
    }
}
