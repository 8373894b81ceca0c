import Foundation
import HearthCore
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// Every route, with every role and with none: exactly the roles its rule names get through.
@Suite struct RouteAccessTests {
    /// On a fixture of its own: the test posts to every route (sign-out, re-compute, user changes,
    /// uploads), which must not reach the shared store other tests read. Halton's returns at
    /// Rutland's volumes (a fifth of the children): what a role may reach does not depend on how
    /// many children there are, and every re-compute and drill-down it asks for is five times quicker.
    @Test func everyRouteAnswersEveryRoleAsItsRuleSays() async throws {
        let f = try await ServerFixture.make(modelledOn: "857")
        try await ServerFixture.closing(f.store) { try await Self.everyRouteAnswersEveryRoleAsItsRuleSays(f) }
    }

    static func everyRouteAnswersEveryRoleAsItsRuleSays(_ f: ServerFixture) async throws {
        let entries = f.routes.entries
        #expect(entries.count >= 20)
        let sessions = try await f.freshSessions()
        try await f.withClient { client in
            for entry in entries {
                let uri = f.concrete(entry.path)
                for role in [nil] + UserRole.allCases.map(Optional.some) {
                    let allowed = entry.access.access.allows(role)
                    // Sign-out ends the session it is sent with; later routes need one that still lives.
                    let live = entry.path == Site.signOut.path ? try await f.freshSessions() : sessions
                    var headers = f.headers(role, sessions: live)
                    var body: ByteBuffer?
                    if entry.method == "POST" {
                        // A valid CSRF token and an empty form: allowed roles meet validation, not a refusal.
                        headers[.contentType] = "application/x-www-form-urlencoded"
                        body = ByteBuffer(string: "_csrf=\(ServerFixture.csrf)")
                        headers[.csrfToken] = ServerFixture.csrf
                    }
                    let response = try await client.execute(uri: uri, method: .init(entry.method)!, headers: headers, body: body)
                    let who = role?.rawValue ?? "anonymous"
                    if allowed {
                        // Sign-in answers wrong credentials with 401 and sign-out ends at the sign-in page:
                        // those are the routes' own answers, not the access rule's.
                        let refused = response.status == .forbidden
                            || (response.status == .unauthorized && entry.path != Site.signInPath.path)
                            || (response.headers[.location]?.hasPrefix("/sign-in") == true && entry.path != Site.signOut.path && entry.path != Site.login.path)
                        #expect(!refused, "\(entry.method) \(uri) refused \(who): \(response.status)")
                        #expect(response.status.code < 500, "\(entry.method) \(uri) failed for \(who): \(String(buffer: response.body).prefix(300))")
                    } else if role == nil {
                        if entry.isAPI {
                            #expect(response.status == .unauthorized, "\(uri) for anonymous: \(response.status)")
                        } else {
                            #expect(response.status == .seeOther && response.headers[.location]?.hasPrefix("/sign-in") == true,
                                    "\(entry.method) \(uri) for anonymous: \(response.status)")
                        }
                    } else {
                        #expect(response.status == .forbidden, "\(entry.method) \(uri) let \(who) in: \(response.status)")
                    }
                }
            }
        }
    }

    /// The contributor's rule is the role and the owner: on every route that reports on an action
    /// (the page's progress and evidence forms, the API), another owner's action is refused with
    /// 403 and left as it was, while the plan's editors may write to it.
    @Test func aContributorCannotUpdateAnotherOwnersAction() async throws {
        let f = try await ServerFixture.make(years: [])
        try await ServerFixture.closing(f.store) {
            // Given action 1.2, owned by the manager (1.1 is the contributor's)
            try await f.store.updatePlan(version: 1, authority: "876") { plan in
                plan.actions.append(PlanAction(id: "1.2", priorityID: "P1", title: "Manager's action", owner: "Head of Service",
                                               ownerUser: "manager", due: Day(iso: "2027-03-31")!))
            }
            let scoped = f.routes.entries.filter { $0.access.access == .ownActions && $0.path.contains("/actions/:id") }
            #expect(scoped.count == 3, "\(scoped.map(\.path))")
            try await f.withClient { client in
                for entry in scoped {
                    let uri = entry.path.replacingOccurrences(of: ":id", with: "1.2")
                    for (role, refused) in [(UserRole.contributor, true), (.manager, false), (.admin, false)] {
                        var headers = f.headers(role)
                        headers[.csrfToken] = ServerFixture.csrf
                        let body: String
                        if entry.isAPI {
                            headers[.contentType] = "application/json"
                            body = #"{"text":"Progress"}"#
                        } else {
                            headers[.contentType] = "application/x-www-form-urlencoded"
                            body = "_csrf=\(ServerFixture.csrf)&text=Progress&kind=document&title=Audit&location=SharePoint"
                        }
                        let r = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
                        if refused {
                            #expect(r.status == .forbidden, "\(uri) let \(role.rawValue) update the manager's action: \(r.status)")
                        } else {
                            #expect(r.status == .seeOther || r.status == .created, "\(uri) for \(role.rawValue): \(r.status)")
                        }
                    }
                }
            }
            // Only the editors' writes landed: two notes (page and API, manager and admin) and two pieces of evidence
            let action = try #require(try await f.store.programme(authority: "876").currentPlan?.actions.first { $0.id == "1.2" })
            #expect(action.progress.map(\.author).sorted() == ["admin", "admin", "manager", "manager"])
            #expect(action.evidence.count == 2)
        }
    }

    @Test func boardAndViewerNeverReceiveAChildIdentifier() async throws {
        let f = try await ServerFixture.shared()
        #expect(f.childIDs.count > 1000)
        let gets = f.routes.entries.filter { $0.method == "GET" }
        try await f.withClient { client in
            for role in [UserRole.board, .viewer] {
                var uris = gets.map { f.concrete($0.path) }
                // Every indicator page and its API answer too, not only the one the pattern names.
                for id in ["referrals_rate", "icpc_15wd", "cla_rate", "placement_stability_3plus", "care_leavers_eet_19_21"] {
                    uris += ["/indicators/\(id)", "/api/v1/indicators/\(id)", "/indicators/\(id)/figures.csv"]
                }
                for uri in uris {
                    let response = try await client.execute(uri: uri, method: .get, headers: f.headers(role))
                    let text = String(buffer: response.body)
                    let leaked = Self.identifiers(in: text).filter(f.childIDs.contains)
                    #expect(leaked.isEmpty, "\(uri) showed \(role.rawValue) \(leaked.count) child identifiers")
                }
            }
        }
    }

    /// Word-like tokens of a page: child identifiers are letters and digits.
    static func identifiers(in text: String) -> Set<String> {
        Set(text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init))
    }

    @Test func childLevelRolesDoSeeTheDrillDownAndEachViewIsAudited() async throws {
        let f = try await ServerFixture.shared()
        try await f.withClient { client in
            let response = try await client.execute(uri: "/indicators/rereferrals_12m/children?period=2024-25", method: .get, headers: f.headers(.manager))
            #expect(response.status == .ok)
            let text = String(buffer: response.body)
            #expect(!Self.identifiers(in: text).filter(f.childIDs.contains).isEmpty)
        }
        let audit = try await f.store.auditRecords(user: "manager", limit: 50)
        #expect(audit.contains { $0.action == "view child-level list" && $0.subject.hasPrefix("drill-down rereferrals_12m 2024-25") })
        // The audit names the list, never a child.
        #expect(audit.allSatisfy { Self.identifiers(in: $0.subject).isDisjoint(with: f.childIDs) })
    }
}
