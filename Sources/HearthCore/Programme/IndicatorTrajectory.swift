/// Where an action means to move an indicator: from a baseline on one day to a target on a later
/// one, in a straight line. The indicator is off trajectory when its latest value is worse than
/// the line on the day it was measured.
public struct IndicatorTrajectory: Sendable, Hashable, Codable {
    public var indicatorID: String
    public var baseline: Double
    public var baselineDate: Day
    public var target: Double
    public var targetDate: Day

    public init(indicatorID: String, baseline: Double, baselineDate: Day, target: Double, targetDate: Day) {
        self.indicatorID = indicatorID
        self.baseline = baseline
        self.baselineDate = baselineDate
        self.target = target
        self.targetDate = targetDate
    }

    /// The value the line expects on `day`: the baseline before it starts, the target after it ends.
    public func expected(on day: Day) -> Double {
        if day <= baselineDate { return baseline }
        if day >= targetDate { return target }
        let span = Double(baselineDate.days(to: targetDate))
        return baseline + (target - baseline) * Double(baselineDate.days(to: day)) / span
    }

    /// Whether `value`, measured on `day`, is worse than the line; `higherIsBetter` is the
    /// indicator's polarity.
    public func isOff(value: Double, on day: Day, higherIsBetter: Bool) -> Bool {
        let line = expected(on: day)
        return higherIsBetter ? value < line : value > line
    }
}
