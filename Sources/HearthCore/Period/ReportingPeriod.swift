
/// The span an indicator is computed over, both ends included.
public struct ReportingPeriod: Sendable, Hashable, Codable, CustomStringConvertible {
    public let start: Day
    public let end: Day
    public let label: String

    public init(start: Day, end: Day, label: String) {
        self.start = start
        self.end = end
        self.label = label
    }

    /// The reporting year ending 31 March `endingIn`: `financialYear(2025)` is 2024-25. A year no
    /// date can hold is held to one that can (`Day.reportingYear`).
    public static func financialYear(_ endingIn: Int) -> ReportingPeriod {
        let (start, end) = Day.reportingYear(endingIn: endingIn)
        return ReportingPeriod(start: start, end: end, label: "\(endingIn - 1)-\(Day.pad(endingIn % 100, 2))")
    }

    /// Quarter `q` (1 = April–June) of the reporting year ending 31 March `endingIn`.
    public static func quarter(_ q: Int, ofYearEnding endingIn: Int) -> ReportingPeriod? {
        guard (1...4).contains(q) else { return nil }
        let start = Day.reportingYear(endingIn: endingIn).start.adding(months: 3 * (q - 1))
        return ReportingPeriod(start: start, end: start.adding(months: 3).adding(days: -1),
                               label: "Q\(q) \(endingIn - 1)-\(Day.pad(endingIn % 100, 2))")
    }

    /// A calendar month.
    public static func month(_ month: Int, year: Int) -> ReportingPeriod? {
        guard let start = Day(year: year, month: month, day: 1) else { return nil }
        return ReportingPeriod(start: start, end: start.adding(months: 1).adding(days: -1),
                               label: "\(year)-\(Day.pad(month, 2))")
    }

    /// The 12 months ending on `end` (e.g. 1 Dec 2024 – 30 Nov 2025).
    public static func rolling12Months(endingOn end: Day) -> ReportingPeriod {
        ReportingPeriod(start: end.adding(days: 1).adding(months: -12), end: end,
                        label: "12 months to \(end.uk)")
    }

    /// Parses `2024-25`, `2025` (year ending March 2025), `2024-25-Q3`, `2025-01` (month) or
    /// `rolling:2025-11-30`.
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("rolling:"), let d = Day(iso: t.dropFirst("rolling:".count)) {
            self = .rolling12Months(endingOn: d); return
        }
        let parts = t.split(separator: "-").map(String.init)
        if parts.count == 1, let y = Int(parts[0]), (1990...2100).contains(y) {
            self = .financialYear(y); return
        }
        // The year is held to what a date can carry before any arithmetic on it: text from a URL
        // such as 9223372036854775807-00 would otherwise overflow `y + 1`.
        if parts.count >= 2, let y = Int(parts[0]), (1...9998).contains(y), let second = Int(parts[1]) {
            if parts[1].count == 2, (second == (y + 1) % 100) {
                let year = ReportingPeriod.financialYear(y + 1)
                if parts.count == 2 { self = year; return }
                if parts.count == 3, parts[2].uppercased().hasPrefix("Q"), let q = Int(parts[2].dropFirst()),
                   let quarter = ReportingPeriod.quarter(q, ofYearEnding: y + 1) {
                    self = quarter; return
                }
            }
            if parts.count == 2, parts[1].count == 2, (1...12).contains(second), let m = ReportingPeriod.month(second, year: y) {
                self = m; return
            }
        }
        return nil
    }

    public func contains(_ day: Day) -> Bool { day >= start && day <= end }

    public var description: String { label }
}

