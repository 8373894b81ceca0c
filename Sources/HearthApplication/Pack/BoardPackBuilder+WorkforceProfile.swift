import HearthCore
import HearthIndicators
import HearthReports

/// The workforce appendix's profile tables: agency rate by seniority, agency workers taken on
/// permanently, leavers, age and ethnicity beside the population, routes in, and caseloads per
/// social worker and per personal adviser. For the board: staff are never named or given by id,
/// and groups of 1 to 5 staff are "c" (`WorkforceProfileFigures` under `Disclosure.aggregate`).
extension BoardPackBuilder {
    static func workforceProfile(_ r: WorkforceReport) -> [PackBlock] {
        typealias P = WorkforceProfileFigures
        let disclosure = Disclosure.aggregate
        let l = r.leavers, d = r.diversity
        let groups = { (counts: [StaffCount]) in P.groups(counts, disclosure).map { [PackCell($0.title), PackCell($0.count)] } }
        return [
            .table(PackTable(caption: "Agency rate by seniority (agency ÷ agency and in-post FTE) at \(r.date.long)",
                             header: ["Staff", "Now", "Change in 12 months"],
                             rows: P.seniority(r.agencyBySeniority).map { [PackCell($0.title), PackCell($0.rate, bold: true), PackCell($0.change)] },
                             numericColumns: [1, 2])),
            .paragraph(P.conversions(r.conversions, limit: 8)),
            .paragraph("\(disclosure.count(l.leavers)) people left posts in the year to \(l.to.long). " + P.averageService(l)),
            .table(PackTable(caption: "Leavers by reason", header: ["Reason", "People"], rows: groups(l.byReason), numericColumns: [1])),
            .table(PackTable(caption: "Leavers by length of service", header: ["Service", "People"], rows: groups(l.byService), numericColumns: [1])),
            .table(PackTable(caption: "Age of those in post", header: ["Age", "People"], rows: groups(d.ages), numericColumns: [1])),
            .table(PackTable(caption: "Ethnicity of those in post beside the population (ONS Census 2021)",
                             header: ["Ethnic group", "People", "Share of known", d.populationArea ?? "Authority", "England"],
                             rows: P.ethnicity(d, disclosure).map { [PackCell($0.title), PackCell($0.staff), PackCell($0.staffShare),
                                                                     PackCell($0.authority), PackCell($0.england)] },
                             numericColumns: [1, 2, 3, 4])),
            .note(P.englandWorkforceNote + " Groups of 1 to 5 staff are shown as c."),
            .table(PackTable(caption: "Routes into social work and those still in post", header: ["Route", "Started", "Still in post"],
                             rows: P.trainees(r.trainees, disclosure).map { [PackCell($0.route), PackCell($0.started),
                                                                              PackCell($0.retention.joined(separator: "; "))] },
                             numericColumns: [1])),
            .table(PackTable(caption: "Caseloads per social worker and per personal adviser", header: ["Team", "Per social worker", "Per personal adviser", "Target"],
                             rows: P.caseloads(r.teamCaseloads, disclosure).map { c in
                                 [PackCell(c.team), PackCell(c.socialWorker, rag: c.socialWorkerOver ? .red : nil),
                                  PackCell(c.personalAdviser, rag: c.personalAdviserOver ? .red : nil), PackCell(c.target)]
                             }, numericColumns: [1, 2, 3])),
        ]
    }
}
