import Foundation
import HearthApplication
import HearthCore
import HearthIndicators
import HearthStore
import Hummingbird

/// /api/v1/workforce and /api/v1/sufficiency: the same figures as the pages, as JSON. The
/// sufficiency answer is aggregate (no child-level rows) for every role.
struct WorkforceAPIController {
    let workforce: WorkforceService
    let indicators: IndicatorService
    let store: any Store

    struct Workforce: Encodable {
        let source: String
        /// Every census and own measure with its target, RAG and direction, as the audience may see it.
        let measures: [Measure]
        let report: WorkforceReport
        let benchmarks: [WorkforceBenchmark]
    }

    /// One measure as the workforce page's tables show it (`WorkforceTarget`): `value` is null
    /// and `shown` "c" where a figure of 1 to 5 staff is withheld, and then RAG and direction are
    /// "neutral" and "n/a".
    struct Measure: Encodable {
        let id: String
        let title: String
        let unit: String
        let value: Double?
        let shown: String
        let target: Double?
        let tolerance: Double?
        let targetSource: String?
        let rag: String
        let direction: String
        /// England's latest published figure, where DfE publishes the measure.
        let england: Double?

        init(_ m: WorkforceIndicator, _ a: WorkforceAnalysis, targets: TargetSet, disclosure: Disclosure) {
            let b = a.benchmarks.first { $0.id == m.id }
            let t = WorkforceTarget(m, report: a.report, earlier: a.yearEarlier, benchmark: b, targets: targets, disclosure: disclosure)
            id = m.id.rawValue
            title = m.title
            unit = m.definition.unit.rawValue
            value = t.withheld ? nil : m.value(a.report)
            shown = t.shown
            target = t.target?.target
            tolerance = t.target?.tolerance
            targetSource = t.target?.source
            rag = t.rag.rawValue
            direction = t.direction.rawValue
            england = b?.england.number
        }
    }

    /// The workforce answer as the audience may see it: each team's cases (children, a breakdown
    /// of the caseload shown) and each cohort of newly qualified workers kept or lost (people few
    /// enough to name) become null where `Disclosure` withholds them. The report is patched as
    /// JSON rather than copied field by field so the two shapes cannot drift apart.
    static func disclosed(_ answer: Workforce, _ disclosure: Disclosure) throws -> [String: Any] {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        guard var root = try JSONSerialization.jsonObject(with: encoder.encode(answer)) as? [String: Any],
              var report = root["report"] as? [String: Any] else { return [:] }
        func value<T>(_ d: Disclosed<T>) -> Any { d.shown ?? NSNull() }
        if var levels = report["levels"] as? [String: Any], var teams = levels["teams"] as? [[String: Any]] {
            let cases = disclosure.breakdown(answer.report.levels.teams.map(\.cases)).parts
            for i in teams.indices where i < cases.count { teams[i]["cases"] = value(cases[i]) }
            levels["teams"] = teams
            report["levels"] = levels
        }
        if var cohorts = report["nqswRetention"] as? [[String: Any]] {
            for (i, n) in answer.report.nqswRetention.enumerated() where i < cohorts.count {
                let terms = disclosure.terms(numerator: n.retained.numerator, denominator: n.retained.denominator, unit: .percent)
                cohorts[i]["retained"] = ["numerator": value(terms.numerator), "denominator": value(terms.denominator)]
            }
            report["nqswRetention"] = cohorts
        }
        disclosedProfile(&report, answer.report, disclosure)
        root["report"] = report
        return root
    }

    func register(_ r: GuardedRouter) {
        r.get(Site.API.workforce, .signedIn) { _, context in
            guard let a = try await workforce.analysis() else { throw ApplicationError.notFound("No workforce data has been imported.") }
            let disclosure = Disclosure(role: context.user?.role)
            let measures = (indicators.catalogue.workforce + indicators.catalogue.workforceProfile).map {
                Measure($0, a, targets: indicators.targets, disclosure: disclosure)
            }
            let answer = Workforce(source: a.source.rawValue, measures: measures, report: a.report, benchmarks: a.benchmarks)
            guard disclosure.suppresses else { return JSONResponse.make(answer) }
            return JSONResponse.make(object: try Self.disclosed(answer, disclosure))
        }
        r.get(Site.API.campaigns, .signedIn) { _, _ in
            JSONResponse.make(try await store.campaigns(authority: indicators.authority).map(RecruitmentFunnel.init))
        }
        r.post(Site.API.campaigns, .planEditors) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            let buffer = try await request.body.collect(upTo: 64 * 1024)
            let campaign: RecruitmentCampaign
            do { campaign = try JSONDecoder().decode(RecruitmentCampaign.self, from: Data(buffer: buffer)) } catch {
                throw HTTPError(.badRequest, message: "the body is not a campaign (see /api/openapi.json)")
            }
            guard !campaign.name.isEmpty, campaign.stagesInOrder else {
                throw HTTPError(.badRequest, message: "a campaign needs a name, and each stage no more people than the one before")
            }
            try await store.saveCampaign(campaign, authority: indicators.authority)
            try await store.recordAudit(AuditEntry(at: Date(), user: context.user?.name ?? "", action: "save campaign", subject: campaign.name))
            return JSONResponse.make(RecruitmentFunnel(campaign), status: .created)
        }
        r.get(Site.API.sufficiency, .childLevel) { _, _ in
            guard let (s, own) = try await workforce.sufficiency() else { throw ApplicationError.notFound("No SSDA903 return has been imported.") }
            return JSONResponse.make(SufficiencyAnswer(s, ownCostTable: own))
        }
    }
}
