
extension ReportingPeriod {
    /// Whole months the period spans (a reporting year is 12, a quarter 3).
    public var months: Int {
        let s = start.components, e = end.adding(days: 1).components
        return max(1, (e.year - s.year) * 12 + (e.month - s.month))
    }

    /// The period of the same length `count` periods earlier (the year before, the quarter
    /// before …), labelled as the command line would name it.
    public func earlier(by count: Int = 1) -> ReportingPeriod {
        let shift = -months * count
        let s = start.adding(months: shift), e = end.adding(days: 1).adding(months: shift).adding(days: -1)
        return ReportingPeriod.named(start: s, end: e)
    }

    /// Names a span the way users write it: a reporting year, a quarter, a month, or 12 months to a date.
    static func named(start: Day, end: Day) -> ReportingPeriod {
        let s = start.components
        if s.month == 4, s.day == 1, end == start.adding(years: 1).adding(days: -1) { return .financialYear(s.year + 1) }
        if s.day == 1, end == start.adding(months: 3).adding(days: -1), [4, 7, 10, 1].contains(s.month) {
            let fyEnd = s.month >= 4 ? s.year + 1 : s.year
            let q = s.month >= 4 ? (s.month - 4) / 3 + 1 : 4
            if let p = quarter(q, ofYearEnding: fyEnd) { return p }
        }
        if s.day == 1, end == start.adding(months: 1).adding(days: -1), let m = month(s.month, year: s.year) { return m }
        if start == end.adding(days: 1).adding(months: -12) {
            return .rolling12Months(endingOn: end)
        }
        return ReportingPeriod(start: start, end: end, label: "\(start.uk)–\(end.uk)")
    }
}
