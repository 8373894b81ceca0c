import Foundation
import HearthApplication
import Hummingbird
import HearthStore

/// Users and roles, and the audit log: admin only.
struct AdminController {
    let store: any Store
    let views: Views
    let hasher: PasswordHasher
    /// Emptied of a user's sessions when their role changes or they are removed, so the change
    /// holds from their next request rather than when the cache would next look.
    let sessions: SessionCache
    let throttle: LoginThrottle

    struct UserRow {
        let name: String
        let role: String
        let email: String
        let created: String
        let isSelf: Bool
        let options: [RoleOption]
        /// Addresses from which signing in as this user is being slowed down now.
        let throttledFrom: Int?
    }

    struct RoleOption {
        let value: String
        let label: String
        let selected: Bool
    }

    struct UsersPage {
        let page: PageChrome
        let users: [UserRow]
        let roles: [RoleOption]
        let cleared: String?
    }

    struct AuditRow {
        let at: String
        let user: String
        let action: String
        let subject: String
        let address: String
    }

    struct AuditPage {
        let page: PageChrome
        let records: [AuditRow]
        let filter: String
    }

    struct ChangeForm: SubmittedForm {
        let name: String?
        let role: String?
        let email: String?
        let action: String?
        /// "yes" from the confirmation page: removing a user cannot be undone.
        let confirm: String?
        let _csrf: String?
    }

    struct ClearForm: SubmittedForm {
        let name: String?
        let _csrf: String?
    }

    struct Cleared: Encodable {
        let user: String
        let addresses: Int
    }

    struct NewUserForm: SubmittedForm {
        let name: String?
        let role: String?
        let email: String?
        let password: String?
        let _csrf: String?
    }

    static let roleLabels: [(UserRole, String)] = [
        (.admin, "Administrator: users and roles, everything else"),
        (.analyst, "Performance analyst: imports returns, sees child-level lists"),
        (.manager, "Manager: child-level lists, edits the plan"),
        (.secretary, "Board secretary: records meetings, minutes, resolutions and actions arising; never a child's record"),
        (.board, "Board member: figures, plan and meetings; never a child's record"),
        (.viewer, "Viewer: figures only"),
        (.contributor, "Contributor (a head of service): the figures, the plan and My actions; records progress and evidence on the actions they own; never a child's record"),
    ]

    func register(_ r: GuardedRouter) {
        r.get(Site.users, .adminOnly) { request, context in
            try await usersPage(context, cleared: request.uri.queryParameters.get("cleared"))
        }
        r.post(Site.users, .adminOnly, form: NewUserForm.self, done: "User added.") { form, request, context in
            let name = (form.name ?? "").trimmingCharacters(in: .whitespaces)
            guard name.count >= 2, name.count <= 64, name.allSatisfy({ $0.isLetter || $0.isNumber || ".-_@".contains($0) }) else {
                throw FormInvalid("Enter a user name of 2 to 64 letters, digits, dots, dashes or underscores.", field: "name")
            }
            guard let role = form.role.flatMap(UserRole.init(rawValue:)) else {
                throw FormInvalid("Choose a role.", field: "role")
            }
            guard let password = form.password, password.count >= 12 else {
                throw FormInvalid("Enter a password of at least 12 characters.", field: "password")
            }
            guard try await store.user(named: name) == nil else {
                throw FormInvalid("There is already a user called \(name).", field: "name")
            }
            let email = try Self.email(form.email)
            _ = try await store.createUser(NewUser(name: name, role: role, passwordHash: try await hasher.hash(password)))
            if let email { try await store.setEmail(email, forUser: name) }
            try await store.recordAudit(AuditEntry(at: Date(), user: context.user?.name ?? "", action: "create user", subject: "\(name) as \(role.rawValue)"))
            return .redirect(to: Site.users.path, type: .normal)
        }
        r.post(Site.userChange, .adminOnly, form: ChangeForm.self, done: "User changed or removed.") { form, request, context in
            guard let name = form.name, try await store.user(named: name) != nil else {
                throw ApplicationError.notFound("There is no such user.")
            }
            let actor = context.user?.name ?? ""
            if form.action == "email" {
                // The address itself stays out of the audit subject: it is personal data the log does not need.
                let email = try Self.email(form.email)
                try await store.setEmail(email, forUser: name)
                try await store.recordAudit(AuditEntry(at: Date(), user: actor, action: email == nil ? "clear e-mail" : "set e-mail", subject: name))
                return .redirect(to: Site.users.path, type: .normal)
            }
            // An administrator cannot lock themselves out; another administrator can.
            guard name != context.user?.name else {
                throw FormInvalid("You cannot change or remove your own account.")
            }
            if form.action == "remove" {
                guard Confirmation.isConfirmed(form.confirm) else {
                    return Confirmation.page(
                        views, context, heading: "Remove \(name)?",
                        text: "\(name) will be signed out at once and can no longer sign in. Their past actions stay in the audit log. "
                            + "This cannot be undone: to let them back, add the user again.",
                        button: "Remove \(name)", action: Site.userChange.path, fields: [("name", name), ("action", "remove")],
                        cancel: Site.users.path)
                }
                try await store.removeUser(named: name)
                await sessions.forget(user: name)
                await throttle.clear(user: name)
                try await store.recordAudit(AuditEntry(at: Date(), user: actor, action: "remove user", subject: name))
            } else {
                guard let role = form.role.flatMap(UserRole.init(rawValue:)) else {
                    throw FormInvalid("Choose a role.", field: "role")
                }
                try await store.setRole(role, forUser: name)
                await sessions.forget(user: name)
                try await store.recordAudit(AuditEntry(at: Date(), user: actor, action: "change role", subject: "\(name) to \(role.rawValue)"))
            }
            return .redirect(to: Site.users.path, type: .normal)
        }
        r.post(Site.userThrottleClear, .adminOnly, form: ClearForm.self, done: "Sign-in lock cleared.") { form, request, context in
            let name = (form.name ?? "").trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw HTTPError(.badRequest, message: "Say whose sign-in to clear.") }
            _ = try await clearThrottle(of: name, by: context)
            return .redirect(to: Site.users.path + "?cleared=" + Site.query(name), type: .normal)
        }
        r.post(Site.API.userThrottleClear, .adminOnly) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            let name = context.parameter("id") ?? ""
            let addresses = try await clearThrottle(of: name, by: context)
            return JSONResponse.make(Cleared(user: name, addresses: addresses))
        }
        r.get(Site.audit, .adminOnly) { request, context in
            let filter = request.uri.queryParameters.get("user").map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            let records = try await store.auditRecords(user: filter.isEmpty ? nil : filter, limit: 500)
            return views.response("audit", AuditPage(
                page: PageChrome(title: "Audit log", context: context, section: .admin),
                records: records.map { AuditRow(at: $0.at.formatted(.iso8601), user: $0.user, action: $0.action, subject: $0.subject,
                                                address: $0.address) },
                filter: filter))
        }
    }

    /// A digest address as given: nil when blank, refused when it is not one plain address.
    static func email(_ text: String?) throws -> String? {
        guard let t = text?.trimmingCharacters(in: .whitespaces), !t.isEmpty else { return nil }
        guard SMTPConfiguration.isAddress(t) else { throw FormInvalid("Enter one e-mail address, such as name@council.gov.uk, or leave it empty.", field: "email") }
        return t
    }

    /// Lets a user whose sign-in is being slowed try again at once (the administrator has spoken
    /// to them); audited, with how many addresses were waiting.
    private func clearThrottle(of name: String, by context: AppContext) async throws -> Int {
        let addresses = await throttle.clear(user: name)
        try await store.recordAudit(AuditEntry(at: Date(), user: context.user?.name ?? "", action: "clear sign-in throttle",
                                               subject: "\(AuthController.auditName(name)) (\(addresses) address\(addresses == 1 ? "" : "es"))"))
        return addresses
    }

    private func usersPage(_ context: AppContext, cleared: String? = nil) async throws -> Response {
        let users = try await store.users()
        let waiting = await throttle.waiting()
        return views.response("users", UsersPage(
            page: PageChrome(title: "Users and roles", context: context, section: .admin),
            users: users.map { u in
                UserRow(name: u.name, role: u.role.rawValue, email: u.email ?? "", created: u.createdAt.formatted(.iso8601.year().month().day()),
                        isSelf: u.name == context.user?.name,
                        options: UserRole.allCases.map { RoleOption(value: $0.rawValue, label: $0.rawValue, selected: $0 == u.role) },
                        throttledFrom: waiting[LoginThrottle.key(user: u.name, address: "").user])
            },
            roles: Self.roleLabels.map { RoleOption(value: $0.0.rawValue, label: $0.1, selected: false) }, cleared: cleared))
    }
}
