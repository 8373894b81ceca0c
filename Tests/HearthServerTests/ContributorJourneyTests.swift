import Foundation
@testable import HearthApplication
import HearthCore
import HearthStore
import HearthTestSupport
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// Issue 22, part 4, as the people do it in the web app and the API: a manager names a head of
/// service (the `contributor` user) as the owner of actions; the contributor sees them under My
/// actions, reports progress on their own and is refused on another's; the secretary names them
/// on an action arising, which they close; the daily digest reaches them by e-mail (a real SMTP
/// server, aiosmtpd) with a calendar file, and once a day only.
@Suite(.serialized) struct ContributorJourneyTests {
    static func form(_ client: any TestClientProtocol, _ f: ServerFixture, _ uri: String, _ role: UserRole,
                     _ fields: [(String, String)]) async throws -> TestResponse {
        try await LocalMeasureJourneyTests.form(client, f, uri, role, fields)
    }

    static func json(_ client: any TestClientProtocol, _ f: ServerFixture, _ uri: String, _ role: UserRole, _ body: String) async throws -> TestResponse {
        var headers = f.headers(role)
        headers[.contentType] = "application/json"
        headers[.csrfToken] = ServerFixture.csrf
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    @Test(.enabled(if: SMTPSink.shouldRun)) func aHeadOfServiceReportsOnTheirOwnActionsAndHearsOfWhatIsDue() async throws {
        let sink = try await SMTPSink()
        defer { sink.stop() }
        // The seeded programme only (no returns): action 1.1 is the contributor's, due 31 March 2027.
        let f = try await ServerFixture.make(years: [])
        var configuration = ServerConfiguration()
        configuration.smtp = SMTPConfiguration(host: "127.0.0.1", port: sink.port, from: "hearth@council.gov.uk")
        configuration.publicURL = "https://hearth.council.example"
        let (_, router, _) = try await ServerFixture.makeApp(f.store, configuration: configuration)
        let today = ProgrammeClock.live.today()
        try await ServerFixture.closing(f.store) {
            try await Application(responder: router.buildResponder()).test(.router) { client in
                // A manager adds 1.2 for the head of service, due yesterday, and 1.3 of their own, due in five days.
                for (title, owner, due) in [("Review every child's care plan", "contributor", today.adding(days: -1)),
                                            ("Brief the lead member", "manager", today.adding(days: 5))] {
                    let made = try await Self.form(client, f, Site.actions.path, .manager, [
                        ("priority", "P1"), ("title", title), ("owner", "Head of Service"), ("owner_user", owner), ("due", due.iso)])
                    #expect(made.status == .seeOther, "\(String(buffer: made.body).prefix(300))")
                }
                // A board member cannot own one
                let refusedOwner = try await Self.form(client, f, Site.actions.path, .manager, [
                    ("priority", "P1"), ("title", "x"), ("owner", "x"), ("owner_user", "board"), ("due", today.iso)])
                #expect(refusedOwner.status == .unprocessableContent)
                var plan = try #require(try await f.store.programme(authority: "876").currentPlan)
                #expect(plan.actions.map(\.ownerUser) == ["contributor", "contributor", "manager"])
                // The secretary records an action arising for the head of service, and one for the manager
                for owner in ["contributor", "manager"] {
                    let arising = try await Self.form(client, f, Site.meetingArising(ServerFixture.meeting), .secretary, [
                        ("text", "Bring the audit of care plans"), ("owner", "Head of Service"), ("owner_user", owner), ("due", today.adding(days: 3).iso)])
                    #expect(arising.status == .seeOther)
                }

                // My actions shows the contributor their three, not the manager's
                let mine = String(buffer: try await LocalMeasureJourneyTests.get(client, f, Site.myActions.path, .contributor).body)
                #expect(mine.contains("Review every child&#39;s care plan") || mine.contains("Review every child's care plan"))
                #expect(mine.contains("Seeded action") && mine.contains("\(ServerFixture.meeting)-a1"))
                #expect(!mine.contains("Brief the lead member") && !mine.contains("\(ServerFixture.meeting)-a2"))
                #expect(mine.contains("<strong>1</strong> overdue; <strong>1</strong> due in the next 14 days"))

                // Progress on their own action lands, with the status it leaves, and goes back to My actions
                let note = try await Self.form(client, f, Site.actionNotes("1.2"), .contributor, [
                    ("text", "Half the plans reviewed"), ("status", "in progress"), ("back", "/my-actions#item-1.2")])
                #expect(note.status == .seeOther && note.headers[.location] == "/my-actions#item-1.2")
                // On the manager's action, the page and the API refuse it and nothing changes
                let theirs = try await Self.form(client, f, Site.actionNotes("1.3"), .contributor, [("text", "Not mine"), ("status", "complete")])
                #expect(theirs.status == .forbidden)
                let evidence = try await Self.form(client, f, Site.actionEvidence("1.3"), .contributor, [
                    ("kind", "link"), ("title", "Not mine"), ("location", "https://example.org")])
                #expect(evidence.status == .forbidden)
                let api = try await Self.json(client, f, Site.API.actionProgress("1.3"), .contributor, #"{"text":"Not mine"}"#)
                #expect(api.status == .forbidden)
                // Nor may they edit their own action's title or date: that is the plan's editors' to do
                let edit = try await Self.form(client, f, Site.action("1.2"), .contributor, [("title", "Changed"), ("owner", "x"), ("due", today.iso)])
                #expect(edit.status == .forbidden)
                let viaAPI = try await Self.json(client, f, Site.API.actionProgress("1.2"), .contributor, #"{"text":"All plans reviewed","status":"complete"}"#)
                #expect(viaAPI.status == .created)
                plan = try #require(try await f.store.programme(authority: "876").currentPlan)
                let done = try #require(plan.actions.first { $0.id == "1.2" })
                #expect(done.progress.map(\.text) == ["Half the plans reviewed", "All plans reviewed"])
                #expect(done.progress.allSatisfy { $0.author == "contributor" })
                #expect(done.status == .complete && done.completed == today)
                #expect(plan.actions.first { $0.id == "1.3" }?.progress.isEmpty == true && plan.actions.first { $0.id == "1.3" }?.status == .notStarted)

                // They close their own action arising, not the manager's
                let other = try await Self.form(client, f, Site.arisingDone.path, .contributor, [
                    ("meeting", ServerFixture.meeting), ("arising", "\(ServerFixture.meeting)-a2"), ("confirm", "yes")])
                #expect(other.status == .forbidden)
                let closed = try await Self.form(client, f, Site.arisingDone.path, .contributor, [
                    ("meeting", ServerFixture.meeting), ("arising", "\(ServerFixture.meeting)-a1"), ("back", "/my-actions"), ("confirm", "yes")])
                #expect(closed.status == .seeOther && closed.headers[.location] == "/my-actions")
                let meeting = try await f.store.programme(authority: "876").meetings.first { $0.id == ServerFixture.meeting }
                #expect(meeting?.actionsArising.map { $0.done != nil } == [true, false])

                // The administrator gives the head of service an address; the manager has none
                let email = try await Self.form(client, f, Site.userChange.path, .admin, [("name", "contributor"), ("action", "email"),
                                                                                          ("email", "head.of.service@council.gov.uk")])
                #expect(email.status == .seeOther)
                // The manager makes the day's digest: 1.3 and the manager's action arising are due soon for the manager
                // (outbox only); the contributor has nothing overdue or due soon now (1.2 complete, a1 done, 1.1 in March)...
                // so give them something: the manager moves 1.1 to tomorrow.
                let stamp = EditStamp.action(try #require(plan.actions.first { $0.id == "1.1" }))
                let moved = try await Self.form(client, f, Site.action("1.1"), .manager, [
                    ("title", "Seeded action"), ("owner", "DCS"), ("due", today.adding(days: 1).iso), ("status", "not started"), ("seen", stamp)])
                #expect(moved.status == .seeOther, "\(String(buffer: moved.body).prefix(300))")
                // An owner field left out of the form leaves the owner as it was
                #expect(try await f.store.programme(authority: "876").currentPlan?.actions.first?.ownerUser == "contributor")
                // Yesterday's message, made when no relay was set, is not sent beside today's: today's replaces it.
                let yesterday = try await f.store.queueMessages([OutboxMessage.New(
                    day: today.adding(days: -1).iso, recipient: "contributor", address: "head.of.service@council.gov.uk",
                    subject: "Yesterday's digest", body: "Old\n", calendar: "", items: 1)], at: Date(), authority: "876")
                let run = try await Self.form(client, f, Site.outboxRun.path, .manager, [])
                #expect(run.status == .seeOther)
                let received = try sink.received()
                try #require(received.count == 1)
                #expect(received[0].to == ["head.of.service@council.gov.uk"])
                #expect(received[0].content.contains("filename=\"hearth-actions.ics\""))
                #expect(!received[0].content.contains("Yesterday"))
                let outbox = try await f.store.outbox(recipient: nil, limit: 10, authority: "876").filter { $0.id != yesterday.first?.id }
                #expect(try await f.store.outboxMessage(id: yesterday.first?.id ?? 0, authority: "876")?.sentAt == nil)
                #expect(Set(outbox.map(\.recipient)) == ["contributor", "manager"])
                let theirs2 = try #require(outbox.first { $0.recipient == "contributor" })
                #expect(theirs2.sentAt != nil && theirs2.items == 1 && theirs2.body.contains("Action 1.1: Seeded action"))
                // The message links to My actions, on a line of its own
                #expect(theirs2.body.contains("\nhttps://hearth.council.example/my-actions\n"))
                #expect(theirs2.calendar.contains("DTSTART;VALUE=DATE:\(today.adding(days: 1).iso.filter { $0 != "-" })"))
                let managers = try #require(outbox.first { $0.recipient == "manager" })
                #expect(managers.address == nil && managers.sentAt == nil && managers.items == 2)

                // A second run the same day makes and sends nothing more
                _ = try await Self.form(client, f, Site.outboxRun.path, .manager, [])
                #expect(try sink.received().count == 1)
                #expect(try await f.store.outbox(recipient: nil, limit: 10, authority: "876").count == 3)

                // The contributor's outbox is their own; the manager's message is not there for them
                let page = String(buffer: try await LocalMeasureJourneyTests.get(client, f, Site.outbox.path, .contributor).body)
                #expect(page.contains("Your improvement actions: 1 due soon") && !page.contains(">manager<"))
                #expect(page.contains("not sent on its day (no mail relay then)"))
                #expect(try await LocalMeasureJourneyTests.get(client, f, Site.outboxMessage(String(managers.id)), .contributor).status == .notFound)
                #expect(try await LocalMeasureJourneyTests.get(client, f, Site.outboxMessage(String(managers.id)), .manager).status == .ok)
                // Their calendar file holds the open dated action
                let ics = try await LocalMeasureJourneyTests.get(client, f, Site.myActionsCalendar.path, .contributor)
                #expect(ics.headers[.contentType] == "text/calendar; charset=utf-8")
                #expect(String(buffer: ics.body).contains("UID:action-1.1-876@hearth"))
                // The API says the same
                let apiMine = String(buffer: try await LocalMeasureJourneyTests.get(client, f, Site.API.myActions.path, .contributor).body)
                #expect(apiMine.contains(#""user":"contributor""#) && apiMine.contains(#""id":"1.2""#) && !apiMine.contains(#""id":"1.3""#))
                let apiOutbox = String(buffer: try await LocalMeasureJourneyTests.get(client, f, Site.API.outbox.path, .contributor).body)
                #expect(apiOutbox.contains(#""recipient":"contributor""#) && !apiOutbox.contains(#""recipient":"manager""#)
                    && !apiOutbox.contains("head.of.service@"))
            }
        }
    }

    /// While a refresh of the plan is drafted, the board still reads the version in force: an
    /// owner's progress and evidence go to both, so the board sees them now and the refresh
    /// carries them when it is approved.
    @Test func progressDuringARefreshReachesThePlanInForceAndTheDraft() async throws {
        let f = try await ServerFixture.make(years: [])
        try await ServerFixture.closing(f.store) {
            // Given version 1 in force (approved) and version 2 started as a refresh, a draft
            let v1 = try #require(try await f.store.programme(authority: "876").currentPlan)
            try await f.store.savePlan(ImprovementPlan(version: 2, title: "Refreshed", approved: nil, priorities: v1.priorities,
                                                       actions: v1.actions), authority: "876")
            try await f.withClient { client in
                // When the contributor reports on their action 1.1, and adds evidence
                let note = try await Self.form(client, f, Site.actionNotes("1.1"), .contributor, [("text", "Started the audit"), ("status", "in progress")])
                #expect(note.status == .seeOther)
                let evidence = try await Self.form(client, f, Site.actionEvidence("1.1"), .contributor, [
                    ("kind", "document"), ("title", "Audit plan"), ("location", "SharePoint: Improvement/Audit")])
                #expect(evidence.status == .seeOther)
            }
            // Then both versions hold them, and the audit names both
            let plans = try await f.store.programme(authority: "876").plans
            #expect(plans.map(\.version) == [1, 2])
            for plan in plans {
                let action = try #require(plan.actions.first { $0.id == "1.1" })
                #expect(action.progress.map(\.text) == ["Started the audit"] && action.status == .inProgress, "version \(plan.version)")
                #expect(action.evidence.map(\.title) == ["Audit plan"], "version \(plan.version)")
            }
            let audit = try await f.store.auditRecords(user: "contributor", limit: 10)
            #expect(audit.contains { $0.action == "add progress note" && $0.subject == "1.1 of plan versions 1 and 2" })
        }
    }
}
