import Foundation
import HearthApplication
import HearthCore
import HearthData
import HearthIndicators
import HearthReports
import HearthStore
import Hummingbird

/// Sufficiency and cost: children looked after by placement type, distance, unregistered
/// provision, weekly cost, spend and projection; the cost table (download, and replace by upload
/// for managers). The list of high-cost placements names children: child-level roles only, and
/// every view is audited.
struct SufficiencyController {
    let workforce: WorkforceService
    let indicators: IndicatorService
    let store: any Store
    let views: Views
    let spool: UploadSpool

    func register(_ r: GuardedRouter) {
        r.get(Site.sufficiency, .signedIn) { _, context in try await page(context, highCost: false) }
        r.get(Site.highCostChildren, .childLevel) { _, context in
            let response = try await page(context, highCost: true)
            try await store.recordAudit(AuditEntry(at: Date(), user: context.user?.name ?? "", action: "view child-level list",
                                                   subject: "high-cost placements"))
            return response
        }
        r.get(Site.placementCostsCSV, .signedIn) { _, context in
            let table = try await store.placementCosts(authority: indicators.authority) ?? .illustrative
            let lines = Disclosure(role: context.user?.role).prices(table.lines)
            return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8",
                                                   .contentDisposition: "attachment; filename=\"placement_costs.csv\""],
                            body: .init(byteBuffer: ByteBuffer(string: StaffingCSVWriter.costs(PlacementCostTable(lines: lines)))))
        }
        r.post(Site.placementCostsCSV, .planEditors, showingForm: "Placement cost table replaced.", page: Site.sufficiency) { request, context in
            try await spool.withFolder { folder in try await replaceCosts(request, context, into: folder) }
        }
    }

    private func replaceCosts(_ request: Request, _ context: AppContext, into folder: UploadSpool.Folder) async throws -> Response {
        let upload = try await MultipartUpload.receive(request, into: folder, limit: 2 * 1_048_576)
        try CSRF.check(upload.fields[CSRF.field], context)
        guard let file = upload.files.first else { throw HTTPError(.badRequest, message: "Choose the cost table's CSV file.") }
        let result = PlacementCostCSVReader.table(url: file)
        guard let table = result.table, !result.problems.contains(where: { $0.severity == .fatal || $0.severity == .error }) else {
            let why = result.problems.prefix(5).map(\.description).joined(separator: " ")
            throw HTTPError(.unprocessableContent, message: "The cost table was not changed. \(why)")
        }
        try await store.savePlacementCosts(table, authority: indicators.authority)
        try await store.recordAudit(AuditEntry(at: Date(), user: context.user?.name ?? "", action: "replace placement costs",
                                               subject: "\(table.lines.count) lines"))
        return .redirect(to: Site.sufficiency.path + "#costs", type: .normal)
    }

    private func page(_ context: AppContext, highCost: Bool) async throws -> Response {
        let chrome = PageChrome(title: highCost ? "High-cost placements" : "Placements and cost", context: context, section: .workforce,
                                authorityName: await indicators.authorityName)
        let disclosure = Disclosure(role: context.user?.role)
        let own = try await store.placementCosts(authority: indicators.authority)
        let costs = disclosure.prices((own ?? .illustrative).lines).map {
            WorkforcePages.CostRow(placement: $0.placement, provider: $0.provider ?? "any", weekly: MoneyFormat.pounds($0.weeklyCost), note: $0.note ?? "")
        }
        let canEdit = Access.planEditors.allows(context.user?.role)
        let childLevel = Access.childLevel.allows(context.user?.role)
        guard let (r, ownCosts) = try await workforce.sufficiency() else {
            return views.response("sufficiency", WorkforcePages.Sufficiency(
                page: chrome, hasData: false, asAt: "", ownCosts: own != nil, lookedAfter: "", groups: [], distant: "", unregistered: "",
                highCostCount: "", threshold: "", weeklyCommitment: "", averageWeekly: "", spentToDate: "", projectedYear: "", yearEnd: "",
                unpriced: "", costs: costs, canEdit: canEdit, childLevel: childLevel, showHighCost: false, highCost: []))
        }
        // Board members, viewers and secretaries see every figure as it may leave the authority.
        let f = SufficiencyFigures(r, disclosure)
        let pounds = { (m: Disclosed<Double>) in m.text(MoneyFormat.pounds) }
        var model = WorkforcePages.Sufficiency(
            page: chrome, hasData: true, asAt: r.date.long, ownCosts: ownCosts, lookedAfter: f.lookedAfter.description,
            groups: f.groups.map {
                WorkforcePages.GroupRow(title: $0.group.title, children: $0.children.description,
                                        share: $0.share.map { $0.text { MoneyFormat.percent($0) } } ?? "–",
                                        weekly: pounds($0.weeklyCost), unpriced: $0.unpriced.description)
            },
            distant: "\(f.distant) of \(f.distanceKnown) (\(f.distantShare.map { $0.text { MoneyFormat.percent($0) } } ?? "–"))",
            unregistered: f.unregistered.description, highCostCount: f.highCost.description,
            threshold: MoneyFormat.pounds(r.highCostThreshold), weeklyCommitment: pounds(f.weeklyCommitment),
            averageWeekly: pounds(f.averageWeeklyCost), spentToDate: pounds(f.spentToDate),
            projectedYear: pounds(f.projectedYear), yearEnd: r.spend.yearEnd.long, unpriced: f.unpriced.description, costs: costs,
            canEdit: canEdit, childLevel: childLevel, showHighCost: highCost && childLevel,
            highCost: highCost && childLevel ? r.highCost.map {
                WorkforcePages.HighCostRow(child: $0.childID, group: $0.group.title, weekly: MoneyFormat.pounds($0.weeklyCost ?? 0),
                                           since: $0.placementStart?.long ?? "")
            } : [])
        model.targets = SufficiencyTarget.rows(r, f, targets: indicators.targets, disclosure: disclosure).map {
            WorkforcePages.TargetRow(title: $0.title, value: $0.value, target: $0.target, href: Site.target($0.id), rag: $0.ragText.isEmpty ? nil : $0.ragText,
                                     ragClass: "rag-" + ($0.rag.shown ?? .neutral).rawValue)
        }
        return views.response("sufficiency", model)
    }
}
