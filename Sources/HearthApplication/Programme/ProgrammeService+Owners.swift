import Foundation
import HearthCore
import HearthStore

extension ProgrammeService {
    /// The roles an owner may have: the plan's editors (administrators, managers) and
    /// contributors, the officers who report on their own actions. Board members, viewers,
    /// analysts and secretaries read or record; they do not own.
    public static let ownerRoles: Set<UserRole> = [.admin, .manager, .contributor]

    /// Users who may own an action or an action arising (`ownerRoles`), by name.
    public func possibleOwners() async throws -> [StoredUser] {
        try await store.users().filter { Self.ownerRoles.contains($0.role) }
    }

    /// `name` as an owner: nil for none (blank), the name when it is a possible owner, else
    /// `ApplicationError.invalid` naming it.
    public func owner(named name: String?) async throws -> String? {
        guard let name = name?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { return nil }
        guard try await possibleOwners().contains(where: { $0.name == name }) else {
            throw ApplicationError.invalid("\(name) is not a user who can own actions: choose an administrator, manager or contributor, or none.")
        }
        return name
    }
}

extension ProgrammeService {
    /// Adds `user`'s progress note to an action of the latest plan, and moves it to `status` when
    /// one is given (complete records today as its completion). `may` says, from the action's
    /// owner as stored at the moment of the change, whether the user may; when it says no,
    /// `refused` is thrown and nothing changes. The one way both the page and the API report progress.
    public func addProgress(to actionID: String, text: String, status: PlanAction.Status?, by user: String,
                            may: @escaping @Sendable (String?) -> Bool, refused: @escaping @Sendable () -> any Error) async throws -> PlanAction {
        let plan = try await programme().latestPlan()
        let today = self.today
        return try await updatePlan(version: plan.version, by: user, what: "add progress note") { plan in
            guard let i = plan.actions.firstIndex(where: { $0.id == actionID }) else {
                throw ApplicationError.notFound("The plan has no action \(actionID).")
            }
            guard may(plan.actions[i].ownerUser) else { throw refused() }
            plan.actions[i].progress.append(ProgressNote(date: today, author: user, text: text))
            if let status, status != plan.actions[i].status {
                plan.actions[i].status = status
                plan.actions[i].completed = status == .complete ? today : nil
            }
            return (actionID, plan.actions[i])
        }
    }
}

extension ProgrammeService {
    /// An audit record of something done to the programme outside a change of it (the digest made by hand).
    public func recordAudit(by user: String, action: String, subject: String) async throws {
        try await store.recordAudit(AuditEntry(at: Date(), user: user, action: action, subject: subject))
    }
}
