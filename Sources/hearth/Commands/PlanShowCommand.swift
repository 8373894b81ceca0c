import ArgumentParser
import HearthCore

struct PlanShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "The plan in force: each action with owner, due date, status and RAG today; then what the coverage view lists.")

    @OptionGroup var options: ProgrammeOptions

    func run() async throws {
        try await options.withProgramme { service in
            let status = try await service.status()
            guard let plan = status.plan else {
                print("No plan yet: `hearth plan import FILE --title TITLE` or the Plan page of the web app starts one.")
                return
            }
            let counts = status.counts()
            print("\(plan.title), version \(plan.version)\(plan.approved.map { ", approved \($0.iso)" } ?? "") — on \(status.today.iso): "
                  + [ActionRAG.red, .amber, .green, .complete].map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", "))
            var table = TextTable("action", "title", "owner", "due", "status", "RAG", "findings")
            for priority in plan.priorities {
                table.add([priority.id, priority.title, priority.lead, "", "", "", ""])
                for a in plan.actions(of: priority) {
                    let rag = status.rag[a.id].map { $0.rawValue + (a.override == nil ? "" : " (set by hand)") } ?? ""
                    table.add(["  " + a.id, String(a.title.prefix(60)), a.owner, a.due.iso, a.status.rawValue, rag, a.findingIDs.joined(separator: " ")])
                }
            }
            print(table.render())
            let c = status.coverage
            print("\nCoverage: \(c.unansweredFindings.count) findings with no action"
                  + (c.unansweredFindings.isEmpty ? "" : " (\(c.unansweredFindings.map(\.id).joined(separator: ", ")))")
                  + "; \(c.actionsWithoutFinding.count) actions with no finding"
                  + (c.actionsWithoutFinding.isEmpty ? "" : " (\(c.actionsWithoutFinding.map(\.id).joined(separator: ", ")))")
                  + "; \(c.greenButOffTrajectory.count) green actions whose indicator is off trajectory"
                  + (c.greenButOffTrajectory.isEmpty ? "" : " (\(c.greenButOffTrajectory.map(\.action.id).joined(separator: ", ")))") + ".")
            print("Overdue: \(status.overdueActions.count) actions, \(status.schedule.overdue(today: status.today).count) actions arising from board meetings.")
        }
    }
}
