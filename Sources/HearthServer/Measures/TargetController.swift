import Foundation
import HearthApplication
import HearthCore
import HearthIndicators
import HearthReports
import Hummingbird

/// The target of any indicator or measure — the returns', the workforce census's or a local one:
/// the target in force, every target set in Hearth (who, when, from which day, why), and the
/// form managers set one with. The API (`/api/v1/targets`) reads and sets the same.
struct TargetController {
    let targets: TargetService
    let indicators: IndicatorService
    let views: Views
    let clock: ProgrammeClock

    struct TargetForm: SubmittedForm {
        let target: String?; let tolerance: String?; let from: String?; let reason: String?; let _csrf: String?
    }

    func register(_ r: GuardedRouter) {
        r.get(Site.target, .signedIn) { _, context in
            views.response("target", try await page(context))
        }
        r.post(Site.target, .planEditors, form: TargetForm.self, done: "Target set.") { form, _, context in
            let d = try await visible(context)
            let target = try FormValues.number(form.target, "target", field: "target")
            let tolerance = try FormValues.number(form.tolerance, "how far short is still amber", field: "tolerance")
            let from = try FormValues.day(form.from, "day the target applies from", field: "from", required: false) ?? clock.today()
            let reason = try FormValues.text(form.reason, "reason", field: "reason", max: 500)
            _ = try await LocalMeasureController.refusingFields {
                try await targets.set(d.id.rawValue, target: target, tolerance: tolerance, from: from, reason: reason, by: context.userName)
            }
            return .redirect(to: Site.target(d.id.rawValue), type: .normal)
        }
    }

    /// The indicator named in the address, if this reader may see it (a local measure kept from
    /// boards is not there for board roles).
    func visible(_ context: AppContext) async throws -> IndicatorDefinition {
        try await targets.definition(context.parameters.get("id") ?? "", for: Disclosure(role: context.user?.role))
    }

    private func page(_ context: AppContext) async throws -> LocalMeasurePages.Target {
        let d = try await visible(context)
        let current = indicators.targets[d.id]
        let history = try await targets.history(d.id.rawValue)
        func v(_ x: Double) -> String { IndicatorFormat.value(x, d) }
        return LocalMeasurePages.Target(
            page: PageChrome(title: "Target: \(d.title)", context: context, section: d.source == .local ? .measures : d.source == .workforce ? .workforce : .overview,
                             authorityName: await indicators.authorityName),
            // A workforce census measure's page is the workforce page, a placements figure's the
            // sufficiency page; every other has its own.
            title: d.title, backHref: d.source == .workforce ? Site.workforce.path + "#measures"
                : indicators.catalogue.sufficiency.contains { $0.id == d.id } ? Site.sufficiency.path + "#targets" : Site.indicator(d.id.rawValue),
            inForce: current.map { "Target \(v($0.target)), amber within \(v($0.tolerance))" }
                ?? (d.polarity == .context ? "Read in context: no target." : "No target."),
            source: current.map { "Source: \($0.source)" } ?? "",
            rows: history.map { .init(target: v($0.target), tolerance: v($0.tolerance), from: $0.from.uk, reason: $0.reason,
                                      setBy: $0.setBy, setAt: LocalMeasureController.stamp($0.setAt)) },
            hasRows: !history.isEmpty, canEdit: Access.planEditors.allows(context.user?.role) && d.polarity != .context,
            action: Site.target(d.id.rawValue),
            fromInput: DateInput("from", id: "tfrom", label: "Applies from", value: clock.today()),
            unitHint: d.unit == .percent ? "A percentage, e.g. 80" : "In the measure's unit (\(d.unit.rawValue))")
    }
}
