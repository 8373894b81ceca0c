import HearthCore
import Testing
@testable import HearthIndicators

/// As at 31/03/2025.
///
/// | id | route (nqsw)        | contracts                                                 |
/// |----|---------------------|-----------------------------------------------------------|
/// | T1 | blank, nqsw → ASYE  | 2022-01-10 onwards                                        |
/// | T2 | blank, nqsw → ASYE  | 2022-09-01 – 2023-12-31                                   |
/// | T6 | asye (nqsw)         | 2021-03-01 – 2023-02-28, then (not nqsw) 2023-03-01 on     |
/// | T3 | frontline           | 2023-09-01 onwards                                        |
/// | T4 | frontline           | 2021-09-01 – 2022-08-31                                   |
/// | T5 | step_up (nqsw)      | 2024-06-01 onwards                                        |
///
/// ASYE (T1, T2, T6; 2 in post): after 1 year all 3 stayed → 3/3; after 2 years T1 (10/01/2024)
/// and T6 (01/03/2023, on the new contract) stayed, T2 had left by 01/09/2024 → 2/3; after
/// 3 years T2's anniversary (01/09/2025) is still to come, T1 and T6 stayed → 2/2.
/// Frontline: after 1 year T3 stayed, T4 had gone the day before → 1/2; after 2 and 3 years only
/// T4 is due → 0/1. Step Up: nobody due yet → 0/0.
@Suite struct TraineeCohortsTests {
    typealias F = WorkforceProfileFixture
    let cohorts = TraineeCohorts(F.snapshot([
        F.member("T1", .permanent, start: "2022-01-10", nqsw: true),
        F.member("T2", .permanent, start: "2022-09-01", end: "2023-12-31", nqsw: true),
        F.member("T6", .permanent, start: "2021-03-01", end: "2023-02-28", nqsw: true, route: .asye),
        F.member("T6", .permanent, start: "2023-03-01"),
        F.member("T3", .permanent, start: "2023-09-01", route: .frontline),
        F.member("T4", .permanent, start: "2021-09-01", end: "2022-08-31", route: .frontline),
        F.member("T5", .permanent, start: "2024-06-01", nqsw: true, route: .stepUp),
    ]))

    private func retained(_ route: RouteIn) throws -> [[Double]] {
        try #require(cohorts.routes.first { $0.route == route }).retention.map { [$0.retained.numerator, $0.retained.denominator] }
    }

    @Test func routesTakenInOrder() {
        #expect(cohorts.routes.map(\.route) == [.asye, .stepUp, .frontline])
        #expect(cohorts.routes.map(\.started) == [3, 1, 2])
        #expect(cohorts.routes.map(\.inPost) == [2, 1, 1])
    }

    @Test func retentionAfterOneTwoAndThreeYears() throws {
        #expect(try retained(.asye) == [[3, 3], [2, 3], [2, 2]])
        #expect(try retained(.frontline) == [[1, 2], [0, 1], [0, 1]])
        #expect(try retained(.stepUp) == [[0, 0], [0, 0], [0, 0]])
    }

    @Test func routesAreReadFromCodesAndWords() {
        #expect(RouteIn(text: "Step Up") == .stepUp && RouteIn(text: "step-up") == .stepUp && RouteIn(text: "NQSW") == .asye)
        #expect(RouteIn(text: "International") == .overseas && RouteIn(text: "fast track") == nil)
    }
}
