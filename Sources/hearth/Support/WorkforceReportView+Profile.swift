import HearthApplication
import HearthCore
import HearthIndicators

/// The workforce profile in `hearth workforce`'s table and CSV: exact figures, for the analyst
/// who runs the command (the JSON form carries the report whole, staff ids of conversions too).
extension WorkforceReportView {
    func profileTable() -> [String] {
        typealias P = WorkforceProfileFigures
        let r = analysis.report
        var out: [String] = []
        var seniority = TextTable("staff", "agency rate now", "12-month change", "from")
        for s in P.seniority(r.agencyBySeniority) { seniority.add([s.title, s.rate, s.change, s.detail]) }
        out += ["", "Agency rate by seniority (month ends over the year)", seniority.render()]
        out += ["", P.conversions(r.conversions)]
        let l = r.leavers
        var leavers = TextTable("leavers in the year", "people")
        for g in P.groups(l.byReason, .exact) { leavers.add(["reason: " + g.title, g.count]) }
        for g in P.groups(l.byService, .exact) { leavers.add(["service: " + g.title, g.count]) }
        out += ["", "Leavers: \(l.leavers) in the year to \(l.to.uk)", leavers.render(), P.averageService(l)]
        let d = r.diversity
        var ages = TextTable("age", "people")
        for g in P.groups(d.ages, .exact) { ages.add([g.title, g.count]) }
        var ethnicity = TextTable("ethnic group", "people", "share of known", "population of \(d.populationArea ?? "the authority")", "England")
        for e in P.ethnicity(d, .exact) { ethnicity.add([e.title, e.staff, e.staffShare, e.authority, e.england]) }
        out += ["", "Those in post: \(d.inPost) people", ages.render(), ethnicity.render(),
                "Population: ONS Census 2021, all usual residents. " + P.englandWorkforceNote]
        var routes = TextTable("route in", "started", "in post", "still in post")
        for t in P.trainees(r.trainees, .exact) { routes.add([t.route, t.started, t.inPost, t.retention.joined(separator: "; ")]) }
        out += ["", "Routes into social work", routes.render()]
        var caseloads = TextTable("team", "per social worker", "per personal adviser", "target")
        for c in P.caseloads(r.teamCaseloads, .exact) {
            caseloads.add([c.team, c.socialWorker + (c.socialWorkerOver ? " over" : ""), c.personalAdviser + (c.personalAdviserOver ? " over" : ""), c.target])
        }
        out += ["", "Caseloads per social worker and per personal adviser (role PA)", caseloads.render()]
        return out
    }

    /// measure,team,value,numerator,denominator rows of the profile.
    func profileCSV() -> [String] {
        let r = analysis.report
        var lines: [String] = []
        func add(_ measure: String, _ team: String, _ value: Double?, _ n: Double? = nil, _ d: Double? = nil) {
            lines.append([measure, team, value.map { String($0) } ?? "", n.map { String($0) } ?? "", d.map { String($0) } ?? ""]
                .map(csvField).joined(separator: ","))
        }
        for s in r.agencyBySeniority.series {
            for p in s.points { add("agency_rate_\(s.role.rawValue)_\(p.monthEnd.iso)", "", p.rate.percent, p.agencyFTE, p.agencyFTE + p.inPostFTE) }
        }
        add("agency_conversions", "", Double(r.conversions.count))
        add("leavers", "", Double(r.leavers.leavers))
        for g in r.leavers.byReason { add("leavers_reason_\(g.key)", "", Double(g.count)) }
        for g in r.leavers.byService { add("leavers_service_\(g.key)", "", Double(g.count)) }
        add("average_service_years", "", r.leavers.averageServiceYears, nil, Double(r.leavers.inPostCounted))
        for g in r.diversity.ages { add("age_\(g.key)", "", Double(g.count)) }
        for e in r.diversity.ethnicity {
            add("ethnicity_\(e.group.rawValue)", "", Double(e.staff))
            add("ethnicity_\(e.group.rawValue)_percent", "", e.staffPercent)
            add("population_\(e.group.rawValue)_percent", "", e.authorityPercent)
            add("england_population_\(e.group.rawValue)_percent", "", e.englandPercent)
        }
        for t in r.trainees.routes {
            for n in t.retention {
                add("retention_\(t.route.rawValue)_\(n.years)y", "", n.retained.percent, n.retained.numerator, n.retained.denominator)
            }
        }
        for c in r.teamCaseloads.rows {
            add("caseload_per_social_worker", c.team, c.socialWorker.ratio, c.socialWorker.numerator, c.socialWorker.denominator)
            add("caseload_per_personal_adviser", c.team, c.personalAdviser.ratio, c.personalAdviser.numerator, c.personalAdviser.denominator)
        }
        return lines
    }
}
