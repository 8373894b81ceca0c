import Foundation
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
        let report: WorkforceReport
        let benchmarks: [WorkforceBenchmark]
    }

    struct Sufficiency: Encodable {
        let date: Day
        let ownCostTable: Bool
        let lookedAfter: Int
        let byGroup: [PlacementGroupSummary]
        let distant: MeasureRatio
        let unregistered: Int
        let highCostThreshold: Double
        let highCost: Int
        let unpriced: Int
        let spend: PlacementSpend
        let projectedYear: Double
    }

    func register(_ r: GuardedRouter) {
        r.get("/api/v1/workforce", .signedIn) { _, _ in
            guard let a = try await workforce.analysis() else { throw HTTPError(.notFound, message: "no workforce data has been imported") }
            return JSONResponse.make(Workforce(source: a.source.rawValue, report: a.report, benchmarks: a.benchmarks))
        }
        r.get("/api/v1/workforce/campaigns", .signedIn) { _, _ in
            JSONResponse.make(try await store.campaigns(authority: indicators.authority).map(RecruitmentFunnel.init))
        }
        r.post("/api/v1/workforce/campaigns", .planEditors) { request, context in
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
        r.get("/api/v1/sufficiency", .childLevel) { _, _ in
            guard let (s, own) = try await workforce.sufficiency() else { throw HTTPError(.notFound, message: "no SSDA903 return has been imported") }
            return JSONResponse.make(Sufficiency(
                date: s.date, ownCostTable: own, lookedAfter: s.lookedAfter, byGroup: s.byGroup, distant: s.distant,
                unregistered: s.unregistered.count, highCostThreshold: s.highCostThreshold, highCost: s.highCost.count,
                unpriced: s.unpriced, spend: s.spend, projectedYear: s.spend.projectedYear))
        }
    }
}
