import HearthCore
import Testing
@testable import HearthIndicators

/// The one disclosure rule: what board members, viewers and secretaries may see, and that
/// child-level roles see everything.
@Suite struct DisclosureTests {
    let board = Disclosure.aggregate
    let analyst = Disclosure.exact

    @Test func countsOfOneToFiveAreHiddenFromTheAggregateAudienceOnly() {
        #expect((1...5).allSatisfy { board.count($0) == .suppressed })
        #expect(board.count(0) == .shown(0))
        #expect(board.count(6) == .shown(6))
        #expect(analyst.count(3) == .shown(3))
        // A fraction (FTE) is not a count of people.
        #expect(board.count(2.5) == .shown(2.5))
    }

    @Test func aBreakdownWithAShownTotalHidesASecondCell() {
        // Given 3 children in one group beside 10 and 12, and the total 25 shown
        let (parts, total) = board.breakdown([10, 3, 12])
        // Then the smallest other group goes too, so 25 − 12 leaves 13 to share between two
        #expect(parts == [.suppressed, .suppressed, .shown(12)])
        #expect(total == .shown(25))
        #expect(analyst.breakdown([10, 3, 12]).parts == [.shown(10), .shown(3), .shown(12)])
    }

    @Test func aTableHidesCellsAcrossRowsAndColumns() {
        let (cells, _, columns) = board.table([[2, 20], [30, 40]])
        #expect(cells.flatMap { $0 }.filter(\.isSuppressed).count >= 2)
        #expect(columns == [.shown(32), .shown(60)])
        #expect(cells[0][0] == .suppressed)
    }

    @Test func aPercentageGoesWithEitherTermAndWithItsComplement() {
        // 3 of 40: the numerator is a small count
        #expect(board.figure(7.5, numerator: 3, denominator: 40, unit: .percent) == .suppressed)
        // 37 of 40: the 3 who are not counted come back by subtraction
        #expect(board.figure(92.5, numerator: 37, denominator: 40, unit: .percent) == .suppressed)
        #expect(board.terms(numerator: 37, denominator: 40, unit: .percent).numerator == .suppressed)
        #expect(board.terms(numerator: 37, denominator: 40, unit: .percent).denominator == .shown(40))
        // 20 of 40 is safe
        #expect(board.figure(50, numerator: 20, denominator: 40, unit: .percent) == .shown(50))
        #expect(analyst.figure(92.5, numerator: 37, denominator: 40, unit: .percent) == .shown(92.5))
        // No figure: nothing to hide
        #expect(board.figure(nil, numerator: 0, denominator: 0, unit: .percent) == nil)
    }

    @Test func aRateHidesOnItsNumeratorAndAnAverageOnItsChildren() {
        // per 10,000: the population is published
        #expect(board.figure(1.2, numerator: 4, denominator: 33_000, unit: .per10k) == .suppressed)
        #expect(board.terms(numerator: 4, denominator: 33_000, unit: .per10k).denominator == .shown(33_000))
        // an average of days over 3 children
        #expect(board.figure(200, numerator: 600, denominator: 3, unit: .days) == .suppressed)
        #expect(board.figure(200, numerator: 1_600, denominator: 8, unit: .days) == .shown(200))
    }

    @Test func aRAGOrDirectionBesideAHiddenFigureIsHiddenWithIt() {
        let hidden = board.figure(7.5, numerator: 3, denominator: 40, unit: .percent)
        let shown = board.figure(50, numerator: 20, denominator: 40, unit: .percent)
        #expect(board.beside(RAGStatus.green, [hidden]) == .suppressed)
        #expect(board.beside(RAGStatus.green, [shown]) == .shown(.green))
        // A direction is judged over several years: one hidden year hides it
        #expect(board.beside(DirectionOfTravel.improving, [shown, hidden, shown]) == .suppressed)
        #expect(board.beside(DirectionOfTravel.improving, [shown, nil, shown]) == .shown(.improving))
    }

    @Test func aChartHasNoPointForAHiddenFigure() {
        let figures = [board.figure(50, numerator: 20, denominator: 40, unit: .percent),
                       board.figure(7.5, numerator: 3, denominator: 40, unit: .percent), nil]
        #expect(board.points(figures) == [50, nil, nil])
    }

    @Test func moneyGoesWithTheCountsItIsMadeOfAndSumsWithAnyHiddenPart() {
        let (cells, _) = board.breakdown([10, 3, 12])
        let money = zip([7_000.0, 6_000, 8_400], cells).map { board.money($0, from: [$1]) }
        #expect(money == [.suppressed, .suppressed, .shown(8_400)])
        // 21,400 − 8,400 with the prices and the 13 children hidden between two groups would solve for 10 and 3
        #expect(board.moneyTotal(21_400, over: money) == .suppressed)
        #expect(board.moneyTotal(21_400, over: [.shown(1), .shown(2)]) == .shown(21_400))
        #expect(analyst.money(6_000, from: [analyst.count(3)]) == .shown(6_000))
    }

    @Test func pricesNamingOneProviderStayWithChildLevelRoles() {
        let lines = [PlacementCost(placement: "residential_private", weeklyCost: 5_000),
                     PlacementCost(placement: "residential_private", provider: "PR4", weeklyCost: 5_500),
                     PlacementCost(placement: "residential_private", provider: "SC123456", weeklyCost: 14_000)]
        #expect(board.prices(lines).map(\.weeklyCost) == [5_000, 5_500])
        #expect(analyst.prices(lines) == lines)
    }

    @Test func aNoteKeepsItsDatesButNotItsSmallCounts() {
        let note = "3 adopted child(ren) left out: their care began before 01/04/2022; 12 others counted"
        #expect(board.sentence(note) == "c adopted child(ren) left out: their care began before 01/04/2022; 12 others counted")
        #expect(analyst.sentence(note) == note)
    }
}
