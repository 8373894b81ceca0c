import Foundation
import HearthCore
import Testing

/// A local measure's id, its periods as people write them, the checks on a value, and which
/// target setting is in force on a day.
@Suite struct LocalMeasureTests {
    static func measure(_ unit: LocalMeasure.Unit, _ frequency: LocalMeasure.Frequency = .quarterly,
                        countsChildren: Bool = false) -> LocalMeasure {
        LocalMeasure(id: "local_m", title: "M", definition: "d", unit: unit, polarity: .high, frequency: frequency, area: .other,
                     owner: "manager", source: "", boardVisible: true, countsChildren: countsChildren, createdBy: "manager",
                     createdAt: Date(timeIntervalSince1970: 0))
    }

    @Test func theIdIsASlugOfTheTitleWithPercentAsAWord() {
        #expect(LocalMeasure.id(forTitle: "% of staff who feel valued") == "local_percent_of_staff_who_feel_valued")
        #expect(LocalMeasure.id(forTitle: "Contacts decided within 1 working day (front door)") == "local_contacts_decided_within_1_working_day_front_door")
        #expect(LocalMeasure.id(forTitle: "  ¿¿  ") == "local_measure")
        #expect(LocalMeasure.id(forTitle: String(repeating: "a", count: 300)).count == "local_".count + 60)
    }

    @Test func periodsAreReadAsPeopleWriteThem() {
        let q = LocalMeasure.Frequency.quarterly
        // Quarter 1 of 2026-27 is April to June 2026, however it is written.
        for text in ["2026-27 Q1", "Q1 2026-27", "2026-27-Q1", "q1 2026-27", "2026-05-17", "Q1 2026/27", "30/06/2026"] {
            let p = q.period(parsing: text)
            #expect(p?.start == Day(iso: "2026-04-01") && p?.end == Day(iso: "2026-06-30"), "\(text)")
        }
        // Quarter 4 is January to March of the year's second calendar year.
        #expect(q.period(parsing: "2025-26 Q4")?.start == Day(iso: "2026-01-01"))
        // A month or a year is not a quarter; nonsense is nothing.
        #expect(q.period(parsing: "2026-04") == nil && q.period(parsing: "2026-27") == nil && q.period(parsing: "Q5 2026-27") == nil)
        #expect(q.period(parsing: "soon") == nil && q.period(parsing: "") == nil)
        #expect(LocalMeasure.Frequency.monthly.period(parsing: "2026-04")?.end == Day(iso: "2026-04-30"))
        for text in ["April 2026", "Apr 2026", "apr 2026", "01/04/2026"] {
            #expect(LocalMeasure.Frequency.monthly.period(parsing: text)?.start == Day(iso: "2026-04-01"), "\(text)")
        }
        #expect(LocalMeasure.Frequency.monthly.period(parsing: "Smarch 2026") == nil && q.period(parsing: "April 2026") == nil)
        #expect(LocalMeasure.Frequency.annual.period(parsing: "2026/27")?.end == Day(iso: "2027-03-31"))
        #expect(LocalMeasure.Frequency.annual.period(parsing: "2026-27")?.end == Day(iso: "2027-03-31"))
        #expect(LocalMeasure.Frequency.annual.period(parsing: "2027-02-28")?.label == "2026-27")
        // Written back as the template writes it.
        #expect(q.text(q.period(containing: Day(iso: "2026-12-07")!)) == "Q3 2026-27")
        #expect(LocalMeasure.Frequency.monthly.text(LocalMeasure.Frequency.monthly.period(containing: Day(iso: "2026-12-07")!)) == "2026-12")
    }

    @Test func aValueIsCheckedForItsUnitAndItsChildren() {
        #expect(Self.measure(.percentage).problems(value: 72, numerator: nil, denominator: nil).isEmpty)
        #expect(Self.measure(.percentage).problems(value: 101, numerator: nil, denominator: nil).map(\.field) == ["value"])
        #expect(Self.measure(.count).problems(value: 2.5, numerator: nil, denominator: nil).map(\.field) == ["value"])
        #expect(Self.measure(.money).problems(value: -1200, numerator: nil, denominator: nil).isEmpty)
        // A percentage of children needs the children counted and those it is of, which must agree with it.
        let children = Self.measure(.percentage, countsChildren: true)
        #expect(Set(children.problems(value: 80, numerator: nil, denominator: nil).map(\.field)) == ["numerator", "denominator"])
        #expect(children.problems(value: 80, numerator: 32, denominator: 40).isEmpty)
        // 32 of 40 is 80%, not 90%; 41 of 40 is impossible; half a child is not a child.
        #expect(children.problems(value: 90, numerator: 32, denominator: 40).map(\.field) == ["value"])
        #expect(children.problems(value: 100, numerator: 41, denominator: 40).map(\.field) == ["numerator"])
        #expect(children.problems(value: 50, numerator: 1.5, denominator: 3).map(\.field).contains("numerator"))
        // A count of children is its own count.
        #expect(Self.measure(.count, countsChildren: true).problems(value: 3, numerator: nil, denominator: nil).isEmpty)
        #expect(Self.measure(.percentage).problems(value: .nan, numerator: nil, denominator: nil).map(\.field) == ["value"])
    }

    @Test func theTargetInForceIsTheLatestFromOnOrBeforeTheDay() {
        func s(_ target: Double, from: String, setAt: TimeInterval) -> TargetSetting {
            TargetSetting(indicatorID: "x", target: target, tolerance: 2, from: Day(iso: from)!, reason: "r", setBy: "m",
                          setAt: Date(timeIntervalSince1970: setAt))
        }
        // 70 from April; 75 from next April (set later, not yet in force); a correction of April's to 72 made afterwards.
        let settings = [s(70, from: "2026-04-01", setAt: 1), s(75, from: "2027-04-01", setAt: 2), s(72, from: "2026-04-01", setAt: 3)]
        #expect(TargetSetting.inForce(settings, on: Day(iso: "2026-03-31")!)["x"] == nil)
        #expect(TargetSetting.inForce(settings, on: Day(iso: "2026-12-07")!)["x"]?.target == 72)
        #expect(TargetSetting.inForce(settings, on: Day(iso: "2027-04-01")!)["x"]?.target == 75)
    }

    @Test func theValueOfRecordOfAPeriodIsTheLatestEntered() {
        let p = ReportingPeriod.quarter(1, ofYearEnding: 2027)!
        func v(_ value: Double, at: TimeInterval) -> LocalMeasureValue {
            LocalMeasureValue(measureID: "m", period: p, value: value, enteredBy: "m", enteredAt: Date(timeIntervalSince1970: at))
        }
        #expect(LocalMeasureValue.current([v(60, at: 1), v(61, at: 2)]).map(\.value) == [61])
        #expect(LocalMeasureValue.current([v(61, at: 2), v(60, at: 1)]).map(\.value) == [61])
    }
}
