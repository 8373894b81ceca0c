import ArgumentParser
import Foundation
import HearthApplication
import HearthStore

struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Add and list the web app's users (the first administrator is made here).",
        subcommands: [Add.self, List.self, Email.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a user. The password is read from HEARTH_NEW_PASSWORD, else asked for (never a flag: flags end up in shell history).")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "User name.") var name: String
        @Option(help: "Role: \(UserRole.allCases.map(\.rawValue).joined(separator: ", ")).") var role: String
        @Option(help: "E-mail address for the daily digest of the actions they own (optional).") var email: String?

        func validate() throws {
            guard UserRole(rawValue: role) != nil else {
                throw ValidationError("--role must be one of \(UserRole.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if let email, !SMTPConfiguration.isAddress(email) { throw ValidationError("--email must be one address, such as name@council.gov.uk") }
        }

        func run() async throws {
            let password: String
            if let fromEnvironment = try HearthSettings.process().newPassword {
                password = fromEnvironment
            } else if let typed = getpass("Password for \(name): ") {
                password = String(cString: typed)
            } else {
                throw ValidationError("no password given")
            }
            guard password.count >= 12 else { throw ValidationError("the password must have at least 12 characters") }
            let store = try await database.open()
            do {
                let hash = try await PasswordHasher().hash(password)
                let user = try await store.createUser(NewUser(name: name, role: UserRole(rawValue: role) ?? .viewer, passwordHash: hash))
                if let email { try await store.setEmail(email, forUser: name) }
                try await store.recordAudit(AuditEntry(at: Date(), user: ProcessInfo.processInfo.environment["USER"] ?? "hearth",
                                                       action: "create user", subject: "\(user.name) as \(user.role.rawValue) (command line)"))
                try await store.close()
                print("Added \(user.name) (\(user.role.rawValue)) to \(store.location).")
            } catch {
                try? await store.close()
                throw error
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users and their roles.")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let store = try await database.open()
            let users: [StoredUser]
            do { users = try await store.users() } catch {
                try? await store.close()
                throw error
            }
            try await store.close()
            for user in users {
                print("\(user.name.padding(toLength: 24, withPad: " ", startingAt: 0)) \(user.role.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(user.email ?? "")")
            }
        }
    }

    struct Email: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set (or, with no address, clear) where a user's daily digest is e-mailed.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "User name.") var name: String
        @Argument(help: "E-mail address; leave out to clear it.") var address: String?

        func validate() throws {
            if let address, !SMTPConfiguration.isAddress(address) { throw ValidationError("give one address, such as name@council.gov.uk") }
        }

        func run() async throws {
            let store = try await database.open()
            do {
                guard try await store.user(named: name) != nil else { throw ValidationError("there is no user \(name)") }
                try await store.setEmail(address, forUser: name)
                try await store.recordAudit(AuditEntry(at: Date(), user: ProcessInfo.processInfo.environment["USER"] ?? "hearth",
                                                       action: address == nil ? "clear e-mail" : "set e-mail", subject: "\(name) (command line)"))
                try await store.close()
                print(address == nil ? "\(name) has no digest address now." : "\(name)'s digest goes to the address given.")
            } catch {
                try? await store.close()
                throw error
            }
        }
    }
}
