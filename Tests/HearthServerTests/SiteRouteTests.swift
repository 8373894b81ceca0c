import Testing
@testable import HearthServer

/// A route's links are made from its pattern: the two cannot differ.
@Suite struct SiteRouteTests {
    @Test func aLinkFillsEachParameterInOrderAsOneSafeSegment() {
        #expect(Site.finding("OFS 2024/1", "F#2") == "/programme/inspections/OFS%202024%2F1/findings/F%232")
        #expect(Site.meeting("ib-2026-01-15") == "/programme/meetings/ib-2026-01-15")
        #expect(Site.submission(7) == "/data/submissions/7")
        #expect(Site.workforceTeam("Assessment 1") == "/workforce/teams/Assessment%201")
        #expect(Site.meetingPack("m1", format: "pdf") == "/programme/meetings/m1/pack/board-pack.pdf")
        #expect(Site.drillDown("icpc_15wd", period: "2024-25") == "/indicators/icpc_15wd/children?period=2024-25")
    }

    @Test func aRouteBelowAnotherKeepsItsParameters() {
        #expect(Site.actionNotes.pattern == "/programme/plan/actions/:id/notes")
        #expect(Site.finding.parameters == ["id", "finding"])
        #expect(Site.plan.parameters.isEmpty && Site.plan.path == "/programme/plan")
    }
}
