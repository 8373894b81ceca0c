import HearthCore

/// Which periods one reporting year's returns are computed over, and from which data. Re-compute
/// stores every period here; `hearth indicators --period P` computes P from the same data the
/// same way (`dataset(for:)`), so the two are one computation.
///
/// - The reporting year, when the data reaches its 31 March (an in-year extract has no year
///   figure: the months after its "data to" day are missing, never zero).
/// - Each quarter and each calendar month that ends on or before the data-to day.
/// - Twelve months to each month-end of the year up to the data-to day, 31 March apart (that is
///   the year). They cross 1 April, so they read the year before's returns carried in
///   (`Dataset.continuing`); without them each says the period reaches outside the data held.
/// - For Annex A, the span its lists cover (usually the six months before an inspection).
public struct SnapshotPlan: Sendable {
    /// Periods computed from one dataset.
    public struct Run: Sendable {
        public let dataset: Dataset
        public let periods: [ReportingPeriod]
        /// Whether the year before's returns are in `dataset`.
        public let carriesEarlier: Bool
    }

    public let runs: [Run]

    public init(dataset: Dataset, year: Int, earlier: Dataset?) {
        let yearSpan = ReportingPeriod.financialYear(year)
        let dataTo = min(dataset.dataTo ?? yearSpan.end, yearSpan.end)
        var own: [ReportingPeriod] = []
        if dataTo >= yearSpan.end { own.append(yearSpan) }
        own += (1...4).compactMap { ReportingPeriod.quarter($0, ofYearEnding: year) }.filter { $0.end <= dataTo }
        own += ReportingPeriod.monthEnds(ofYearEnding: year).filter { $0 <= dataTo }.compactMap {
            ReportingPeriod.month($0.components.month, year: $0.components.year)
        }
        if let span = dataset.annexA.flatMap(Self.annexASpan) { own.append(span) }
        let rolling = ReportingPeriod.monthEnds(ofYearEnding: year).filter { $0 <= dataTo && $0 != yearSpan.end }
            .map { ReportingPeriod.rolling12Months(endingOn: $0) }
        var runs = [Run(dataset: dataset, periods: own, carriesEarlier: false)]
        if !rolling.isEmpty {
            if let earlier, let first = rolling.first, dataset.needsEarlier(for: first) {
                runs.append(Run(dataset: dataset.continuing(from: earlier), periods: rolling, carriesEarlier: true))
            } else {
                runs.append(Run(dataset: dataset, periods: rolling, carriesEarlier: false))
            }
        }
        self.runs = runs
    }

    /// The days Annex A's contact and referral lists cover, first to last.
    public static func annexASpan(_ annexA: AnnexA) -> ReportingPeriod? {
        let dates = [AnnexAList.contacts, .referrals].flatMap { annexA[$0] }.compactMap(\.date)
        guard let first = dates.min(), let last = dates.max(), first < last else { return nil }
        return ReportingPeriod(start: first, end: last, label: "Annex A lists, \(first.uk) to \(last.uk)")
    }
}

extension Dataset {
    /// Whether `period` reaches back before the first day this year's returns hold, so it needs
    /// the year before's carried in.
    public func needsEarlier(for period: ReportingPeriod) -> Bool {
        guard period.kind == .rolling12 || period.kind == .other else { return false }
        guard let ownStart = cin?.coverageStart ?? ssda903?.periodStart else { return false }
        return period.start < ownStart
    }

    /// The data `period` is computed from: this dataset, continued by the year before's when the
    /// period needs it and it is given. Re-compute and the command line both come here.
    public func dataset(for period: ReportingPeriod, earlier: Dataset?) -> Dataset {
        guard let earlier, needsEarlier(for: period) else { return self }
        return continuing(from: earlier)
    }
}
