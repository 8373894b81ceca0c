import HearthCore
import HearthIndicators

/// Social workers by month in FTE — in post, agency and vacant — as the workforce page and the
/// board pack's workforce section both draw it, so the two cannot come to show different lines.
public enum WorkforceTrendChart {
    public static func chart(_ trend: [WorkforceTrendPoint]) -> TrendChart {
        TrendChart(title: "Social workers by month (FTE)", labels: trend.map { monthLabel($0.monthEnd) }, series: [
            .init(name: "In post (permanent)", values: trend.map(\.inPostFTE), style: .primary),
            .init(name: "Agency", values: trend.map(\.agencyFTE), style: .secondary),
            .init(name: "Vacant", values: trend.map(\.vacancyFTE), style: .comparison),
        ], target: nil, format: { MoneyFormat.oneDecimal($0) })
    }

    /// A month end as the chart labels it, and the page's table beside it: "Mar 25".
    public static func monthLabel(_ d: Day) -> String {
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1] + " \(d.year % 100)"
    }
}
