import Foundation
import HearthCore
import Testing
@testable import HearthData

/// The generated Annex A lists read back through the readers as a real return would: every
/// template column the generator fills, in values the template accepts, with no problems.
@Suite struct AnnexAGeneratorTests {
    private let to = Day(year: 2025, month: 3, day: 31)!

    /// Columns blank by design for some rows (not yet happened, or only for some children).
    /// Every other column must be filled on at least 90% of a list's rows.
    private static let conditional: Set<String> = [
        "Assessment completion date",
        "Continuous Assessment Date of Authorisation",
        "Was the child assessed as requiring LA children's social care support?",
        "Was an Initial Child Protection Conference deemed unnecessary?",
        "Date of Initial Child Protection Conference",
        "Did the Initial Child Protection Conference Result in a Child Protection Plan",
        "CIN Closure Date", "Reason for Closure",
        "Date of latest review conference", "Child Protection Plan End Date",
        "Date of Last Dental Check", "Date Ceased to be Looked After", "Reason Ceased to be Looked After",
        "Was the child offered a Return Interview after their last missing episode (Y/N)?",
        "Did the child accept a Return Interview after their last missing episode (Y/N)?",
        "Type of Accommodation", "Suitability of Accommodation", "Activity Status",
        "Family identifier", "Date of Placement Order", "Date of Matching Child and Prospective Adopters",
        "Date Placed for Adoption", "Date of Adoption Order",
        "Date the child was placed for fostering in FFA or concurrent planning placement",
        "Date child/children placed with adopter(s)",
    ]

    /// Columns the generator leaves blank: nobody in the simulation leaves the adoption process.
    private static let neverFilled: Set<String> = [
        "Date of Decision that Child Should No Longer be Placed for Adoption",
        "Reason Why Child No Longer Placed for Adoption",
        "Date of leaving adoption process", "Reason for leaving adoption process",
    ]

    @Test(arguments: AnnexAList.allCases)
    func everyListReadsBackFromCSVWithNoProblems(_ list: AnnexAList) throws {
        // Given Halton's generated list
        let annexA = try #require(GeneratorFixtures.halton?.annexA)
        let records = annexA[list]
        #expect(!records.isEmpty, "\(list.title) is empty")

        // When written as CSV and read back
        let text = AnnexAWriter.csv(records, list: list)
        let result = AnnexACSVReader.read(bytes: Array(text.utf8), fileName: AnnexAWriter.fileName(list))

        // Then nothing is reported and every record comes back as it was
        #expect(result.problems.isEmpty, "\(result.problems.prefix(3).map(\.description))")
        #expect(result.annexA[list] == records)
    }

    @Test func theWholeReturnReadsBackFromAWorkbookWithNoProblems() throws {
        // Given Halton's generated lists
        let annexA = try #require(GeneratorFixtures.halton?.annexA)

        // When written as one workbook and read back
        let result = AnnexAWorkbookReader.read(data: try AnnexAWriter.workbook(annexA), fileName: "annex-a.xlsx")

        // Then
        #expect(result.problems.isEmpty, "\(result.problems.prefix(3).map(\.description))")
        #expect(result.lists == AnnexAList.allCases)
        #expect(result.rowCountMatches(annexA))
    }

    @Test(arguments: AnnexAList.allCases)
    func templateColumnsAreFilled(_ list: AnnexAList) throws {
        // Given Halton's generated list as the writer lays it out
        let annexA = try #require(GeneratorFixtures.halton?.annexA)
        let spec = AnnexAColumns.spec(for: list)
        let rows = annexA[list].map { AnnexAWriter.texts($0, spec) }
        try #require(!rows.isEmpty)

        // Then required columns are filled on ≥ 90% of rows, conditional ones on some
        for (c, column) in spec.columns.enumerated() where !Self.neverFilled.contains(column.heading) {
            let filled = Double(rows.filter { !$0[c].isEmpty }.count) / Double(rows.count)
            if Self.conditional.contains(column.heading) {
                #expect(filled > 0, "\(list.title): \(column.heading) is always blank")
            } else {
                #expect(filled >= 0.9, "\(list.title): \(column.heading) filled on \(Int(filled * 100))% of rows")
            }
        }
    }

    @Test func initialHealthAssessmentsAreMostlyWithinTwentyWorkingDays() throws {
        // Given children in care who started in the last six months early enough for the
        // assessment to be due by 31 March
        let records = try #require(GeneratorFixtures.halton?.annexA)[.lookedAfter]
        let calendar = WorkingDayCalendar.englandAndWales
        let sixMonthsAgo = to.adding(months: -6)
        let due = records.filter { r in
            guard let start = r.date, start > sixMonthsAgo else { return false }
            return calendar.workingDays(from: start, to: r.endDate ?? to) > 20
        }
        try #require(due.count >= 10)

        // Then about two in three had it within 20 working days, and none before starting
        var onTime = 0
        for r in due {
            guard let start = r.date, let text = r.fields["Date of Last Health Assessment"] else { continue }
            let assessed = try #require(Day(uk: text))
            #expect(assessed >= start && assessed <= (r.endDate ?? to))
            if calendar.workingDays(from: start, to: assessed) <= 20 { onTime += 1 }
        }
        let share = Double(onTime) / Double(due.count)
        #expect(share >= 0.5 && share <= 0.8, "\(onTime) of \(due.count) on time")
    }

    @Test func reviewHealthAssessmentsAreMostlyInTheLastYear() throws {
        // Given children in care who started more than six months ago
        let records = try #require(GeneratorFixtures.halton?.annexA)[.lookedAfter]
        let longer = records.filter { ($0.date ?? to) <= to.adding(months: -6) }
        try #require(longer.count >= 50)

        // Then about nine in ten had an assessment in the 12 months to 31 March (or to ceasing)
        let recent = longer.filter { r in
            let reference = r.endDate ?? to
            guard let d = r.fields["Date of Last Health Assessment"].flatMap(Day.init(uk:)) else { return false }
            return d <= reference && d > reference.adding(years: -1) && d >= (r.date ?? d)
        }
        let share = Double(recent.count) / Double(longer.count)
        #expect(share >= 0.8 && share <= 0.98, "\(recent.count) of \(longer.count)")
    }

    @Test func childrenInCareMatchTheirSSDA903Placement() throws {
        // Given the generated Annex A and the same year's SSDA903
        let data = try #require(GeneratorFixtures.halton)
        let episodes = try #require(data.ssda903).episodes
        let workers = try #require(data.ssda903).socialWorkerEpisodes
        let inCare = try #require(data.annexA)[.lookedAfter].filter { $0.endDate == nil }
        try #require(!inCare.isEmpty)

        // Then a child in care on 31 March shows the open 903 episode's placement and the open social worker
        for r in inCare {
            let open = try #require(episodes.last { $0.childID == r.id && $0.endDate == nil }, "\(r.id) has no open 903 episode")
            #expect(r.fields["Placement Type"] == open.placement)
            #expect(r.fields["Placement Provider"] == open.placementProvider)
            #expect(r.fields["Child's Legal Status"] == open.legalStatus)
            #expect(r.fields["Placement postcode"] == open.placementPostcode)
            #expect(r.fields["URN of Placement"] == open.urn)
            let worker = workers.last { $0.childID == r.id && $0.endDate == nil }?.socialWorkerID
            #expect(r.fields["Allocated Worker"] == worker)
        }
    }
}

private extension AnnexAReadResult {
    func rowCountMatches(_ other: AnnexA) -> Bool {
        AnnexAList.allCases.allSatisfy { annexA[$0].count == other[$0].count }
    }
}
