import HearthCore
import HearthData
import HearthIndicators
import Testing

/// The education figures of the corporate parenting pack are DfE's, as published.
@Suite struct SchoolAbsenceTests {
    @Test func haltonsChildrenInCareAbsenceIsThePublishedFigureBesideEnglandAndTheNorthWest() throws {
        // Given the shipped pupil absence file and Halton (876)
        let stats = try PublishedStatistics.shipped([.pupilAbsence])
        let halton = try #require(AuthorityDirectory.shipped["876"])
        // When the latest year is looked up
        let a = try #require(SchoolAbsence(statistics: stats, authority: halton))
        // Then it is 2024/25 as published: 6.4% of sessions missed, 14.4% persistently absent
        #expect(a.year == 2025)
        #expect(a.authority.overall.number == 6.4 && a.authority.persistent.number == 14.4)
        #expect(a.england.overall.number == 9.0 && a.england.persistent.number == 20.3)
        #expect(a.region?.area == "North West" && a.region?.overall.number == 9.1)
    }

    @Test func withoutTheFileThereIsNoFigure() throws {
        let halton = try #require(AuthorityDirectory.shipped["876"])
        #expect(SchoolAbsence(statistics: PublishedStatistics(tables: [:]), authority: halton) == nil)
    }
}
