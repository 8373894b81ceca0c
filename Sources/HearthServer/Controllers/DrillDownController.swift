import Foundation
import HearthApplication
import HearthCore
import Hummingbird
import HearthIndicators
import HearthReports
import HearthStore

/// The children and events behind one indicator and period. Child-level: analyst, manager and
/// admin only, and every view is written to the audit log (which names the list, never a child).
struct DrillDownController {
    let indicators: IndicatorService
    let store: any Store
    let views: Views

    struct Member {
        let child: String
        let date: String
        let counted: String
        let inNumerator: Bool
        let reason: String
    }

    struct Page {
        let page: PageChrome
        let id: String
        let title: String
        let period: String
        let value: String
        let numerator: String
        let denominator: String
        let members: [Member]
        let shown: Int
        let total: Int
        let truncated: Bool
        let backHref: String
        let note: String?
    }

    static let pageLimit = 2_000

    func register(_ r: GuardedRouter) {
        r.get(Site.indicatorChildren, .childLevel) { request, context in
            let definition = try Self.definition(context)
            let result = try await compute(request, context)
            let members = result.membersByDate
            let shown = members.prefix(Self.pageLimit).map {
                Member(child: $0.childID, date: $0.date?.description ?? "", counted: $0.inNumerator ? "Numerator and denominator" : "Denominator only",
                       inNumerator: $0.inNumerator, reason: $0.reason)
            }
            return views.response("drill-down", Page(
                page: PageChrome(title: "\(definition.title): children and events", context: context, section: .overview,
                                 authorityName: await indicators.authorityName),
                id: definition.id.rawValue, title: definition.title, period: result.period.label,
                value: IndicatorFormat.value(result.value, definition), numerator: IndicatorFormat.number(result.numerator),
                denominator: IndicatorFormat.number(result.denominator), members: shown, shown: shown.count,
                total: members.count, truncated: members.count > shown.count, backHref: Site.indicator(definition.id), note: result.note))
        }
    }

    /// The period asked for in `?period=`, nil when none was given.
    static func requestedPeriod(_ request: Request) throws -> ReportingPeriod? {
        guard let text = request.uri.queryParameters.get("period") else { return nil }
        guard let p = ReportingPeriod(parsing: text) else {
            throw HTTPError(.badRequest, message: "The period \"\(text)\" is not understood: use 2024-25, 2024-25-Q3, 2025-01 or rolling:2025-11-30.")
        }
        return p
    }

    static func definition(_ context: AppContext) throws -> IndicatorDefinition {
        try IndicatorCatalogue.standard.definition(named: context.parameters.get("id"))
    }

    /// Computes the drill-down and audits the view before anything is returned.
    // Unoptimised: Swift 6.3.1's release build crashes (LLVM coroutine splitting) on this function.
    @_optimize(none)
    func compute(_ request: Request, _ context: AppContext) async throws -> IndicatorResult {
        let definition = try Self.definition(context)
        let period = try await period(asked: try Self.requestedPeriod(request))
        let result = try await indicators.drillDown(definition.id, period: period)
        try await audit(user: context.user?.name ?? "unknown", id: definition.id.rawValue, period: period, records: result.members.count)
        return result
    }

    private func period(asked: ReportingPeriod?) async throws -> ReportingPeriod {
        if let asked { return asked }
        guard let latest = try await indicators.computedYears().first else {
            throw ApplicationError.notFound("No figures have been computed yet: import a set of returns first.")
        }
        return latest
    }

    private func audit(user: String, id: String, period: ReportingPeriod, records: Int) async throws {
        try await store.recordAudit(AuditEntry(at: Date(), user: user, action: "view child-level list",
                                               subject: "drill-down \(id) \(period.label) (\(records) records)"))
    }
}
