import HearthCore
import Testing
@testable import HearthIndicators

/// As at 31/03/2025 (the year from 01/04/2024). Each person's contracts are separate records:
///
/// | id | contracts                                                        | counted?                         |
/// |----|------------------------------------------------------------------|----------------------------------|
/// | P  | agency 2023-01-01 – 2024-08-31, permanent from 2024-09-01         | yes, back to back (1 day)        |
/// | Q  | agency 2022-01-01 – 2023-12-31, permanent from 2024-02-01         | no: permanent before the year    |
/// | R  | agency 2024-04-01 – 2024-06-30, secondee from 2024-07-01          | no: a secondment is not permanent|
/// | S  | permanent from 2024-05-01, never agency                          | no                               |
/// | T  | agency 2024-01-01 – 2024-10-31, permanent from 2025-01-06         | yes, 67 days later               |
/// | U  | agency to 2022-12-31, permanent 2023-01-01 – 2024-05-31, permanent from 2024-06-01 (a new post) | no: converted before the year |
///
/// → 2 conversions: P (01/09/2024) then T (06/01/2025).
@Suite struct AgencyConversionsTests {
    typealias F = WorkforceProfileFixture
    let measure = AgencyConversions(F.snapshot([
        F.member("P", .agency, role: "5", start: "2023-01-01", end: "2024-08-31"),
        F.member("P", .permanent, role: "5", start: "2024-09-01"),
        F.member("Q", .agency, start: "2022-01-01", end: "2023-12-31"),
        F.member("Q", .permanent, start: "2024-02-01"),
        F.member("R", .agency, start: "2024-04-01", end: "2024-06-30"),
        F.member("R", .secondee, start: "2024-07-01"),
        F.member("S", .permanent, start: "2024-05-01"),
        F.member("T", .agency, team: "LC", start: "2024-01-01", end: "2024-10-31"),
        F.member("T", .permanent, team: "LC", start: "2025-01-06"),
        F.member("U", .agency, start: "2021-01-01", end: "2022-12-31"),
        F.member("U", .permanent, start: "2023-01-01", end: "2024-05-31"),
        F.member("U", .permanent, start: "2024-06-01"),
    ]))

    @Test func countsAgencyWorkersWhoseNextContractIsPermanentInTheYear() {
        #expect(measure.count == 2)
        #expect(measure.conversions.map(\.staffID) == ["P", "T"])
        #expect(measure.conversions.map(\.gapDays) == [1, 67])
        #expect(measure.conversions.map(\.team) == ["CP", "LC"])
        #expect(measure.conversions.first?.role == .practitioner)
        #expect(measure.from == F.day("2024-04-01") && measure.to == F.date)
    }

    @Test func aConversionIsNotALeaving() {
        // P's agency contract ended, but agency workers are never leavers, and P is still employed.
        let leavers = LeaverProfile(F.snapshot([F.member("P", .agency, start: "2023-01-01", end: "2024-08-31"),
                                                F.member("P", .permanent, start: "2024-09-01")]))
        #expect(leavers.leavers == 0)
    }
}
