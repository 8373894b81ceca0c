import HearthCore

extension IndicatorContext {
    /// The days a source describes completely. A CIN census holds the episodes open in its year
    /// only (to its reference date, for an in-year extract; from the year before's 1 April when
    /// the earlier census is carried in), and the SSDA903 returns those of their two years (to the
    /// extract's data-to day): a period reaching outside would be computed from part of the data,
    /// so it gets no value and a note saying what to load.
    func coverage(of source: IndicatorDefinition.Source) -> ClosedRange<Day>? {
        switch source {
        case .cinCensus:
            guard let cin = dataset.cin, cin.coverageStart <= cin.referenceDate else { return nil }
            return cin.coverageStart...cin.referenceDate
        case .ssda903:
            let returns = [dataset.ssda903, dataset.ssda903Previous].compactMap { $0 }
            guard let first = returns.map(\.periodStart).min(), let last = returns.map(\.coverageEnd).max(),
                  first <= last else { return nil }
            return first...last
        case .annexA:
            return dataset.annexA?.listedDays
        case .workforce, .local:
            return nil
        }
    }

    /// Why `period` cannot be computed for `definition` from the data held, or nil when it can.
    func outsideCoverage(_ definition: IndicatorDefinition, _ period: ReportingPeriod) -> String? {
        guard let range = coverage(of: definition.source) else { return nil }
        let fits: Bool
        if definition.periodKind == .snapshot {
            // Whatever is open on the day before the first day held is still open on that day.
            fits = period.end >= range.lowerBound.adding(days: -1) && period.end <= range.upperBound
        } else {
            fits = period.start >= range.lowerBound && period.end <= range.upperBound
        }
        guard fits else {
            return "the \(definition.source.rawValue) held covers \(range.lowerBound.uk) to \(range.upperBound.uk): "
                + "load the return for \(period.label) to compute this period"
        }
        let reachBack = period.start.adding(months: -definition.historyMonths)
        guard definition.historyMonths > 0, range.lowerBound > reachBack else { return nil }
        return "not enough history: this measure looks back \(definition.historyMonths) months before the period, "
            + "to \(reachBack.uk), and the \(definition.source.rawValue) held begins \(range.lowerBound.uk)"
    }
}
