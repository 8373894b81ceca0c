import HearthCore

/// Which periods one reporting year's returns are computed over, and from which data. Re-compute
/// stores every period here; `hearth indicators --period P` computes P from the same data the
/// same way (`dataset(for:earlier:)`), so the two are one computation.
///
/// - The reporting year, when the data reaches its 31 March (an in-year extract has no year
///   figure: the months after its "data to" day are missing, never zero).
/// - Each quarter and each calendar month that ends on or before the data-to day.
/// - Twelve months to each month-end of the year up to the data-to day, 31 March apart (that is
///   the year).
/// - For Annex A, the span its lists cover (usually the six months before an inspection).
///
/// Every period reads the year's returns with the year before's carried in behind them when they
/// are held (`Dataset.continuing`): twelve months to November cross 1 April, and a measure that
/// looks back (a re-referral within 12 months of the last, a second plan) finds the earlier
/// referral or plan whichever return holds it, as DfE's definitions ask — so a month, a quarter,
/// the year and a rolling year are all read from the same data, and the rolling year to 31 March
/// is the year. Without the year before, each period that reaches outside says so.
public struct SnapshotPlan: Sendable {
    public let dataset: Dataset
    public let periods: [ReportingPeriod]
    /// Whether the year before's returns are in `dataset`.
    public let carriesEarlier: Bool

    public init(dataset: Dataset, year: Int, earlier: Dataset?) {
        let yearSpan = ReportingPeriod.financialYear(year)
        let dataTo = min(dataset.dataTo ?? yearSpan.end, yearSpan.end)
        var periods: [ReportingPeriod] = []
        if dataTo >= yearSpan.end { periods.append(yearSpan) }
        periods += (1...4).compactMap { ReportingPeriod.quarter($0, ofYearEnding: year) }.filter { $0.end <= dataTo }
        periods += ReportingPeriod.monthEnds(ofYearEnding: year).filter { $0 <= dataTo }.compactMap {
            ReportingPeriod.month($0.components.month, year: $0.components.year)
        }
        if let span = dataset.annexA.flatMap(Self.annexASpan) { periods.append(span) }
        periods += ReportingPeriod.monthEnds(ofYearEnding: year).filter { $0 <= dataTo && $0 != yearSpan.end }
            .map { ReportingPeriod.rolling12Months(endingOn: $0) }
        self.periods = periods
        self.dataset = dataset.dataset(for: yearSpan, earlier: earlier)
        self.carriesEarlier = earlier != nil
    }

    /// The days Annex A's contact and referral lists cover, first to last.
    public static func annexASpan(_ annexA: AnnexA) -> ReportingPeriod? {
        guard let days = annexA.listedDays, days.lowerBound < days.upperBound else { return nil }
        return ReportingPeriod(start: days.lowerBound, end: days.upperBound,
                               label: "Annex A lists, \(days.lowerBound.uk) to \(days.upperBound.uk)")
    }
}

extension Dataset {
    /// The data a period of this year is computed from: this dataset, with the year before's
    /// carried in when it is given. Re-compute, the drill-down and the command line all come here.
    public func dataset(for period: ReportingPeriod, earlier: Dataset?) -> Dataset {
        guard let earlier else { return self }
        return continuing(from: earlier)
    }
}
