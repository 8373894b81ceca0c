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
            try await tables.write(priority, version: version)
        }
    }

    public func saveAction(_ action: PlanAction, version: Int, authority: String) async throws {
        try await transaction(authority: authority) { tables in
            try await tables.lockPlan(version: version)
            try await tables.write(action, version: version)
        }
    }

    public func updatePlan<T: Sendable>(version: Int, authority: String,
                                        _ change: @escaping @Sendable (inout ImprovementPlan) throws -> T) async throws -> T {
        try await updatePlans(versions: [version], authority: authority) { plans in try change(&plans[0]) }
    }

    public func updatePlans<T: Sendable>(versions: [Int], authority: String,
                                         _ change: @escaping @Sendable (inout [ImprovementPlan]) throws -> T) async throws -> T {
        let versions = Array(Set(versions)).sorted()
        return try await transaction(authority: authority) { tables in
            // Locked before they are read: writers of one version take turns, each changing the plan
            // as the one before left it (a number for a new action is chosen from that plan).
            for version in versions { try await tables.lockPlan(version: version) }
            let held = try await tables.plans()
            let before = try versions.map { version in
                guard let plan = held.first(where: { $0.version == version }) else { throw StoreError.notFound("plan version \(version)") }
                return plan
            }
            var plans = before
            let result = try change(&plans)
            guard plans.map(\.version) == versions else {
                throw StoreError.notFound("plan versions \(plans.map(\.version)) (changed from \(versions))")
            }
            for (old, plan) in zip(before, plans) { try await Self.write(plan, over: old, in: tables) }
            return result
        }
    }

    /// Writes what changed of one version, inside the transaction that holds its lock.
    private static func write(_ plan: ImprovementPlan, over before: ImprovementPlan, in tables: AuthorityTables) async throws {
        let version = plan.version
        try requireUnique(plan.priorities.map(\.id), "priority of plan version \(version):")
        try requireUnique(plan.actions.map(\.id), "action of plan version \(version):")
        // Only what changed is written; priorities before actions, which point at them.
        let kept = Set(plan.priorities.map(\.id))
        guard Set(before.priorities.map(\.id)).isSubset(of: kept), Set(before.actions.map(\.id)).isSubset(of: Set(plan.actions.map(\.id))) else {
            throw StoreError.notFound("a priority or action of plan version \(version) removed while it was changed")
        }
        if plan.title != before.title || plan.approved != before.approved { try await tables.save(PlanVersionRow(plan)) }
        let oldPriorities = Dictionary(uniqueKeysWithValues: before.priorities.map { ($0.id, $0) })
        for p in plan.priorities where oldPriorities[p.id] != p { try await tables.write(p, version: version) }
        let oldActions = Dictionary(uniqueKeysWithValues: before.actions.map { ($0.id, $0) })
        for a in plan.actions where oldActions[a.id] != a { try await tables.write(a, version: version) }
    }
}

extension AuthorityTables {
    /// Adds (after the last) or replaces (in its place) a priority, inside a transaction that
    /// holds the plan's lock.
    func write(_ priority: Priority, version: Int) async throws {
        let seq = try await seq(of: PriorityRow.self, id: priority.id, matching: ["version": version])
        try await save(PriorityRow(priority, version: version, seq: seq))
    }

    /// Adds (after the last) or replaces (in its place) an action with its lists, inside a
    /// transaction that holds the plan's lock.
    func write(_ action: PlanAction, version: Int) async throws {
        guard try await contains(PriorityRow.self, matching: ["version": version, "id": action.priorityID]) else {
            throw StoreError.notFound("priority \(action.priorityID) of plan version \(version)")
        }
        let seq = try await seq(of: PlanActionRow.self, id: action.id, matching: ["version": version])
        try await save(PlanActionRow(action, version: version, seq: seq))
        try await ActionDetailRows.delete(from: self, matching: ["version": version, "action_id": action.id])
        try await ActionDetailRows([action], version: version).insert(into: self)
    }
}

extension AuthorityTables {
    /// Holds the plan version (see `lock`): writers adding to one version take turns and never
    /// take the same `seq`.
    func lockPlan(version: Int) async throws {
        try await lock(PlanVersionRow.self, matching: ["version": version], what: "plan version \(version)")
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
