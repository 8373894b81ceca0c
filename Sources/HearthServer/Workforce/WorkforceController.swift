import Foundation
import HearthApplication
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

    struct CampaignForm: SubmittedForm {
        let name: String?; let opened: String?; let closed: String?; let applications: String?; let shortlisted: String?
        let interviewed: String?; let offered: String?; let appointed: String?; let still: String?; let _csrf: String?
    }

    func register(_ r: GuardedRouter) {
        r.get(Site.workforce, .signedIn) { _, context in try await overview(context) }
        r.get(Site.workforceTeam, .signedIn) { _, context in try await team(context) }
        r.get(Site.campaigns, .signedIn) { _, context in try await campaignsPage(context) }
        r.post(Site.campaigns, .planEditors, form: CampaignForm.self, done: "Recruitment campaign added.") { form, request, context in
            let campaign = try Self.campaign(form)
            try await store.saveCampaign(campaign, authority: indicators.authority)
            try await store.recordAudit(AuditEntry(at: Date(), user: context.user?.name ?? "", action: "save campaign", subject: campaign.name))
            return .redirect(to: Site.campaigns.path, type: .normal)
        }
    }

    // MARK: pages

    private func overview(_ context: AppContext) async throws -> Response {
        let chrome = try await chrome("Workforce", context)
        guard let a = try await workforce.analysis() else {
            return views.response("workforce", WorkforcePages.Overview(
                page: chrome, hasData: false, source: "", asAt: "", benchmarkYear: "", regionName: "", measures: [], gapVacancy: "",
                gapAbsent: "", gapAgency: "", gap: "", gapShare: nil, teams: [], nqsw: [], costLines: [], trend: [], trendChart: "", profile: nil))
        }
        let r = a.report
        let byID = Dictionary(a.benchmarks.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        let disclosure = Disclosure(role: context.user?.role)
        func row(_ measure: WorkforceIndicator) -> WorkforcePages.MeasureRow {
            let b = byID[measure.id], m = measure.ratio(r)
            let mean = b?.neighbourMean.map(MoneyFormat.oneDecimal) ?? "–"
            let median = b?.neighbourMedian.map(MoneyFormat.oneDecimal) ?? "–"
            let target = WorkforceTarget(measure, report: r, earlier: a.yearEarlier, benchmark: b, targets: indicators.targets,
                                         disclosure: disclosure)
            return WorkforcePages.MeasureRow(
                title: measure.title, value: target.shown,
                target: target.text(measure), targetHref: Site.target(measure.id.rawValue),
                ragClass: "rag-" + target.rag.rawValue, ragLabel: target.rag == .neutral ? nil : target.rag.label,
                direction: target.directionText,
                detail: "\(MoneyFormat.oneDecimal(m.numerator)) of \(MoneyFormat.oneDecimal(m.denominator))",
                published: b?.published.description ?? "–", england: b?.england.description ?? "–", region: b?.region.description ?? "–",
                neighbourMean: mean, neighbourMedian: median)
        }
        let gap = r.uncoveredGap
        let cost = r.cost
        var model = WorkforcePages.Overview(
            page: chrome, hasData: true, source: a.source.rawValue, asAt: r.date.long,
            benchmarkYear: a.benchmarks.first.map { "30 September \($0.year)" } ?? "", regionName: a.benchmarks.first?.regionName ?? "Region",
            measures: IndicatorCatalogue.standard.workforce.map(row),
            gapVacancy: MoneyFormat.oneDecimal(gap.vacancyFTE), gapAbsent: MoneyFormat.oneDecimal(gap.absentFTE),
            gapAgency: MoneyFormat.oneDecimal(gap.agencyFTE), gap: MoneyFormat.oneDecimal(gap.gapFTE), gapShare: WorkforceFigures.gapShare(gap),
            teams: Self.teamRows(r.levels.teams, disclosure).map(\.row),
            nqsw: r.nqswRetention.map { "Still in post " + WorkforceFigures.retention($0, disclosure) },
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
            trendChart: WorkforceTrendChart.chart(r.trend).svg, profile: Self.profile(r, disclosure))
        model.ownTargets = IndicatorCatalogue.standard.workforceProfile.map { m in
            let t = WorkforceTarget(m, report: r, earlier: a.yearEarlier, benchmark: nil, targets: indicators.targets, disclosure: disclosure)
            return WorkforcePages.TargetRow(title: m.title, value: t.shown, target: t.text(m),
                                            href: Site.target(m.id.rawValue), rag: t.rag == .neutral ? nil : t.rag.label,
                                            ragClass: "rag-" + t.rag.rawValue, direction: t.directionText)
        }
        return views.response("workforce", model)
    }

    /// The profile sections as the audience may see them (staff groups of 1 to 5 are "c").
    static func profile(_ r: WorkforceReport, _ disclosure: Disclosure) -> WorkforcePages.Profile {
        typealias P = WorkforceProfileFigures
        let l = r.leavers, d = r.diversity
        return WorkforcePages.Profile(
            seniority: P.seniority(r.agencyBySeniority), conversions: P.conversions(r.conversions),
            leavers: "\(disclosure.count(l.leavers)) people left posts in the year to \(l.to.uk) (permanent and seconded staff; a contract change is not a leaving).",
            leaverReasons: P.groups(l.byReason, disclosure), leaverService: P.groups(l.byService, disclosure),
            averageService: P.averageService(l), inPost: disclosure.count(d.inPost).description, ages: P.groups(d.ages, disclosure),
            ethnicity: P.ethnicity(d, disclosure), populationArea: d.populationArea ?? "the authority (not known)",
            englandNote: P.englandWorkforceNote, trainees: P.trainees(r.trainees, disclosure),
            caseloads: P.caseloads(r.teamCaseloads, disclosure))
    }

    private func team(_ context: AppContext) async throws -> Response {
        let rows = try await workforce.analysis().map { Self.teamRows($0.report.levels.teams, Disclosure(role: context.user?.role)) } ?? []
        guard let name = context.parameter("team"), let (t, row, cases) = rows.first(where: { $0.team.team == name }) else {
            throw ApplicationError.notFound("There is no such team.")
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

    /// Each team's row as the page shows it, linked to the team's page.
    static func teamRows(_ teams: [TeamStaffing], _ disclosure: Disclosure)
        -> [(team: TeamStaffing, row: WorkforcePages.TeamRow, cases: SuppressedValue)] {
        WorkforceFigures.teams(teams, disclosure).map { t in
            let row = WorkforcePages.TeamRow(
                name: t.name, href: Site.workforceTeam(t.name), kind: t.staffing.kind.title, establishment: t.establishment,
                inPost: t.inPost, agency: t.agency, vacancy: t.vacancy, absent: t.absent, gap: t.gap,
                caseload: t.caseload, target: t.target, overTarget: t.overTarget)
            return (t.staffing, row, t.cases)
        }
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
            name: try FormValues.text(form.name, "campaign's name", field: "name", max: 200), opened: try FormValues.day(form.opened, "opening date", field: "opened") ?? Day(ordinal: 0),
            closed: try FormValues.day(form.closed, "closing date", field: "closed", required: false), applications: try count(form.applications, "of applications"),
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
