import HearthCore
import HearthIndicators
import HearthReports

/// The latest figure of an indicator an action is linked to that is not an indicator summary: a
/// workforce census measure (from the staff records) or a placements figure (from the SSDA903
/// placements on the extract's day). What the plan judges against a trajectory and an action's
/// page shows.
public struct LinkedFigure: Sendable {
    public let definition: IndicatorDefinition
    public let value: Double
    /// The day the figure is of.
    public let day: Day
    /// The target in force (a workforce measure's falls back to England's published figure).
    public let target: IndicatorTarget?
    /// Whether the aggregate audience sees it: a count of 1 to 5 children does not (nor anything judged from it).
    public let shownToBoards: Bool

    /// The figures of `ids` that are workforce or placements figures, reading each source once
    /// and only when one of its figures is asked for.
    static func read(_ ids: Set<String>, workforce: WorkforceService?, catalogue: IndicatorCatalogue,
                     targets: TargetSet) async throws -> [String: LinkedFigure] {
        var out: [String: LinkedFigure] = [:]
        let wanted = (catalogue.workforce + catalogue.workforceProfile).filter { ids.contains($0.id.rawValue) }
        if !wanted.isEmpty, let analysis = try await workforce?.analysis() {
            for m in wanted {
                guard let value = m.value(analysis.report) else { continue }
                let target = WorkforceTarget(m, value: value, benchmark: analysis.benchmarks.first { $0.id == m.id }, targets: targets)
                // A figure of 1 to 5 staff is withheld from boards, and so is anything judged from it.
                out[m.id.rawValue] = LinkedFigure(definition: m.definition, value: value, day: analysis.report.date, target: target.target,
                                                  shownToBoards: m.shown(analysis.report, .aggregate)?.isSuppressed != true)
            }
        }
        let placements = catalogue.sufficiency.filter { ids.contains($0.id.rawValue) }
        if !placements.isEmpty, let (report, _) = try await workforce?.sufficiency() {
            for s in placements {
                guard let value = s.value(report) else { continue }
                // A count of children is withheld from boards at 1 to 5; the average cost with the
                // priced placements it is made of.
                let count = s.definition.unit == .count ? value : Double(report.placements.count - report.unpriced)
                out[s.id.rawValue] = LinkedFigure(definition: s.definition, value: value, day: report.date, target: targets[s.id],
                                                  shownToBoards: !Disclosure.aggregate.count(count).isSuppressed)
            }
        }
        return out
    }

    /// Off the line the plan set (or, with no line, red against its target): the reason in words.
    func offTrajectory(_ lines: [IndicatorTrajectory]) -> String? {
        let d = definition
        guard d.polarity != .context, shownToBoards else { return nil }
        let format = { (v: Double) in IndicatorFormat.value(v, d) }
        if let line = lines.first(where: { $0.isOff(value: value, on: day, higherIsBetter: d.polarity == .high) }) {
            return "\(d.title): \(format(value)) on \(day.long), the trajectory expects \(format(line.expected(on: day))) by then"
        }
        guard lines.isEmpty, let target else { return nil }
        return TargetSet([target]).status(of: value, for: d) == .red ? "\(d.title): \(format(value)) on \(day.long), red against its target" : nil
    }
}
