import Foundation
import HearthCore
import HearthData
import Testing

/// An upload of a local measure's values, written by hand the ways a spreadsheet saves one.
@Suite struct LocalMeasureCSVReaderTests {
    static let at = Date(timeIntervalSince1970: 1_800_000_000)

    static func measure(_ unit: LocalMeasure.Unit = .percentage, countsChildren: Bool = false) -> LocalMeasure {
        LocalMeasure(id: "local_percent_of_staff_who_feel_valued", title: "% of staff who feel valued", definition: "d", unit: unit,
                     polarity: .high, frequency: .quarterly, area: .workforce, owner: "manager", source: "staff survey",
                     boardVisible: true, countsChildren: countsChildren, createdBy: "manager", createdAt: at)
    }

    static func read(_ text: String, _ m: LocalMeasure = measure()) -> StaffingFileResult<LocalMeasureValue> {
        LocalMeasureCSVReader.read(bytes: Array(text.utf8), fileName: "valued.csv", measure: m, enteredBy: "manager", at: at)
    }

    @Test func readsHeadingsInAnyCaseAndOrderWithPeriodsWrittenThreeWays() {
        // Excel's: a title-case heading, the note before the value, "%" typed in a cell, a blank row, CRLF.
        let r = Self.read("Note,Period,Value\r\nSpring survey,2025-26 Q4,58%\r\n,Q1 2026-27,61\r\n,,\r\n\"Autumn, 212 of 331 replied\",2026-27-Q2,64\r\n")
        #expect(r.problems.isEmpty)
        #expect(r.rows.map(\.value) == [58, 61, 64])
        #expect(r.rows.map(\.period.label) == ["Q4 2025-26", "Q1 2026-27", "Q2 2026-27"])
        #expect(r.rows.last?.note == "Autumn, 212 of 331 replied" && r.rows.allSatisfy { $0.enteredBy == "manager" })
    }

    @Test func everyBadRowIsNamedByLineAndColumn() {
        let r = Self.read("period,value\n2026-27 Q1,61\n2026-04,62\nQ2 2026-27,lots\nQ3 2026-27,140\nQ1 2026-27,63\n")
        // Line 3: a month is not a quarter; line 4: not a number; line 5: over 100%; line 6: Q1 again.
        let found = r.problems.map { "\($0.line ?? 0) \($0.field ?? "")" }
        #expect(found == ["3 period", "4 value", "5 value", "6 period"])
        #expect(r.problems.allSatisfy { $0.file == "valued.csv" && $0.severity == .error })
        #expect(r.problems.last?.message.contains("line 2") == true)
    }

    @Test func aMeasureOfChildrenNeedsItsCounts() {
        let m = Self.measure(countsChildren: true)
        let r = Self.read("period,value,numerator,denominator\nQ1 2026-27,80,32,40\nQ2 2026-27,75,,\n", m)
        #expect(r.rows.count == 1 && r.rows.first?.numerator == 32 && r.rows.first?.denominator == 40)
        #expect(Set(r.problems.compactMap(\.field)) == ["numerator", "denominator"] && r.problems.allSatisfy { $0.line == 3 })
    }

    @Test func aFileThatIsNotOneIsRefusedWhole() {
        #expect(Self.read("").hasFatal)
        #expect(Self.read("team,fte\nNorth,3\n").hasFatal)
        #expect(Self.read("period,value\n\"unclosed,1\n").problems.isEmpty == false)
        let binary = LocalMeasureCSVReader.read(bytes: [0xff, 0x00, 0xfe, 0x00, 0x0a], fileName: "x.csv", measure: Self.measure(),
                                                enteredBy: "m", at: Self.at)
        #expect(binary.rows.isEmpty && !binary.problems.isEmpty)
    }

    @Test func theTemplateListsTheLastYearsEndedPeriods() {
        // On 7 December 2026 Q3 is still running: the four quarters ended are Q3 2025-26 to Q2 2026-27.
        let t = LocalMeasureCSVReader.template(Self.measure(), today: Day(iso: "2026-12-07")!)
        #expect(t == "period,value,numerator,denominator,note\nQ3 2025-26,,,,\nQ4 2025-26,,,,\nQ1 2026-27,,,,\nQ2 2026-27,,,,\n")
        // And it reads back, values blank, as nothing to store (each row's value is missing).
        #expect(Self.read(t).rows.isEmpty)
    }
}
