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
    /// Adds `user`'s progress note to an action, and moves it to `status` when one is given
    /// (complete records today as its completion). `may` says, from the action's owner as stored
    /// at the moment of the change, whether the user may; when it says no, `refused` is thrown and
    /// nothing changes. The one way both the page and the API report progress.
    public func addProgress(to actionID: String, text: String, status: PlanAction.Status?, by user: String,
                            may: @escaping @Sendable (String?) -> Bool, refused: @escaping @Sendable () -> any Error) async throws -> PlanAction {
        let today = self.today
        return try await updateLiveAction(actionID, by: user, what: "add progress note", may: may, refused: refused) { action in
            action.progress.append(ProgressNote(date: today, author: user, text: text))
            if let status, status != action.status {
                action.status = status
                action.completed = status == .complete ? today : nil
            }
        }
    }

    /// Adds evidence to an action, on the same terms as `addProgress`.
    public func addEvidence(to actionID: String, _ evidence: Evidence, by user: String,
                            may: @escaping @Sendable (String?) -> Bool, refused: @escaping @Sendable () -> any Error) async throws -> PlanAction {
        try await updateLiveAction(actionID, by: user, what: "add evidence", may: may, refused: refused) { $0.evidence.append(evidence) }
    }

    /// An owner's report goes to every version a reader may open: the latest (a refresh being
    /// drafted, which carries it into the plan when approved) and the version in force today
    /// (what boards read until then), wherever the action is in it; both in one transaction.
    /// Returns the action as the latest version now holds it.
    func updateLiveAction(_ actionID: String, by user: String, what: String, may: @escaping @Sendable (String?) -> Bool,
                          refused: @escaping @Sendable () -> any Error,
                          _ change: @escaping @Sendable (inout PlanAction) -> Void) async throws -> PlanAction {
        let programme = try await programme()
        let latest = try programme.latestPlan()
        let versions = [latest.version] + (programme.planInForce(on: today).map { [$0.version] } ?? [])
        let action: (PlanAction, [Int])
        do {
            action = try await store.updatePlans(versions: versions, authority: authority) { plans in
                guard let latestIndex = plans.firstIndex(where: { $0.version == latest.version }),
                      let held = plans[latestIndex].actions.first(where: { $0.id == actionID }) else {
                    throw ApplicationError.notFound("The plan has no action \(actionID).")
                }
                guard may(held.ownerUser) else { throw refused() }
                var changed: [Int] = []
                for p in plans.indices {
                    guard let i = plans[p].actions.firstIndex(where: { $0.id == actionID }) else { continue }
                    change(&plans[p].actions[i])
                    changed.append(plans[p].version)
                }
                return (plans[latestIndex].actions.first { $0.id == actionID } ?? held, changed)
            }
        } catch StoreError.notFound(let what) {
            throw ApplicationError.notFound("The plan has no \(what).")
        }
        let list = action.1.map(String.init)
        try await recordAudit(by: user, action: what, subject: "\(actionID) of plan version\(list.count == 1 ? "" : "s") \(list.joined(separator: " and "))")
        return action.0
    }
}

extension ProgrammeService {
    /// An audit record of something done to the programme outside a change of it (the digest made by hand).
    public func recordAudit(by user: String, action: String, subject: String) async throws {
        try await store.recordAudit(AuditEntry(at: Date(), user: user, action: action, subject: subject))
    }
}
