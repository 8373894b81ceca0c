extension LocalMeasure.Frequency {
    /// The period of this frequency that holds `day`.
    public func period(containing day: Day) -> ReportingPeriod {
        let year = day.month >= 4 ? day.year + 1 : day.year
        switch self {
        case .annual:
            return .financialYear(year)
        case .quarterly:
            let q = day.month >= 4 ? (day.month - 4) / 3 + 1 : 4
            return ReportingPeriod.quarter(q, ofYearEnding: year) ?? .financialYear(year)
        case .monthly:
            return ReportingPeriod.month(day.month, year: day.year) ?? .financialYear(year)
        }
    }

    /// The period written as people write it: "2026-04" for a month; "2026-27 Q1", "Q1 2026-27"
    /// or "2026-27-Q1" for a quarter; "2026-27" for a year; or any day within the period
    /// ("2026-06-30"). Nil when the text is none of these or a period of another frequency.
    public func period(parsing text: String) -> ReportingPeriod? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.count == 10, let day = Day(iso: t) { return period(containing: day) }
        let words = t.split(whereSeparator: { $0 == " " }).map(String.init)
        var candidate = t
        if words.count == 2 {
            // "2026-27 Q1" or "Q1 2026-27".
            let (q, y) = words[0].uppercased().hasPrefix("Q") ? (words[0], words[1]) : (words[1], words[0])
            candidate = "\(y)-\(q.uppercased())"
        }
        guard let p = ReportingPeriod(parsing: candidate) else { return nil }
        switch (self, p.kind) {
        case (.monthly, .month), (.quarterly, .quarter), (.annual, .year): return p
        default: return nil
        }
    }

    /// How a period of this frequency is written in a template and a table.
    public func text(_ period: ReportingPeriod) -> String {
        switch self {
        case .monthly, .annual: period.name ?? period.label
        case .quarterly: period.label
        }
    }
}
