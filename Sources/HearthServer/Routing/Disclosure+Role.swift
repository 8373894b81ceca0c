import HearthIndicators
import HearthStore

extension Disclosure {
    /// The audience a signed-in role belongs to: the roles that may open children's records see
    /// exact figures; every other role (board, viewer, secretary), and no role, the disclosed form.
    init(role: UserRole?) {
        self.init(Access.childLevel.allows(role) ? .childLevel : .aggregate)
    }
}
