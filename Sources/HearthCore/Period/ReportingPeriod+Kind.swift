extension ReportingPeriod {
    /// What a span is, told from its dates alone (so a stored snapshot, which keeps only its
    /// dates and label, says what it is): the 12 months to 31 March are the reporting year however
    /// they were asked for.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case year, quarter, month, rolling12, other
    }

    public var kind: Kind {
        let s = start.components
        let isMonthStart = s.day == 1
        if isMonthStart, s.month == 4, end == start.adding(years: 1).adding(days: -1) { return .year }
        if isMonthStart, [4, 7, 10, 1].contains(s.month), end == start.adding(months: 3).adding(days: -1) { return .quarter }
        if isMonthStart, end == start.adding(months: 1).adding(days: -1) { return .month }
        if start == end.adding(days: 1).adding(months: -12) { return .rolling12 }
        return .other
    }

    /// The reporting year (ending 31 March) the period's last day falls in.
    public var reportingYear: Int {
        let e = end.components
        return e.month <= 3 ? e.year : e.year + 1
    }

    /// The last month-end before `day`: how far monthly figures can run on that day (a board
    /// meeting's, the demo's extract's).
    public static func lastMonthEnd(before day: Day) -> Day {
        let c = day.components
        return (Day(year: c.year, month: c.month, day: 1) ?? day).adding(days: -1)
    }

    /// The last day of every month ending in the reporting year, April to March.
    public static func monthEnds(ofYearEnding year: Int) -> [Day] {
        (0..<12).map { Day.reportingYear(endingIn: year).start.adding(months: $0 + 1).adding(days: -1) }
    }
}

extension ReportingPeriod {
    /// The period as the command line, the API and the page's selector write it (`2024-25`,
    /// `2024-25-Q3`, `2025-01`, `rolling:2025-11-30`); nil for a span with no such name.
    public var name: String? {
        let s = start.components
        let year = reportingYear
        let yearName = "\(year - 1)-\(Day.pad(year % 100, 2))"
        switch kind {
        case .year: return yearName
        case .quarter: return "\(yearName)-Q\(s.month >= 4 ? (s.month - 4) / 3 + 1 : 4)"
        case .month: return "\(s.year)-\(Day.pad(s.month, 2))"
        case .rolling12: return "rolling:\(end.iso)"
        case .other: return nil
        }
    }

    /// "Nov 26": the month a period ends in, as a run chart of months names its points (the
    /// reporting year among twelve-month points is "Mar 26" there, like its neighbours).
    public var monthLabel: String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let e = end.components
        return "\(months[e.month - 1]) \(Day.pad(e.year % 100, 2))"
    }

    /// A short name for a chart's axis: "Nov 26" for a month or the twelve months to its end,
    /// "Q2 26-27" for a quarter, "2025-26" for a year.
    public var axisLabel: String {
        let short = "\(Day.pad((reportingYear - 1) % 100, 2))-\(Day.pad(reportingYear % 100, 2))"
        switch kind {
        case .month, .rolling12: return monthLabel
        case .quarter: return (name.map { "Q" + $0.suffix(1) } ?? "Q") + " " + short
        case .year: return name ?? label
        case .other: return label
        }
    }
}
