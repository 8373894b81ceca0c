import HearthCore
import Testing
@testable import HearthData

@Suite struct OfstedHistoryTests {
    @Test func haltonsRealHistoryIsLoadedWithItsGrades() throws {
        let history = try OfstedHistory.shipped()
        let halton = try #require(AuthorityDirectory.shipped["876"])
        let inspections = history.inspections(of: halton)
        // Ofsted's tables: a standard inspection in March 2020 (requires improvement) and one in May 2024
        // (inadequate in every judgement), published 12 July 2024; the 2024 one is in both tables, kept once.
        #expect(inspections.map(\.startDate.iso) == ["2020-03-02", "2024-05-13"])
        let latest = try #require(inspections.last)
        #expect(latest.kind == .standard)
        #expect(latest.publishedDate == Day(iso: "2024-07-12"))
        #expect(latest.overallEffectiveness == .inadequate)
        #expect(latest.judgements.careLeavers == .inadequate)
        #expect(inspections.first?.overallEffectiveness == .requiresImprovement)
    }

    @Test func everyAuthorityWithAnInspectionIsFound() throws {
        let history = try OfstedHistory.shipped()
        let found = AuthorityDirectory.shipped.all.filter { !history.inspections(of: $0).isEmpty }.count
        #expect(found >= 140)
    }

    @Test func missingHeadingsAreReportedNotGuessed() {
        #expect(throws: PublishedStatisticsError.self) {
            _ = try OfstedHistory.read([CSVRecord(line: 1, fields: ["a", "b"])], file: "x.csv")
        }
    }
}
