import Testing
@testable import HearthIndicators

@Suite struct SuppressionTests {
    @Test func hidesOneToFiveButNotZeroOrSix() {
        #expect(Suppression.cell(0) == .shown(0))
        #expect((1...5).allSatisfy { Suppression.cell($0) == .suppressed })
        #expect(Suppression.cell(6) == .shown(6))
        #expect(Suppression.cell(3).description == "c")
    }

    @Test func aSingleHiddenPartTakesTheNextSmallestWithIt() {
        // 3 would be 20 − 10 − 7 without a second suppression: the 7 goes too.
        let (parts, total) = Suppression.breakdown([10, 3, 7])
        #expect(parts == [.shown(10), .suppressed, .suppressed])
        #expect(total == .shown(20))
    }

    @Test func twoHiddenPartsAreAlreadySafe() {
        let (parts, _) = Suppression.breakdown([2, 4, 30])
        #expect(parts == [.suppressed, .suppressed, .shown(30)])
    }

    @Test func whenEveryOtherPartIsZeroTheTotalIsHidden() {
        // 0 + 8 + 0: hiding 8 alone is useless while the total 8 is shown.
        let (parts, total) = Suppression.breakdown([0, 4, 0])
        #expect(parts == [.shown(0), .suppressed, .shown(0)])
        #expect(total == .suppressed)
    }

    @Test func tablesAreSafeInRowsAndColumns() {
        // Row 0 has one primary (2) → its smallest other (9) goes; that leaves column 1 with one
        // hidden cell (9) → its smallest other (12) goes; column 0 then holds one hidden (2) →
        // 15 goes; row 1 now has 12 and 15 hidden: safe.
        let t = Suppression.table([[2, 9], [15, 12]])
        #expect(t.cells == [[.suppressed, .suppressed], [.suppressed, .suppressed]])
        #expect(t.rowTotals == [.shown(11), .shown(27)])
        // No line may have exactly one hidden cell with a shown total.
        for row in t.cells { #expect(row.filter(\.isSuppressed).count != 1) }
    }

    @Test func percentagesOfSuppressedCountsAreSuppressed() {
        #expect(Suppression.percentage(numerator: 3, denominator: 40) == "c")
        #expect(Suppression.percentage(numerator: 30, denominator: 4) == "c")
        #expect(Suppression.percentage(numerator: 0, denominator: 40) == "0.0")
        #expect(Suppression.percentage(numerator: 12, denominator: 40) == "30.0")
        #expect(Suppression.percentage(numerator: 1, denominator: 0) == "z")
    }
}
