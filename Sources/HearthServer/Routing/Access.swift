import HearthApplication
import HearthStore

/// Who may use a route. Every route declares one; `RouteTable` keeps them so a test can walk
/// every route with every role.
public enum Access: Sendable, Equatable {
    /// Anyone, signed in or not (sign-in page, health, stylesheet).
    case anyone
    /// Any signed-in user.
    case signedIn
    /// Signed-in users with one of these roles.
    case roles(Set<UserRole>)

    /// Roles that may see child-level data (drill-down lists): never board or viewer.
    public static let childLevel: Access = .roles([.admin, .analyst, .manager])
    /// Roles that bring data in.
    public static let dataStewards: Access = .roles([.admin, .analyst])
    public static let adminOnly: Access = .roles([.admin])
    /// Roles that keep the improvement plan and the regulatory record.
    public static let planEditors: Access = .roles([.admin, .manager])
    /// Roles that record meetings: minutes, attendance, resolutions, actions arising.
    public static let meetingRecorders: Access = .roles([.admin, .manager, .secretary])
    /// Roles that write a board pack's commentary and implications: the officers who report.
    public static let packWriters: Access = .roles([.admin, .manager, .analyst])

    /// Roles that may report progress on an action (`ProgrammeService.ownerRoles`): the plan's
    /// editors on any action, a contributor on the actions they own (`ownerUser`), which the
    /// handler checks with `mayUpdate(owner:_:editors:)`.
    public static let ownActions: Access = .roles(ProgrammeService.ownerRoles)
    /// Roles that may close an action arising: the meeting's recorders any, its owner their own.
    public static let arisingClosers: Access = .roles(ProgrammeService.ownerRoles.union([.secretary]))

    /// Whether `user` may update something owned by `owner`: `editors` (the plan's, or for an
    /// action arising the meeting's recorders) always, anyone else only their own.
    public static func mayUpdate(owner: String?, _ user: StoredUser?, editors: Access = .planEditors) -> Bool {
        guard let user else { return false }
        return editors.allows(user.role) || (owner != nil && owner == user.name)
    }

    public func allows(_ role: UserRole?) -> Bool {
        switch self {
        case .anyone: true
        case .signedIn: role != nil
        case .roles(let set): role.map(set.contains) ?? false
        }
    }
}
