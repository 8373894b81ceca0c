extension LocalMeasure {
    /// What is wrong with a value entered for this measure, field by field (`value`, `numerator`,
    /// `denominator`), in words a user can act on; empty when it can be kept. The web form, the
    /// API and the CSV upload all ask here.
    /// - A count is whole and not negative; a percentage is 0–100; days and a rate are not negative.
    /// - A percentage, rate, average or score of children comes with the children it is of
    ///   (`denominator`) and, for a percentage, those counted (`numerator`): the aggregate
    ///   audience's "c" for 1 to 5 is judged from them, and without them it could not be.
    /// - Given both, the children counted are no more than those it is of, and a percentage
    ///   agrees with them to within a percentage point (a slip in either shows here).
    public func problems(value: Double, numerator: Double?, denominator: Double?) -> [(field: String, message: String)] {
        var out: [(String, String)] = []
        if !value.isFinite { return [("value", "Enter a number")] }
        switch unit {
        case .count:
            if value < 0 || value != value.rounded() { out.append(("value", "A count is a whole number, 0 or more")) }
        case .percentage:
            if value < 0 || value > 100 { out.append(("value", "A percentage is between 0 and 100")) }
        case .days, .rate:
            if value < 0 { out.append(("value", "Enter 0 or more")) }
        case .money, .score:
            break
        }
        for (field, n) in [("numerator", numerator), ("denominator", denominator)] {
            if let n, !n.isFinite || n < 0 || n != n.rounded() {
                out.append((field, "The number of children is a whole number, 0 or more"))
            }
        }
        if countsChildren && unit != .count {
            if denominator == nil { out.append(("denominator", "Enter the number of children the figure is of")) }
            if unit == .percentage && numerator == nil { out.append(("numerator", "Enter the number of children counted")) }
        }
        if let n = numerator, let d = denominator, n.isFinite, d.isFinite {
            if n > d {
                out.append(("numerator", "The children counted (\(Int(n))) are more than those it is of (\(Int(d)))"))
            } else if unit == .percentage, d > 0, abs(n / d * 100 - value) > 1 {
                out.append(("value", "\(Int(n)) of \(Int(d)) is not \(value)%"))
            }
        }
        return out
    }
}
