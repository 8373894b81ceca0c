import Hummingbird
import HearthApplication
import HearthStore

/// The owner's rule on one action, for every route that reports on it (the page's progress and
/// evidence forms, the API's progress): the plan's editors may, anyone else only on an action they
/// own. Checked twice: before the request's body is read (`require`), and by the service on the
/// action as stored at the moment of the change (`may`, `refused`).
struct ActionOwnership: Sendable {
    let actionID: String
    let user: StoredUser?

    /// Refuses (403) before the form or body is read, from the action as it stands now.
    func require(_ programme: ProgrammeService) async throws {
        let action = try await programme.programme().latestPlan().action(actionID)
        guard may(action.ownerUser) else { throw refused() }
    }

    var may: @Sendable (String?) -> Bool {
        let user = self.user
        return { Access.mayUpdate(owner: $0, user) }
    }

    var refused: @Sendable () -> any Error {
        let id = actionID
        return { HTTPError(.forbidden, message: "Action \(id) is not yours: you may record progress and evidence on the actions you own (My actions).") }
    }
}
