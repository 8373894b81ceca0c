import HearthCore
import Testing
@testable import HearthIndicators

/// As at 31/03/2025. In post (permanent or seconded, employed that day):
///
/// | id | born       | age | ethnicity   | group     |
/// |----|------------|-----|-------------|-----------|
/// | D1 | 2001-04-01 | 23  | WBRI        | White     |
/// | D2 | 1990-03-31 | 35  | White Irish | White     |
/// | D3 | 1980-06-01 | 44  | BAFR        | Black     |
/// | D4 | 1960-01-01 | 65  | REFU        | not known |
/// | D5 | (blank)    |     | CHNE        | Asian     |
///
/// Left out: D6 (agency), D7 (left 2024-12-31). Ages: under 25 1, 35–44 2, 65 and over 1, not
/// recorded 1. Ethnicity known for 4: White 2 → 50%, Black 1 → 25%, Asian 1 → 25%.
/// The area: 80 White, 5 Mixed, 10 Asian, 5 Black of 100 → 80%, 10%; England 50 of 100 White → 50%.
@Suite struct WorkforceDiversityTests {
    typealias F = WorkforceProfileFixture
    static let area = EthnicPopulation.Area(onsCode: "E06999999", name: "Testshire",
                                            residents: [.white: 80, .mixed: 5, .asian: 10, .black: 5, .other: 0])
    static let england = EthnicPopulation.Area(onsCode: EthnicPopulation.englandCode, name: "England",
                                               residents: [.white: 50, .mixed: 10, .asian: 20, .black: 10, .other: 10])
    let profile = WorkforceDiversity(F.snapshot([
        F.member("D1", .permanent, start: "2023-01-01", born: "2001-04-01", ethnicity: "WBRI"),
        F.member("D2", .permanent, start: "2023-01-01", born: "1990-03-31", ethnicity: "White Irish"),
        F.member("D3", .secondee, start: "2023-01-01", born: "1980-06-01", ethnicity: "BAFR"),
        F.member("D4", .permanent, start: "2023-01-01", born: "1960-01-01", ethnicity: "REFU"),
        F.member("D5", .permanent, start: "2023-01-01", ethnicity: "CHNE"),
        F.member("D6", .agency, start: "2023-01-01", born: "1985-01-01", ethnicity: "WBRI"),
        F.member("D7", .permanent, start: "2023-01-01", end: "2024-12-31", born: "1985-01-01", ethnicity: "WBRI"),
    ]), population: Self.area, england: Self.england)

    @Test func agesInTenYearBands() {
        #expect(profile.inPost == 5)
        #expect(profile.ages.map(\.key) == ["under_25", "25_34", "35_44", "45_54", "55_64", "65_plus", "not_recorded"])
        #expect(profile.ages.map(\.count) == [1, 0, 2, 0, 0, 1, 1])
    }

    @Test func ethnicityAsSharesOfTheKnownBesideThePopulation() throws {
        #expect(profile.ethnicity.map(\.staff) == [2, 0, 1, 1, 0, 1])
        let white = try #require(profile.ethnicity.first { $0.group == .white })
        #expect(white.staffPercent == 50 && white.authorityPercent == 80 && white.englandPercent == 50)
        #expect(profile.ethnicity.first { $0.group == .asian }?.authorityPercent == 10)
        #expect(profile.ethnicity.last?.group == .notKnown && profile.ethnicity.last?.staffPercent == nil)
        #expect(profile.populationArea == "Testshire")
    }

    @Test func codesAndWordsReadIntoTheFiveGroups() {
        #expect(EthnicGroup(code: "MWBC") == .mixed && EthnicGroup(code: "aind") == .asian && EthnicGroup(code: "BCRB") == .black)
        #expect(EthnicGroup(code: "OOTH") == .other && EthnicGroup(code: "NOBT") == .notKnown && EthnicGroup(code: nil) == .notKnown)
        #expect(EthnicGroup(code: "Black African") == .black && EthnicGroup(code: "XYZ") == .notKnown)
    }

    @Test func aBoardSeesGroupsOfOneToFiveStaffAsC() {
        // 40, 3, 12, 9, 6, 2 staff: 3 and 2 are 1 to 5 → c; two hidden cells protect each other; 72 shown.
        let (parts, total) = Disclosure.aggregate.staff([40, 3, 12, 9, 6, 2])
        #expect(parts.map(\.isSuppressed) == [false, true, false, false, false, true])
        #expect(total == .shown(72))
        // One small group alone: a second is hidden so the total does not give it back.
        #expect(Disclosure.aggregate.staff([40, 3, 12, 9]).parts.filter(\.isSuppressed).count == 2)
        #expect(Disclosure.exact.staff([40, 3]).parts == [.shown(40), .shown(3)])
    }

    @Test func theShippedPopulationHasEnglandAndEveryAuthority() {
        let shipped = EthnicPopulation.shipped
        #expect((shipped.england?.total ?? 0) > 50_000_000)
        #expect(AuthorityDirectory.shipped.all.allSatisfy { shipped[$0.onsCode] != nil })
        #expect(shipped["E06000017"]?.name == "Rutland")
    }
}
