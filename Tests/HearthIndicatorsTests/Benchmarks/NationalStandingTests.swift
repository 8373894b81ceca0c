import Testing
import HearthData
@testable import HearthIndicators

/// The median of good or outstanding authorities and the top and bottom fifths, on small lists
/// whose answers are worked out in the comments.
@Suite struct NationalStandingTests {
    @Test func medianOfAnOddCountIsTheMiddleValue() {
        // 3, 7, 9 → 7
        #expect(NationalStanding.median([9, 3, 7]) == 7)
    }

    @Test func medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        // 2, 4, 6, 10 → (4 + 6) / 2 = 5
        #expect(NationalStanding.median([10, 2, 6, 4]) == 5)
        #expect(NationalStanding.median([]) == nil)
    }

    @Test func suppressedAndMissingValuesAreLeftOutOfTheMedianNotReadAsZero() {
        // Numbers 80, 90, 70 (c, x, z, not available dropped) → 70, 80, 90 → 80; read as zeros
        // the six would give (0 + 70) / 2 = 35.
        let values: [PublishedValue] = [.number(80), .suppressed, .number(90), .notAvailable, .notApplicable, .number(70)]
        #expect(NationalStanding.median(of: values) == 80)
        #expect(NationalStanding.median(of: [.suppressed, .notAvailable]) == nil)
    }

    /// Ten authorities: n / 5 = 2, so places 1 and 2 are the top fifth, 9 and 10 the bottom.
    static let ten: [Double] = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]

    @Test func topFifthFollowsPolarityHighFirstForHighLowFirstForLow() {
        #expect(NationalStanding.fifth(of: 100, among: Self.ten, polarity: .high) == .top)
        #expect(NationalStanding.fifth(of: 90, among: Self.ten, polarity: .high) == .top)
        #expect(NationalStanding.fifth(of: 80, among: Self.ten, polarity: .high) == nil)
        #expect(NationalStanding.fifth(of: 10, among: Self.ten, polarity: .high) == .bottom)
        // Lower is better: the same values turn round.
        #expect(NationalStanding.fifth(of: 10, among: Self.ten, polarity: .low) == .top)
        #expect(NationalStanding.fifth(of: 100, among: Self.ten, polarity: .low) == .bottom)
        #expect(NationalStanding.fifth(of: 30, among: Self.ten, polarity: .low) == nil)
    }

    @Test func noPolarityNoNumberOrNoSpreadGivesNoFlag() {
        #expect(NationalStanding.fifth(of: 100, among: Self.ten, polarity: .none) == nil)
        #expect(NationalStanding.fifth(of: nil, among: Self.ten, polarity: .high) == nil)
        // Every authority tied: first and last at once, so neither.
        #expect(NationalStanding.fifth(of: 5, among: Array(repeating: 5, count: 10), polarity: .high) == nil)
        // Fewer than five with a number: n / 5 < 1, no place qualifies.
        #expect(NationalStanding.fifth(of: 4, among: [1, 2, 3, 4], polarity: .high) == nil)
    }

    @Test func tiedAuthoritiesShareTheBestPlaceOfTheirGroup() {
        // 100, 90, 90, 90, 50 … : the three 90s are all in second place (one better), and 2 ≤ 10 / 5,
        // so all three are in the top fifth though that makes four of ten.
        let values: [Double] = [100, 90, 90, 90, 50, 40, 30, 20, 10, 5]
        #expect(NationalStanding.fifth(of: 90, among: values, polarity: .high) == .top)
        // 100, 95, 90, 90 …: the 90s are third (two better), 3 > 2: not the top fifth.
        let later: [Double] = [100, 95, 90, 90, 50, 40, 30, 20, 10, 5]
        #expect(NationalStanding.fifth(of: 90, among: later, polarity: .high) == nil)
        // Eleven authorities: n / 5 = 2.2, so place 2 is in (2 × 5 = 10 ≤ 11) and place 3 is not.
        let eleven = Self.ten + [110]
        #expect(NationalStanding.fifth(of: 100, among: eleven, polarity: .high) == .top)
        #expect(NationalStanding.fifth(of: 90, among: eleven, polarity: .high) == nil)
    }
}
