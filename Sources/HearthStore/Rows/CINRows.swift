import HearthCore

// The CIN census flattened into tables: each nested level points at its parent's `seq`.

struct CINCensusRow: TableRow {
    static let table = "cin_censuses"
    static let columns = ["submission_id", "year", "reference_date", "authority_code", "software_code",
                          "release_name", "serial_number", "date_time"]
    let year: Int
    let referenceDate: String
    let authorityCode: String
    let softwareCode: String?
    let releaseName: String?
    let serialNumber: String?
    let dateTime: String?

    static func values(_ h: CINHeader, submission: Int) -> RowValues {
        [submission, h.year, h.referenceDate.iso, h.authorityCode, h.softwareCode, h.release, h.serialNumber, h.dateTime]
    }

    func header() throws -> CINHeader {
        guard let ref = Day(iso: referenceDate) else { throw StoreError.corrupt("CIN reference date \(referenceDate)") }
        return CINHeader(year: year, referenceDate: ref, authorityCode: authorityCode, softwareCode: softwareCode,
                         release: releaseName, serialNumber: serialNumber, dateTime: dateTime)
    }
}

struct CINChildRow: TableRow {
    static let table = "cin_children"
    static let columns = ["submission_id", "seq", "child_id", "upn", "former_upn", "upn_unknown", "birth_date",
                          "expected_birth_date", "sex", "death_date", "ethnicity"]
    let seq: Int
    let childId: String
    let upn: String?
    let formerUpn: String?
    let upnUnknown: String?
    let birthDate: String?
    let expectedBirthDate: String?
    let sex: String?
    let deathDate: String?
    let ethnicity: String?

    static func values(_ c: CINChild, submission: Int, seq: Int) -> RowValues {
        [submission, seq, c.childID, c.upn, c.formerUPN, c.upnUnknown, SQLValue.day(c.birthDate),
         SQLValue.day(c.expectedBirthDate), c.sex, SQLValue.day(c.deathDate), c.ethnicity]
    }

    func child(disabilities: [String], episodes: [CINEpisode]) -> CINChild {
        CINChild(childID: childId, upn: upn, formerUPN: formerUpn, upnUnknown: upnUnknown,
                 birthDate: SQLValue.day(birthDate), expectedBirthDate: SQLValue.day(expectedBirthDate), sex: sex,
                 deathDate: SQLValue.day(deathDate), ethnicity: ethnicity, disabilities: disabilities, episodes: episodes)
    }
}

/// A code list hanging off a parent row: disabilities of a child, factors of an assessment.
struct CINCodeRow: TableRow {
    static let table = "cin_disabilities"
    static let columns = ["submission_id", "seq", "child_seq", "code"]
    static let factorColumns = ["submission_id", "seq", "assessment_seq", "code"]
    let seq: Int
    let parentSeq: Int
    let code: String

    static func values(_ code: String, submission: Int, seq: Int, parent: Int) -> RowValues {
        [submission, seq, parent, code]
    }
}

struct CINEpisodeRow: TableRow {
    static let table = "cin_episodes"
    static let columns = ["submission_id", "seq", "child_seq", "referral_date", "referral_source", "primary_need",
                          "closure_date", "reason_for_closure", "date_of_initial_cpc", "referral_nfa"]
    let seq: Int
    let childSeq: Int
    let referralDate: String?
    let referralSource: String?
    let primaryNeed: String?
    let closureDate: String?
    let reasonForClosure: String?
    let dateOfInitialCpc: String?
    let referralNfa: Int?

    static func values(_ e: CINEpisode, submission: Int, seq: Int, child: Int) -> RowValues {
        [submission, seq, child, SQLValue.day(e.referralDate), e.referralSource, e.primaryNeed,
         SQLValue.day(e.closureDate), e.reasonForClosure, SQLValue.day(e.dateOfInitialCPC), SQLValue.flag(e.referralNFA)]
    }

    func episode(assessments: [Assessment], plans: [CINPlan], section47s: [Section47],
                 protectionPlans: [ProtectionPlan]) -> CINEpisode {
        CINEpisode(referralDate: SQLValue.day(referralDate), referralSource: referralSource, primaryNeed: primaryNeed,
                   closureDate: SQLValue.day(closureDate), reasonForClosure: reasonForClosure,
                   dateOfInitialCPC: SQLValue.day(dateOfInitialCpc), referralNFA: SQLValue.flag(referralNfa),
                   assessments: assessments, cinPlans: plans, section47s: section47s, protectionPlans: protectionPlans)
    }
}

struct AssessmentRow: TableRow {
    static let table = "cin_assessments"
    static let columns = ["submission_id", "seq", "episode_seq", "start_date", "internal_review_date", "authorisation_date"]
    let seq: Int
    let episodeSeq: Int
    let startDate: String?
    let internalReviewDate: String?
    let authorisationDate: String?

    static func values(_ a: Assessment, submission: Int, seq: Int, episode: Int) -> RowValues {
        [submission, seq, episode, SQLValue.day(a.startDate), SQLValue.day(a.internalReviewDate),
         SQLValue.day(a.authorisationDate)]
    }

    func assessment(factors: [String]) -> Assessment {
        Assessment(startDate: SQLValue.day(startDate), internalReviewDate: SQLValue.day(internalReviewDate),
                   authorisationDate: SQLValue.day(authorisationDate), factors: factors)
    }
}

struct CINPlanRow: TableRow {
    static let table = "cin_plans"
    static let columns = ["submission_id", "seq", "episode_seq", "start_date", "end_date"]
    let seq: Int
    let episodeSeq: Int
    let startDate: String?
    let endDate: String?

    static func values(_ p: CINPlan, submission: Int, seq: Int, episode: Int) -> RowValues {
        [submission, seq, episode, SQLValue.day(p.startDate), SQLValue.day(p.endDate)]
    }

    var plan: CINPlan { CINPlan(startDate: SQLValue.day(startDate), endDate: SQLValue.day(endDate)) }
}

struct Section47Row: TableRow {
    static let table = "cin_section47s"
    static let columns = ["submission_id", "seq", "episode_seq", "start_date", "initial_cpc_target",
                          "date_of_initial_cpc", "icpc_not_required"]
    let seq: Int
    let episodeSeq: Int
    let startDate: String?
    let initialCpcTarget: String?
    let dateOfInitialCpc: String?
    let icpcNotRequired: Int?

    static func values(_ s: Section47, submission: Int, seq: Int, episode: Int) -> RowValues {
        [submission, seq, episode, SQLValue.day(s.startDate), SQLValue.day(s.initialCPCTarget),
         SQLValue.day(s.dateOfInitialCPC), SQLValue.flag(s.icpcNotRequired)]
    }

    var section47: Section47 {
        Section47(startDate: SQLValue.day(startDate), initialCPCTarget: SQLValue.day(initialCpcTarget),
                  dateOfInitialCPC: SQLValue.day(dateOfInitialCpc), icpcNotRequired: SQLValue.flag(icpcNotRequired))
    }
}

struct ProtectionPlanRow: TableRow {
    static let table = "cin_protection_plans"
    static let columns = ["submission_id", "seq", "episode_seq", "start_date", "end_date", "initial_category",
                          "latest_category", "number_of_previous_plans"]
    let seq: Int
    let episodeSeq: Int
    let startDate: String?
    let endDate: String?
    let initialCategory: String?
    let latestCategory: String?
    let numberOfPreviousPlans: Int?

    static func values(_ p: ProtectionPlan, submission: Int, seq: Int, episode: Int) -> RowValues {
        [submission, seq, episode, SQLValue.day(p.startDate), SQLValue.day(p.endDate), p.initialCategory,
         p.latestCategory, p.numberOfPreviousPlans]
    }

    func plan(reviews: [Day]) -> ProtectionPlan {
        ProtectionPlan(startDate: SQLValue.day(startDate), endDate: SQLValue.day(endDate),
                       initialCategory: initialCategory, latestCategory: latestCategory,
                       numberOfPreviousPlans: numberOfPreviousPlans, reviewDates: reviews)
    }
}

struct ProtectionReviewRow: TableRow {
    static let table = "cin_protection_reviews"
    static let columns = ["submission_id", "seq", "plan_seq", "review_date"]
    let seq: Int
    let planSeq: Int
    let reviewDate: String
}
