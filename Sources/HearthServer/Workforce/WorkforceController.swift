import Foundation
import HearthCore
import HearthData
import HearthIndicators
import HearthReports
import HearthStore
import Hummingbird

/// The workforce pages: the measures against England, the region and the neighbours, the
/// uncovered vacancy gap, each team against its caseload target, NQSW retention, cost and the
/// monthly trend; recruitment campaigns. Aggregates only: no person is named.
struct WorkforceController {
    let workforce: WorkforceService
    let indicators: IndicatorService
    let store: any Store
    let views: Views

    struct CampaignForm: Decodable {
        let name: String?; let opened: String?; let closed: String?; let applications: String?; let shortlisted: String?
        let interviewed: String?; let offered: String?; let appointed: String?; let still: String?; let _csrf: String?
    }

    func register(_ r: GuardedRouter) {
        r.get(Site.workforce, .signedIn) { _, context in try await overview(context) }
        r.get(Site.workforce + "/teams/:team", .signedIn) { _, context in try await team(context) }
        r.get(Site.campaigns, .signedIn) { _, context in try await campaignsPage(context) }
        r.post(Site.campaigns, .planEditors) { request, context in
            let form = try await FormBody.decode(CampaignForm.self, from: request)
            try CSRF.check(form._csrf, context)
            let campaign = try Self.campaign(form)
            try await store.saveCampaign(campaign, authority: indicators.authority)
            try await store.recordAudit(AuditEntry(at: Date(), user: context.user?.name ?? "", action: "save campaign", subject: campaign.name))
            return .redirect(to: Site.campaigns, type: .normal)
        }
    }

    // MARK: pages

    private func overview(_ context: AppContext) async throws -> Response {
        let chrome = try await chrome("Workforce", context)
        guard let a = try await workforce.analysis() else {
            return views.response("workforce", WorkforcePages.Overview(
                page: chrome, hasData: false, source: "", asAt: "", benchmarkYear: "", regionName: "", measures: [], gapVacancy: "",
                gapAbsent: "", gapAgency: "", gap: "", teams: [], nqsw: [], costLines: [], trend: [], trendChart: ""))
        }
        let r = a.report
        let byID = Dictionary(a.benchmarks.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        func row(_ id: String, _ title: String, _ m: MeasureRatio, ratio: Bool = false) -> WorkforcePages.MeasureRow {
            let b = byID[id]
            let mean = b?.neighbourMean.map(MoneyFormat.oneDecimal) ?? "–"
            let median = b?.neighbourMedian.map(MoneyFormat.oneDecimal) ?? "–"
            return WorkforcePages.MeasureRow(
                title: title, value: ratio ? MoneyFormat.oneDecimal(m.ratio) : MoneyFormat.percent(m.percent),
                detail: "\(MoneyFormat.oneDecimal(m.numerator)) of \(MoneyFormat.oneDecimal(m.denominator))",
                published: b?.published.description ?? "–", england: b?.england.description ?? "–", region: b?.region.description ?? "–",
                neighbourMean: mean, neighbourMedian: median)
        }
        let gap = r.uncoveredGap
        let cost = r.cost
        return views.response("workforce", WorkforcePages.Overview(
            page: chrome, hasData: true, source: a.source.rawValue, asAt: r.date.long,
            benchmarkYear: a.benchmarks.first.map { "30 September \($0.year)" } ?? "", regionName: a.benchmarks.first?.regionName ?? "Region",
            measures: WorkforceMeasureList.entries(r).map { row($0.id, $0.title, $0.measure, ratio: $0.isRatio) },
            gapVacancy: MoneyFormat.oneDecimal(gap.vacancyFTE), gapAbsent: MoneyFormat.oneDecimal(gap.absentFTE),
            gapAgency: MoneyFormat.oneDecimal(gap.agencyFTE), gap: MoneyFormat.oneDecimal(gap.gapFTE),
            teams: Self.teamRows(r.levels.teams, Disclosure(role: context.user?.role)).map(\.row),
            nqsw: r.nqswRetention.map { "Still in post " + Self.retention($0, Disclosure(role: context.user?.role)) },
            costLines: [
                "Permanent: \(MoneyFormat.oneDecimal(cost.inPostFTE)) FTE at \(MoneyFormat.pounds(cost.permanentPerFTE)) = \(MoneyFormat.pounds(cost.permanentAnnual)) a year",
                "Agency: \(MoneyFormat.oneDecimal(cost.agencyFTE)) FTE at \(MoneyFormat.pounds(cost.agencyPerFTE)) = \(MoneyFormat.pounds(cost.agencyAnnual)) a year",
                "Total \(MoneyFormat.pounds(cost.totalAnnual)); agency \(MoneyFormat.percent(cost.agencyShareOfCost.percent)) of it; the agency premium is \(MoneyFormat.pounds(cost.agencyPremiumAnnual)) a year",
            ],
            trend: r.trend.map {
                WorkforcePages.TrendRow(month: WorkforceTrendChart.monthLabel($0.monthEnd), inPost: MoneyFormat.oneDecimal($0.inPostFTE),
                                        agency: MoneyFormat.oneDecimal($0.agencyFTE), vacancy: MoneyFormat.oneDecimal($0.vacancyFTE),
                                        absent: MoneyFormat.oneDecimal($0.absentFTE))
            },
            trendChart: WorkforceTrendChart.chart(r.trend).svg))
    }

    private func team(_ context: AppContext) async throws -> Response {
        let rows = try await workforce.analysis().map { Self.teamRows($0.report.levels.teams, Disclosure(role: context.user?.role)) } ?? []
        guard let name = context.parameter("team"), let (t, row, cases) = rows.first(where: { $0.team.team == name }) else {
            throw HTTPError(.notFound, message: "There is no such team.")
        }
        return views.response("team", WorkforcePages.Team(
            page: try await chrome(t.team, context), team: row, caseHolders: MoneyFormat.oneDecimal(t.caseHolderFTE),
            cases: cases.description, agencyCovering: MoneyFormat.oneDecimal(t.agencyCoveringVacanciesFTE)))
    }

    private func campaignsPage(_ context: AppContext) async throws -> Response {
        let campaigns = try await store.campaigns(authority: indicators.authority)
        return views.response("campaigns", WorkforcePages.Campaigns(
            page: try await chrome("Recruitment campaigns", context),
            campaigns: campaigns.reversed().map { c in
                let f = RecruitmentFunnel(c)
                return WorkforcePages.Funnel(
                    name: c.name, opened: c.opened.long, closed: c.closed?.long ?? "open", openedISO: c.opened.iso, closedISO: c.closed?.iso ?? "",
                    stages: f.stages.map { .init(name: $0.name, count: $0.count, conversion: $0.fromPrevious.map { MoneyFormat.percent($0.percent) } ?? "") },
                    applications: c.applications, shortlisted: c.shortlisted, interviewed: c.interviewed, offered: c.offered,
                    appointed: c.appointed, stillInPost: c.stillInPostAfter12Months.map(String.init) ?? "")
            },
            canEdit: Access.planEditors.allows(context.user?.role)))
    }

    // MARK: helpers

    /// Each team's row with its cases as the audience may see them. The cases are children: a
    /// breakdown of the authority's caseload, so a team with 1 to 5 hides a second; a team's
    /// caseload per FTE (cases ÷ the FTE shown) and its "over target" go with its cases.
    static func teamRows(_ teams: [TeamStaffing], _ disclosure: Disclosure)
        -> [(team: TeamStaffing, row: WorkforcePages.TeamRow, cases: SuppressedValue)] {
        let (cases, _) = disclosure.breakdown(teams.map(\.cases))
        return zip(teams, cases).map { t, cases in
            let caseload = cases.map { _ in t.caseload.ratio ?? 0 }
            let row = WorkforcePages.TeamRow(
                name: t.team, href: Site.workforceTeam(t.team), kind: t.kind.title, establishment: MoneyFormat.oneDecimal(t.establishmentFTE),
                inPost: MoneyFormat.oneDecimal(t.inPostFTE), agency: MoneyFormat.oneDecimal(t.agencyFTE), vacancy: MoneyFormat.oneDecimal(t.vacancyFTE),
                absent: MoneyFormat.oneDecimal(t.absentFTE), gap: MoneyFormat.oneDecimal(t.uncoveredGap.gapFTE),
                caseload: caseload.text { MoneyFormat.oneDecimal($0) }, target: t.caseloadTarget.map(MoneyFormat.oneDecimal) ?? "–",
                overTarget: disclosure.beside((t.caseloadAboveTarget ?? 0) > 0, [caseload]).shown ?? false)
            return (t, row, cases)
        }
    }

    /// "2 years after starting: 14 of 20 (70.0%)", the people counted as the audience may see
    /// them: a cohort of newly qualified workers is small enough to name who left.
    static func retention(_ n: NQSWRetention, _ disclosure: Disclosure) -> String {
        let m = n.retained
        let terms = disclosure.terms(numerator: m.numerator, denominator: m.denominator, unit: .percent)
        let share = disclosure.figure(m.percent, numerator: m.numerator, denominator: m.denominator, unit: .percent)
        return "\(n.years) year\(n.years == 1 ? "" : "s") after starting: \(terms.numerator.text(IndicatorFormat.number)) of "
            + "\(terms.denominator.text(IndicatorFormat.number)) (\(share.map { $0.text { MoneyFormat.percent($0) } } ?? "–"))"
    }

    static func campaign(_ form: CampaignForm) throws -> RecruitmentCampaign {
        func count(_ v: String?, _ name: String) throws -> Int {
            guard let n = Int((v ?? "").trimmingCharacters(in: .whitespaces)), n >= 0 else {
                throw HTTPError(.badRequest, message: "Enter the number \(name) (0 or more).")
            }
            return n
        }
        let still = (form.still ?? "").trimmingCharacters(in: .whitespaces)
        let c = RecruitmentCampaign(
            name: try FormValues.text(form.name, "campaign's name", max: 200), opened: try FormValues.day(form.opened, "opening date") ?? Day(ordinal: 0),
            closed: try FormValues.day(form.closed, "closing date", required: false), applications: try count(form.applications, "of applications"),
            shortlisted: try count(form.shortlisted, "shortlisted"), interviewed: try count(form.interviewed, "interviewed"),
            offered: try count(form.offered, "offered a post"), appointed: try count(form.appointed, "appointed"),
            stillInPostAfter12Months: still.isEmpty ? nil : try count(still, "still in post after 12 months"))
        guard c.stagesInOrder else {
            throw HTTPError(.badRequest, message: "Each stage can hold no more people than the one before it.")
        }
        return c
    }

    private func chrome(_ title: String, _ context: AppContext) async throws -> PageChrome {
        PageChrome(title: title, context: context, section: .workforce, authorityName: await indicators.authorityName)
    }
}
