import HearthCore
import SQLKit

extension SQLStore {
    public func savePlan(_ plan: ImprovementPlan, authority: String) async throws {
        let version = plan.version
        try Self.requireUnique(plan.priorities.map(\.id), "priority of plan version \(version):")
        try Self.requireUnique(plan.actions.map(\.id), "action of plan version \(version):")
        let known = Set(plan.priorities.map(\.id))
        if let orphan = plan.actions.first(where: { !known.contains($0.priorityID) }) {
            throw StoreError.notFound("priority \(orphan.priorityID) of plan version \(version)")
        }
        let row = PlanVersionRow(plan)
        let priorities = plan.priorities.enumerated().map { PriorityRow($0.element, version: version, seq: $0.offset) }
        let actions = plan.actions.enumerated().map { PlanActionRow($0.element, version: version, seq: $0.offset) }
        let details = ActionDetailRows(plan.actions, version: version)
        try await transaction(authority: authority) { tables in
            try await tables.save(row)
            // Lists before actions before priorities: the foreign keys point that way.
            try await ActionDetailRows.delete(from: tables, matching: ["version": version])
            try await tables.delete(PlanActionRow.self, matching: ["version": version])
            try await tables.replace(priorities, matching: ["version": version])
            try await tables.insert(actions)
            try await details.insert(into: tables)
        }
    }

    public func savePriority(_ priority: Priority, version: Int, authority: String) async throws {
        try await transaction(authority: authority) { tables in
            try await tables.lockPlan(version: version)
            let seq = try await tables.seq(of: PriorityRow.self, id: priority.id, matching: ["version": version])
            try await tables.save(PriorityRow(priority, version: version, seq: seq))
        }
    }

    public func saveAction(_ action: PlanAction, version: Int, authority: String) async throws {
        let details = ActionDetailRows([action], version: version)
        try await transaction(authority: authority) { tables in
            try await tables.lockPlan(version: version)
            guard try await tables.contains(PriorityRow.self, matching: ["version": version, "id": action.priorityID]) else {
                throw StoreError.notFound("priority \(action.priorityID) of plan version \(version)")
            }
            let seq = try await tables.seq(of: PlanActionRow.self, id: action.id, matching: ["version": version])
            try await tables.save(PlanActionRow(action, version: version, seq: seq))
            try await ActionDetailRows.delete(from: tables, matching: ["version": version, "action_id": action.id])
            try await details.insert(into: tables)
        }
    }
}

extension AuthorityTables {
    /// Throws `notFound` without the version. An UPDATE rather than a SELECT: on PostgreSQL it
    /// also locks the version's row, so two writers adding to one version take turns and never
    /// take the same `seq` (SQLite's write lock already makes them).
    func lockPlan(version: Int) async throws {
        let found = try await db.raw("""
            UPDATE plan_versions SET title = title WHERE authority = \(bind: authority) AND version = \(bind: version)
            RETURNING version
            """).first()
        guard found != nil else { throw StoreError.notFound("plan version \(version)") }
    }

    /// By version, each with its priorities and actions in the order they were saved.
    func plans() async throws -> [ImprovementPlan] {
        let priorities = Dictionary(grouping: try await rows(PriorityRow.self), by: \.version)
        let actions = Dictionary(grouping: try await rows(PlanActionRow.self), by: \.version)
        let details = try await ActionDetailRows(reading: self).byAction()
        return try await rows(PlanVersionRow.self).sorted { $0.version < $1.version }.map { plan in
            try plan.plan(priorities: (priorities[plan.version] ?? []).map(\.priority),
                          actions: (actions[plan.version] ?? []).map { try $0.action(details[$0.key] ?? .init()) })
        }
    }
}
