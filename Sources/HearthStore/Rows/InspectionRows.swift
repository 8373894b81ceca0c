import HearthCore

/// An inspection without its findings; grades are kept as Ofsted's numbers (1 outstanding … 4 inadequate).
struct InspectionRow: KeyedRow {
    static let table = "inspections"
    static let columns = ["id", "kind", "start_date", "end_date", "published_date", "report_url", "overall_effectiveness",
                          "impact_of_leaders", "help_and_protection", "children_in_care", "care_leavers"]
    static let key = ["id"]

    let id: String
    let kind: String
    let startDate: String
    let endDate: String?
    let publishedDate: String?
    let reportUrl: String?
    let overallEffectiveness: Int?
    let impactOfLeaders: Int?
    let helpAndProtection: Int?
    let childrenInCare: Int?
    let careLeavers: Int?

    init(_ i: Inspection) {
        id = i.id
        kind = i.kind.rawValue
        startDate = i.startDate.iso
        endDate = SQLValue.day(i.endDate)
        publishedDate = SQLValue.day(i.publishedDate)
        reportUrl = i.reportURL
        overallEffectiveness = i.overallEffectiveness?.rawValue
        impactOfLeaders = i.judgements.impactOfLeaders?.rawValue
        helpAndProtection = i.judgements.helpAndProtection?.rawValue
        childrenInCare = i.judgements.childrenInCare?.rawValue
        careLeavers = i.judgements.careLeavers?.rawValue
    }

    var values: RowValues {
        [id, kind, startDate, endDate, publishedDate, reportUrl, overallEffectiveness, impactOfLeaders, helpAndProtection,
         childrenInCare, careLeavers]
    }

    func inspection(findings: [Finding]) throws -> Inspection {
        let what = "inspection \(id)"
        return Inspection(
            id: id, kind: try SQLValue.code(kind, of: what), startDate: try SQLValue.day(startDate, of: what),
            endDate: try SQLValue.day(endDate, of: what), publishedDate: try SQLValue.day(publishedDate, of: what),
            reportURL: reportUrl, overallEffectiveness: try SQLValue.code(overallEffectiveness, of: what),
            judgements: .init(impactOfLeaders: try SQLValue.code(impactOfLeaders, of: what),
                              helpAndProtection: try SQLValue.code(helpAndProtection, of: what),
                              childrenInCare: try SQLValue.code(childrenInCare, of: what),
                              careLeavers: try SQLValue.code(careLeavers, of: what)),
            findings: findings)
    }
}

struct FindingRow: AuthorityRow {
    static let table = "inspection_findings"
    static let columns = ["inspection_id", "id", "seq", "kind", "text"]

    let inspectionId: String
    let id: String
    let seq: Int
    let kind: String
    let text: String

    init(_ f: Finding, inspection: String, seq: Int) {
        inspectionId = inspection
        id = f.id
        self.seq = seq
        kind = f.kind.rawValue
        text = f.text
    }

    var values: RowValues { [inspectionId, id, seq, kind, text] }

    func finding() throws -> Finding {
        Finding(id: id, kind: try SQLValue.code(kind, of: "finding \(id) of inspection \(inspectionId)"), text: text)
    }
}

struct InterventionRow: KeyedRow {
    static let table = "interventions"
    static let columns = ["id", "kind", "issued", "review_every_months", "ended", "outcome", "inspection_id"]
    static let key = ["id"]

    let id: String
    let kind: String
    let issued: String
    let reviewEveryMonths: Int
    let ended: String?
    let outcome: String?
    let inspectionId: String?

    init(_ i: Intervention) {
        id = i.id
        kind = i.kind.rawValue
        issued = i.issued.iso
        reviewEveryMonths = i.reviewEveryMonths
        ended = SQLValue.day(i.ended)
        outcome = i.outcome
        inspectionId = i.inspectionID
    }

    var values: RowValues { [id, kind, issued, reviewEveryMonths, ended, outcome, inspectionId] }

    func intervention() throws -> Intervention {
        let what = "intervention \(id)"
        return Intervention(id: id, kind: try SQLValue.code(kind, of: what), issued: try SQLValue.day(issued, of: what),
                            reviewEveryMonths: reviewEveryMonths, ended: try SQLValue.day(ended, of: what), outcome: outcome,
                            inspectionID: inspectionId)
    }
}
