import Testing
@testable import HearthIndicators

/// DfE rounds fives up (half away from zero); `String(format:)` rounds an exact tie to even.
@Suite struct PublishedRoundingTests {
    @Test func roundsAnExactTieAwayFromZero() {
        // 13 ÷ 16 = 81.25% exactly: DfE publishes 81.3.
        #expect(PublishedRounding.text(13.0 / 16.0 * 100, places: 1) == "81.3")
        #expect(PublishedRounding.text(0.125, places: 2) == "0.13")
        #expect(PublishedRounding.text(-0.25, places: 1) == "-0.3")
        #expect(PublishedRounding.text(2.5, places: 0) == "3")
    }

    @Test func roundsADecimalTieThatBinaryArithmeticLeftJustBelowHalf() {
        // 2.675 is held as 2.67499999999999982236431605997495353221893310546875.
        #expect(PublishedRounding.text(2.675, places: 2) == "2.68")
        // 1 ÷ 8 × 100 = 12.5 → 13 at no decimal places.
        #expect(PublishedRounding.text(1.0 / 8.0 * 100, places: 0) == "13")
    }

    @Test func leavesOtherValuesToTheNearest() {
        #expect(PublishedRounding.text(81.249, places: 1) == "81.2")
        #expect(PublishedRounding.text(67.04, places: 1) == "67.0")
        #expect(PublishedRounding.text(-0.04, places: 1) == "0.0")
        #expect(PublishedRounding.round(22.649999, places: 1) == 22.6)
    }
}
