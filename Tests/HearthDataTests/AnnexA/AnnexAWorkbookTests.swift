import Foundation
import HearthCore
import Testing
@testable import HearthData

@Suite struct AnnexAWorkbookTests {
    @Test func roundTripsEveryListThroughAWorkbook() throws {
        // Given two full records on every list
        let annexA = AnnexAFixtures.fullAnnexA

        // When written as a workbook and read back
        let data = try AnnexAWriter.workbook(annexA)
        let result = AnnexAWorkbookReader.read(data: data, fileName: "annex-a.xlsx")

        // Then
        #expect(result.problems.isEmpty)
        #expect(result.annexA == annexA)
        #expect(try XLSXReader(data: data).sheetNames == AnnexAList.allCases.map { "List \($0.rawValue)" })
    }

    @Test func writesAnEmptyListAsItsHeadingRow() throws {
        // Given no records at all
        let data = try AnnexAWriter.workbook(AnnexA(records: [:]))

        // When
        let rows = try XLSXReader(data: data).rows(inSheet: "List 11")

        // Then
        #expect(rows.count == 1)
        #expect(rows.first?.cells.first == .text("Individual adopter identifier"))
    }

    @Test func recognisesSheetsByHeadingsAndCitesSheetAndRowInProblems() throws {
        // Given a sheet called "Refs" with a title row above the headings, an unstyled serial
        // date, and an impossible date on sheet row 4
        let spec = AnnexAColumns.referrals
        let title: [XLSXCellValue?] = [.text("Referrals in the six months to 31/03/2025")]
        let good: [XLSXCellValue?] = [.text("C1"), .text("a) Male"), .text("WBRI"), .number(42000), .number(10),
                                      .number(45658), .text("6"), .text("b) No"), .number(0), .text("Team A"), .text("W1")]
        var bad = good
        bad[0] = .text("C2")
        bad[5] = .text("31/02/2025")
        let data = try XLSXWriter.data([
            XLSXSheet(name: "Cover", rows: [[.text("Annex A for inspection")]]),
            XLSXSheet(name: "Refs", rows: [title, spec.headings.map { .text($0) }, good, bad]),
        ])

        // When
        let result = AnnexAWorkbookReader.read(data: data, fileName: "annex.xlsx")

        // Then
        #expect(result.lists == [.referrals])
        #expect(result.records.first?.date == Day(year: 2025, month: 1, day: 1))
        #expect(result.records.first?.birthDate == Day(excelSerial: 42000))
        let dateProblem = try #require(result.problems.first { $0.severity == .error })
        #expect(dateProblem.element == "Refs")
        #expect(dateProblem.line == 4)
        #expect(dateProblem.field == "Date of referral")
        #expect(result.problems.contains { $0.severity == .warning && $0.element == "Cover" })
    }

    @Test func failsAWorkbookWithNoAnnexASheet() throws {
        let data = try XLSXWriter.data([XLSXSheet(name: "Sheet1", rows: [[.text("Name"), .text("Score")]])])
        let result = AnnexAWorkbookReader.read(data: data, fileName: "other.xlsx")
        #expect(result.hasFatal)
        #expect(result.records.isEmpty)
    }

    @Test func failsBytesThatAreNotAWorkbookWithoutCrashing() {
        let result = AnnexAWorkbookReader.read(data: Data([0x50, 0x4B, 0x03, 0x04, 0x00]), fileName: "broken.xlsx")
        #expect(result.hasFatal)
        #expect(result.problems.first?.message.contains("not an Excel workbook") == true)
    }
}
