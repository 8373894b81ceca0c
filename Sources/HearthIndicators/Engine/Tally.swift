import HearthCore

/// Counts a measure's numerator and denominator, keeping the records behind them (with the
/// reason each counts) only when a drill-down asks: writing a reason for each of a million
/// national referrals costs far more than counting them.
struct Tally {
    let keepsMembers: Bool
    private(set) var numerator = 0
    private(set) var denominator = 0
    /// A running total for measures that average an amount (days), not a share.
    private(set) var amount = 0.0
    private(set) var members: [IndicatorResult.Member] = []

    init(_ context: IndicatorContext) { keepsMembers = context.keepsMembers }

    mutating func add(childID: String, date: Day?, inNumerator: Bool, reason: @autoclosure () -> String, amount: Double = 0) {
        denominator += 1
        if inNumerator { numerator += 1 }
        self.amount += amount
        if keepsMembers {
            members.append(IndicatorResult.Member(childID: childID, date: date, inNumerator: inNumerator, reason: reason()))
        }
    }
}
