import HearthCore

/// Turns SSDA903 XML rows into the domain records with the same checks as the CSV tables:
/// dates (dd/mm/yyyy or ISO), codes against `SSDA903Codes`, flags, numbers.
struct SSDA903XMLRows {
    var header: [LookedAfterChild] = []
    var episodes: [CareEpisode] = []
    var reviews: [CareReview] = []
    var uasc: [UASCRecord] = []
    var oc2: [HealthOutcome] = []
    var oc3: [CareLeaverOutcome] = []
    var ad1: [AdoptionRecord] = []
    var placed: [PlacedForAdoption] = []
    var prevPerm: [PreviousPermanence] = []
    var missing: [MissingEpisode] = []
    var socialWorkers: [SocialWorkerEpisode] = []
    /// Latest DECOM / DEC / REVIEW seen, to infer the collection year when the file has none.
    var latestDate: Day?

    private static let positions: [SSDA903Table: [String: Int]] = {
        var p: [SSDA903Table: [String: Int]] = [:]
        for t in SSDA903Table.allCases {
            p[t] = Dictionary(uniqueKeysWithValues: t.columns.enumerated().map { ($1, $0) })
        }
        return p
    }()

    mutating func add(_ record: SSDA903XMLRecord, _ log: inout ProblemLog) {
        for table in SSDA903Table.allCases {
            for row in record.rows(table) {
                let values = table.columns.map { row.fields[$0] ?? "" }
                let d = FieldDecoder(line: row.line, element: row.path, values: values, columns: Self.positions[table] ?? [:])
                add(table, d, &log)
            }
        }
    }

    private mutating func note(_ day: Day?) {
        if let day, latestDate.map({ day > $0 }) ?? true { latestDate = day }
    }

    private mutating func add(_ table: SSDA903Table, _ d: FieldDecoder, _ log: inout ProblemLog) {
        guard let child = d.text("CHILD") else { return }
        switch table {
        case .header:
            header.append(LookedAfterChild(
                childID: child, sex: d.code("SEX", SSDA903Codes.sex, &log), birthDate: d.day("DOB", &log),
                ethnicity: d.code("ETHNIC", Ethnicity.codes, &log), upn: d.text("UPN"),
                isMother: d.flag("MOTHER", &log), childsChildBirthDate: d.day("MC_DOB", &log)))
        case .episodes:
            let e = CareEpisode(
                childID: child, startDate: d.day("DECOM", &log),
                reasonForNewEpisode: d.code("RNE", SSDA903Codes.reasonForNewEpisode, &log),
                legalStatus: d.code("LS", SSDA903Codes.legalStatus, &log),
                categoryOfNeed: d.code("CIN", SSDA903Codes.categoryOfNeed, &log),
                placement: d.code("PLACE", SSDA903Codes.placement, &log),
                placementProvider: d.code("PLACE_PROVIDER", SSDA903Codes.placementProvider, &log),
                endDate: d.day("DEC", &log), reasonEpisodeCeased: d.code("REC", SSDA903Codes.reasonEpisodeCeased, &log),
                reasonPlacementChanged: d.code("REASON_PLACE_CHANGE", SSDA903Codes.reasonPlacementChanged, &log),
                homePostcode: d.text("HOME_POST"), placementPostcode: d.text("PL_POST"), urn: d.text("URN"))
            note(e.startDate)
            note(e.endDate)
            episodes.append(e)
        case .reviews:
            let r = CareReview(childID: child, birthDate: d.day("DOB", &log), reviewDate: d.day("REVIEW", &log),
                               participation: d.code("REVIEW_CODE", SSDA903Codes.reviewParticipation, &log))
            note(r.reviewDate)
            reviews.append(r)
        case .uasc:
            uasc.append(UASCRecord(childID: child, sex: d.code("SEX", SSDA903Codes.sex, &log),
                                   birthDate: d.day("DOB", &log), dateCeasedUASC: d.day("DUC", &log)))
        case .oc2:
            oc2.append(HealthOutcome(
                childID: child, birthDate: d.day("DOB", &log), sdqScore: d.int("SDQ_SCORE", &log, range: 0...40),
                sdqReason: d.text("SDQ_REASON"), convicted: d.flag("CONVICTED", &log),
                healthCheck: d.flag("HEALTH_CHECK", &log), immunisations: d.flag("IMMUNISATIONS", &log),
                teethCheck: d.flag("TEETH_CHECK", &log), healthAssessment: d.flag("HEALTH_ASSESSMENT", &log),
                substanceMisuse: d.flag("SUBSTANCE_MISUSE", &log),
                interventionReceived: d.flag("INTERVENTION_RECEIVED", &log),
                interventionOffered: d.flag("INTERVENTION_OFFERED", &log)))
        case .oc3:
            let accom = d.text("ACCOM")
            if let accom, !SSDA903Codes.isValidAccommodation(accom) {
                log.add(.warning, line: d.line, element: d.element, field: "ACCOM",
                        "unknown code \"\(accom)\" (expected an accommodation letter with 1 or 2, or 0 / Z)")
            }
            oc3.append(CareLeaverOutcome(childID: child, birthDate: d.day("DOB", &log),
                                         inTouch: d.code("IN_TOUCH", SSDA903Codes.inTouch, &log),
                                         activity: d.code("ACTIV", SSDA903Codes.activity, &log), accommodation: accom))
        case .ad1:
            ad1.append(AdoptionRecord(
                childID: child, birthDate: d.day("DOB", &log), dateOfDecision: d.day("DATE_INT", &log),
                dateMatched: d.day("DATE_MATCH", &log), fosterCareAdoption: d.flag("FOSTER_CARE", &log),
                numberOfAdopters: d.int("NB_ADOPTR", &log, range: 1...2), sexOfAdopters: d.text("SEX_ADOPTR"),
                legalStatusOfAdopters: d.text("LS_ADOPTR")))
        case .placedForAdoption:
            placed.append(PlacedForAdoption(
                childID: child, birthDate: d.day("DOB", &log), datePlaced: d.day("DATE_PLACED", &log),
                dateDecisionCeased: d.day("DATE_PLACED_CEASED", &log), reasonCeased: d.text("REASON_PLACED_CEASED")))
        case .previousPermanence:
            prevPerm.append(PreviousPermanence(
                childID: child, birthDate: d.day("DOB", &log), previousPermanence: d.text("PREV_PERM"),
                authority: d.text("LA_PERM"), datePermanence: d.text("DATE_PERM")))
        case .missing:
            missing.append(MissingEpisode(
                childID: child, birthDate: d.day("DOB", &log), kind: d.code("MISSING", SSDA903Codes.missing, &log),
                startDate: d.day("MIS_START", &log), endDate: d.day("MIS_END", &log)))
        case .socialWorkerEpisodes:
            socialWorkers.append(SocialWorkerEpisode(
                childID: child, birthDate: d.day("DOB", &log), socialWorkerID: d.text("SW_ID"), startDate: d.day("SW_DECOM", &log),
                endDate: d.day("SW_DEC", &log), reasonForChange: d.code("SW_REASON", SSDA903Codes.socialWorkerReason, &log)))
        }
    }

    func makeReturn(year: Int) -> SSDA903Return {
        SSDA903Return(collectionYear: year, header: header, episodes: episodes, reviews: reviews, uasc: uasc,
                      healthOutcomes: oc2, careLeavers: oc3, adoptions: ad1, placedForAdoption: placed,
                      previousPermanence: prevPerm, missing: missing, socialWorkerEpisodes: socialWorkers)
    }
}
