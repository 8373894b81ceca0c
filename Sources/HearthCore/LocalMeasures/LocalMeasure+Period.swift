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

    /// The period written as people write it: "2026-04", "April 2026" or "Apr 2026" for a month;
    /// "2026-27 Q1", "Q1 2026-27" or "2026-27-Q1" for a quarter; "2026-27" for a year ("2026/27"
    /// too); or any day within the period ("2026-06-30", "30/06/2026", as a spreadsheet saves a
    /// date). Nil when the text is none of these or a period of another frequency.
    public func period(parsing text: String) -> ReportingPeriod? {
        var t = text.trimmingCharacters(in: .whitespaces)
        // "2026/27" is a year written with a slash; "30/06/2026" is a date and keeps its slashes.
        if t.split(separator: "/").count == 2 { t = t.replacingOccurrences(of: "/", with: "-") }
        if let day = Day(iso: t) ?? Day(uk: t) { return period(containing: day) }
        let words = t.split(whereSeparator: { $0 == " " }).map(String.init)
        if words.count == 2, let month = Self.month(words[0]), let year = Int(words[1]), (1990...2100).contains(year) {
            return self == .monthly ? ReportingPeriod.month(month, year: year) : nil
        }
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

    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// 1–12 for "April", "Apr" or "apr"; nil otherwise.
    private static func month(_ word: String) -> Int? {
        let w = word.lowercased()
        guard w.count >= 3, let i = monthNames.firstIndex(where: { w.hasPrefix($0) }) else { return nil }
        return i + 1
    }

    /// The last `count` periods of this frequency that have ended by `today` (the one still
    /// running has no figure yet), oldest first.
    public func periods(endedBy today: Day, count: Int) -> [ReportingPeriod] {
        var out: [ReportingPeriod] = []
        var day = period(containing: today).start.adding(days: -1)
        while out.count < count {
            let p = period(containing: day)
            out.insert(p, at: 0)
            day = p.start.adding(days: -1)
        }
        return out
    }

    /// How a period of this frequency is written in a template and a table.
    public func text(_ period: ReportingPeriod) -> String {
        switch self {
        case .monthly, .annual: period.name ?? period.label
        case .quarterly: period.label
        }
    }
}
