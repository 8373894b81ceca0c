/// Where the plan and the findings do not meet: findings no action answers, actions that answer
/// no finding, and actions shown green while an indicator they are meant to move is off its
/// trajectory.
public struct PlanCoverage: Sendable, Equatable {
    public let unansweredFindings: [Finding]
    public let actionsWithoutFinding: [PlanAction]
    /// Green actions with the indicators that are off trajectory.
    public let greenButOffTrajectory: [(action: PlanAction, indicators: [String])]

    public static func == (a: PlanCoverage, b: PlanCoverage) -> Bool {
        a.unansweredFindings == b.unansweredFindings && a.actionsWithoutFinding == b.actionsWithoutFinding
            && a.greenButOffTrajectory.map(\.action) == b.greenButOffTrajectory.map(\.action)
            && a.greenButOffTrajectory.map(\.indicators) == b.greenButOffTrajectory.map(\.indicators)
    }

    /// - Parameters:
    ///   - offTrajectory: ids of indicators currently off their target trajectory.
    public init(findings: [Finding], actions: [PlanAction], offTrajectory: Set<String>, today: Day,
                rule: ActionRAGRule = ActionRAGRule()) {
        let answered = Set(actions.flatMap(\.findingIDs))
        let known = Set(findings.map(\.id))
        unansweredFindings = findings.filter { $0.needsAction && !answered.contains($0.id) }.sorted { $0.id < $1.id }
        actionsWithoutFinding = actions.filter { a in !a.findingIDs.contains(where: known.contains) }.sorted { $0.id < $1.id }
        greenButOffTrajectory = actions.sorted { $0.id < $1.id }.compactMap { a in
            let off = a.indicatorIDs.filter(offTrajectory.contains).sorted()
            return rule.rag(a, today: today) == .green && !off.isEmpty ? (a, off) : nil
        }
    }
}
