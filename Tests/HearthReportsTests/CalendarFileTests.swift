import Foundation
import HearthCore
import Testing
@testable import HearthReports

/// The calendar file against RFC 5545: CRLF lines of at most 75 octets, all-day events that end
/// the day after they start, text escaped, and only open dated actions.
@Suite struct CalendarFileTests {
    static func day(_ s: String) -> Day { Day(iso: s)! }

    static let programme = Programme(authority: "876", plans: [ImprovementPlan(
        version: 1, title: "Plan", priorities: [Priority(id: "P1", title: "Workforce; stability, and pay")],
        actions: [
            PlanAction(id: "1.1", priorityID: "P1", title: "Recruit team managers, and keep them; then review the whole of the pay and reward offer for social workers in every team",
                       owner: "HoS", ownerUser: "hos", due: day("2026-12-31")),
            PlanAction(id: "1.2", priorityID: "P1", title: "Done already", owner: "HoS", ownerUser: "hos", due: day("2026-12-01"), status: .complete),
        ])],
        boards: [Board(id: "IB", kind: .improvement, name: "Improvement board", chair: "Chair")],
        meetings: [Meeting(id: "IB-1", boardID: "IB", date: day("2026-11-20"), actionsArising: [
            ActionArising(id: "IB-1-a1", text: "Bring the agency spend", owner: "HoS", ownerUser: "hos", due: day("2027-01-04")),
            ActionArising(id: "IB-1-a2", text: "No date", owner: "HoS", ownerUser: "hos"),
        ])])

    @Test func oneAllDayEventPerOpenDatedAction() throws {
        let text = CalendarFile.write(OwnedActions(user: "hos", programme: Self.programme), authority: "876", stamp: "20261207T070000Z")
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        // Every line ends CRLF and is at most 75 octets (a folded line continues with one space)
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") && !$0.contains("\r") })
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        // 1.1 and the dated action arising: not the complete one, not the undated one
        #expect(unfolded.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2)
        #expect(unfolded.contains("UID:action-1.1-876@hearth\r\n"))
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"))
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20270104\r\nDTEND;VALUE=DATE:20270105\r\n"))
        // Commas and semicolons in text are escaped
        #expect(unfolded.contains("SUMMARY:Due: action 1.1 – Recruit team managers\\, and keep them\\; then review"))
        #expect(unfolded.contains("DESCRIPTION:Plan action 1.1\\, Priority P1: Workforce\\; stability\\, and pay."))
        #expect(unfolded.contains("DESCRIPTION:Action arising IB-1-a1\\, Improvement board (meeting of 20/11/2026)."))
        #expect(!unfolded.contains("Done already") && !unfolded.contains("No date"))
    }

    @Test func foldingNeverSplitsACharacter() {
        let line = "SUMMARY:" + String(repeating: "é", count: 60)
        let folded = CalendarFile.fold(line)
        #expect(folded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
    }
}
