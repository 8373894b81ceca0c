import HearthCore
import HearthIndicators
import HearthReports

/// The plan in a self-evaluation: under each area the actions linked to its indicators; under
/// the impact of leaders the whole plan's progress and the findings each action answers, since
/// ILACS judges leaders on whether they know their service and act on what inspection found.
extension SelfEvaluationBuilder {
    func planBlocks(_ area: ILACSArea) -> [PackBlock] {
        guard let plan = inputs.status.plan else {
            return area == .impactOfLeaders ? [.subheading("The improvement plan"), .paragraph("There is no improvement plan in Hearth yet.")] : []
        }
        if area == .impactOfLeaders { return wholePlan(plan) }
        let ids = Set(summaries(area).map(\.definition.id.rawValue))
        let linked = plan.actions.filter { a in a.indicatorIDs.contains(where: ids.contains) || a.trajectories.contains { ids.contains($0.indicatorID) } }
        guard !linked.isEmpty else { return [] }
        return [.subheading("Plan actions on this area's indicators (\(linked.count))"), actionTable(linked)]
    }

    func wholePlan(_ plan: ImprovementPlan) -> [PackBlock] {
        let status = inputs.status
        let rag = status.counts()
        let byStatus = Dictionary(grouping: plan.actions, by: \.status).mapValues(\.count)
        var blocks: [PackBlock] = [.subheading("Progress on the improvement plan")]
        blocks.append(.facts([
            PackKeyValue("Plan", "\(plan.title), version \(plan.version)" + (plan.approved.map { ", approved \($0.long)" } ?? "")),
            PackKeyValue("Actions by status", PlanAction.Status.allCases.map { "\(byStatus[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")),
            PackKeyValue("Actions by RAG on \(inputs.today.long)", ActionRAG.allCases.map { "\(rag[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")),
            PackKeyValue("Overdue", "\(status.overdueActions.count)"),
        ]))
        // The exceptions, not every action: each action is under the area whose indicators it
        // moves, and under the finding it answers, below.
        let overdue = Set(status.overdueActions.map(\.id))
        let exceptions = plan.actions.filter { status.rag[$0.id] == .red || overdue.contains($0.id) }
        if !exceptions.isEmpty {
            blocks.append(.subheading("Actions red or overdue (\(exceptions.count))"))
            blocks.append(actionTable(exceptions))
        }
        let findings = status.programme.findings.filter(\.needsAction)
        blocks.append(.subheading("Inspection findings and the actions that answer them"))
        if findings.isEmpty {
            blocks.append(.paragraph("Hearth holds no inspection finding that needs an action."))
        } else {
            blocks.append(.table(PackTable(header: ["Finding", "Kind", "Answered by"], rows: findings.map { f in
                let actions = status.actions(answering: f.id)
                return [PackCell(f.text), PackCell(f.kind.rawValue.capitalizedFirst),
                        PackCell(actions.isEmpty ? "No action answers it" : Self.list(actions.map { "\($0.id) \($0.title)" }),
                                 bold: actions.isEmpty)]
            })))
        }
        return blocks
    }

    /// Several sentences in one cell: "First; second." rather than "First.; second.".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }.joined(separator: "; ") + "."
    }

    /// Actions with their owner, due date, status, RAG and the findings they answer.
    func actionTable(_ actions: [PlanAction]) -> PackBlock {
        let status = inputs.status
        let findings = Dictionary(status.programme.findings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return .table(PackTable(header: ["Action", "Owner", "Due", "Status", "RAG", "Findings it answers"], rows: actions.map { a in
            let rag = status.rag[a.id] ?? .green
            let answers = a.findingIDs.compactMap { findings[$0]?.text }
            return [PackCell("\(a.id) \(a.title)"), PackCell(a.owner), PackCell(a.due.long), PackCell(a.status.rawValue.capitalizedFirst),
                    PackCell(rag.rawValue.capitalizedFirst, rag: BoardPackBuilder.rag(rag)),
                    PackCell(answers.isEmpty ? "–" : Self.list(answers))]
        }))
    }
}
