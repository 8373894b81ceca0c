import HearthCore

/// The improvement plan as one CSV row per action, the shape councils keep in Excel today:
/// `priority_id, priority, priority_lead, action_id, action, owner, start, due, status, completed,
/// findings, indicators, rag_override, override_reason, owner_user`. Lists are separated by `;`;
/// dates are written dd/mm/yyyy and read in any form `Day(flexible:)` knows. `owner_user` names
/// the Hearth user who owns the action (blank: none); a file without the column keeps each
/// action's owner from the version before (`nextVersion`).
public enum PlanCSV {
    public static let columns = ["priority_id", "priority", "priority_lead", "action_id", "action", "owner", "start", "due",
                                 "status", "completed", "findings", "indicators", "rag_override", "override_reason", "owner_user"]

    public static func write(_ plan: ImprovementPlan) -> String {
        var lines = [columns.joined(separator: ",")]
        for priority in plan.priorities {
            for a in plan.actions(of: priority) {
                let cells = [priority.id, priority.title, priority.lead, a.id, a.title, a.owner, a.start?.uk ?? "", a.due.uk,
                             a.status.rawValue, a.completed?.uk ?? "", a.findingIDs.joined(separator: ";"),
                             a.indicatorIDs.joined(separator: ";"), a.override?.rag.rawValue ?? "", a.override?.reason ?? "", a.ownerUser ?? ""]
                lines.append(cells.map(CSVWriter.field).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a plan; every problem names the line and the column. Nothing is returned unless the
    /// whole file reads. `owners`, when given, are the users who may own an action: any other
    /// name in `owner_user` is refused.
    public static func read(_ text: String, file: String, version: Int, title: String,
                            owners: Set<String>? = nil) throws(PlanCSVError) -> ImprovementPlan {
        try parse(text, file: file, version: version, title: title, owners: owners).plan
    }

    /// `read`, with the columns the file has (of `columns`): what it does not say, an import keeps.
    static func parse(_ text: String, file: String, version: Int, title: String,
                      owners: Set<String>?) throws(PlanCSVError) -> (plan: ImprovementPlan, columns: Set<String>) {
        var reader = CSVReader(text: text)
        let records: [CSVRecord]
        do { records = try reader.readAll() } catch { throw PlanCSVError(file: file, line: 0, column: nil, message: "\(error)") }
        guard let head = records.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) else {
            throw PlanCSVError(file: file, line: 1, column: nil, message: "the file is empty")
        }
        var index: [String: Int] = [:]
        for name in columns {
            guard let i = head.firstIndex(of: name) else {
                if ["priority_lead", "start", "completed", "findings", "indicators", "rag_override", "override_reason", "owner_user"].contains(name) { continue }
                throw PlanCSVError(file: file, line: 1, column: name, message: "the column is missing")
            }
            index[name] = i
        }
        var priorities: [Priority] = [], actions: [PlanAction] = [], seen = Set<String>()
        for r in records.dropFirst() where !r.isBlank {
            func cell(_ name: String) -> String {
                index[name].flatMap { $0 < r.fields.count ? CSVWriter.restored(r.fields[$0].trimmingCharacters(in: .whitespaces)) : nil } ?? ""
            }
            func fail(_ column: String, _ why: String) -> PlanCSVError { PlanCSVError(file: file, line: r.line, column: column, message: why) }
            func date(_ name: String, required: Bool) throws(PlanCSVError) -> Day? {
                let t = cell(name)
                if t.isEmpty { if required { throw fail(name, "a date is needed") } else { return nil } }
                guard let d = Day(flexible: t) else { throw fail(name, "\"\(t)\" is not a date") }
                return d
            }
            let pid = cell("priority_id"), aid = cell("action_id")
            guard !pid.isEmpty else { throw fail("priority_id", "empty") }
            guard !aid.isEmpty else { throw fail("action_id", "empty") }
            guard seen.insert(aid).inserted else { throw fail("action_id", "\(aid) appears twice") }
            guard let status = PlanAction.Status(rawValue: cell("status").lowercased()) else {
                throw fail("status", "\"\(cell("status"))\" is not one of \(PlanAction.Status.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var override: PlanAction.Override?
            if !cell("rag_override").isEmpty {
                guard let rag = ActionRAG(rawValue: cell("rag_override").lowercased()) else { throw fail("rag_override", "use red, amber, green or complete") }
                guard !cell("override_reason").isEmpty else { throw fail("override_reason", "an override needs its reason") }
                override = .init(rag: rag, reason: cell("override_reason"))
            }
            if !priorities.contains(where: { $0.id == pid }) {
                priorities.append(Priority(id: pid, title: cell("priority"), lead: cell("priority_lead")))
            }
            let list = { (name: String) in cell(name).split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            guard let due = try date("due", required: true) else { throw fail("due", "a date is needed") }
            let ownerUser = cell("owner_user")
            if !ownerUser.isEmpty, let owners, !owners.contains(ownerUser) {
                throw fail("owner_user", "\"\(ownerUser)\" is not a Hearth user who can own actions (an administrator, manager or contributor)")
            }
            actions.append(PlanAction(id: aid, priorityID: pid, title: cell("action"), owner: cell("owner"),
                                      ownerUser: ownerUser.isEmpty ? nil : ownerUser,
                                      start: try date("start", required: false), due: due, status: status,
                                      completed: try date("completed", required: false), findingIDs: list("findings"),
                                      indicatorIDs: list("indicators"), override: override))
        }
        return (ImprovementPlan(version: version, title: title, priorities: priorities, actions: actions), Set(index.keys))
    }
}

public struct PlanCSVError: Error, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: String?
    public let message: String

    public var description: String { "\(file) line \(line)\(column.map { ", \($0)" } ?? ""): \(message)" }
}
