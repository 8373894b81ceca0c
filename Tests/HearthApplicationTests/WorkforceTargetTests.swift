import HearthCore
import HearthIndicators
import Testing
@testable import HearthApplication

/// A workforce measure's target, RAG and direction over the year (`WorkforceTarget`), the one
/// computation behind the workforce page, the pack, the API and a plan action.
///
/// Average length of service, worked by hand. A started 31/03/2020 and B 31/03/2023, both
/// permanent and in post. On 31/03/2025: A 1,826 days (29/02/2024 between), B 731 days →
/// (1,826 + 731) ÷ 365.25 ÷ 2 = 2,557 ÷ 730.5 = 3.5003 years. A year before, 31/03/2024: A
/// 1,461 days (29/02/2024 again), B 366 → 1,827 ÷ 730.5 = 2.5010 years. The change, +0.9993,
/// is an improvement (longer service is better) unless a target's half-tolerance exceeds it.
@Suite struct WorkforceTargetTests {
    private static func day(_ s: String) -> Day { Day(iso: s)! }
    private static let staff = [
        StaffMember(staffID: "A", team: "CP", contract: .permanent, fte: 1, role: nil, startDate: day("2020-03-31")),
        StaffMember(staffID: "B", team: "CP", contract: .permanent, fte: 1, role: nil, startDate: day("2023-03-31")),
    ]
    let now = WorkforceReport(WorkforceSnapshot(date: day("2025-03-31"), teams: [], staff: staff))
    let before = WorkforceReport(WorkforceSnapshot(date: day("2024-03-31"), teams: [], staff: staff))
    let service = WorkforceIndicator.profile.first { $0.id == "sw_average_service" }!

    private func standing(_ targets: [IndicatorTarget], _ disclosure: Disclosure = .exact) -> WorkforceTarget {
        WorkforceTarget(service, report: now, earlier: before, benchmark: nil, targets: TargetSet(targets), disclosure: disclosure)
    }

    @Test func theValuesAreTheHandWorkedOnes() {
        #expect(abs((service.value(now) ?? 0) - 2_557 / 730.5) < 1e-9)
        #expect(abs((service.value(before) ?? 0) - 1_827 / 730.5) < 1e-9)
    }

    @Test func noTargetNoRAGButADirection() {
        let t = standing([])
        #expect(t.rag == .neutral && t.target == nil && t.text(service) == "–")
        // No target: a change beyond 1% of the year-earlier value (0.025 years) counts.
        #expect(t.direction == .improving && t.directionText == "Improving")
        #expect(t.shown == "3.5 years")
    }

    @Test func againstATargetOfThreeYears() {
        let t = standing([IndicatorTarget(id: "sw_average_service", target: 3, tolerance: 0.5, source: "set in Hearth")])
        #expect(t.rag == .green && t.text(service) == "3.0 years")
        let short = standing([IndicatorTarget(id: "sw_average_service", target: 4, tolerance: 0.6, source: "set in Hearth")])
        // 0.4997 short of 4, within 0.6 → amber.
        #expect(short.rag == .amber)
        let far = standing([IndicatorTarget(id: "sw_average_service", target: 4, tolerance: 0.25, source: "set in Hearth")])
        #expect(far.rag == .red)
    }

    @Test func aChangeWithinHalfTheToleranceIsNoRealChange() {
        let t = standing([IndicatorTarget(id: "sw_average_service", target: 3, tolerance: 2.5, source: "set in Hearth")])
        #expect(t.direction == .stable && t.directionText == "No real change")
    }

    @Test func withNoYearBeforeThereIsNoDirection() {
        let t = WorkforceTarget(service, report: now, earlier: nil, benchmark: nil, targets: TargetSet(), disclosure: .exact)
        #expect(t.direction == .notApplicable && t.directionText == "–")
    }

    /// Two people averaged: boards see "c", and neither a RAG nor a direction that would narrow it.
    @Test func aWithheldFigureTakesNoRAGOrDirection() {
        let t = standing([IndicatorTarget(id: "sw_average_service", target: 3, tolerance: 0.5, source: "set in Hearth")], .aggregate)
        #expect(t.withheld && t.shown == "c")
        #expect(t.rag == .neutral && t.direction == .notApplicable)
    }
}
