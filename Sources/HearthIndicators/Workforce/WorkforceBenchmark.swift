import HearthCore
import HearthData

/// One workforce measure for the authority beside DfE's published figures for it, England, its
/// region and its statistical neighbours (mean as LAIT shows it, median as the DfE dashboard
/// does). Published symbols (c, x, z, k, u) stay symbols and are left out of means and medians.
public struct WorkforceBenchmark: Sendable, Codable {
    /// The benchmark id (`sw_vacancy_rate`, …) as `hearth benchmarks` knows it.
    public let id: IndicatorID
    public let title: String
    /// "percent" or "cases per FTE".
    public let unit: String
    /// The value Hearth computed from the authority's own records.
    public let local: Double?
    /// The census year (to 30 September) the published figures are for.
    public let year: Int
    public let published: PublishedValue
    public let england: PublishedValue
    public let regionName: String
    public let region: PublishedValue
    public let neighbourMean: Double?
    public let neighbourMedian: Double?
    public let neighboursWithData: Int

    /// Each workforce measure of `report` against the published figures for `authority` (a DfE
    /// code, ONS code or name). The year is the census year of the report's date (the latest 30
    /// September on or before it), or the latest published year when that is not out yet.
    public static func compare(_ report: WorkforceReport, authority: String,
                               benchmarker: Benchmarker) throws(BenchmarkError) -> [WorkforceBenchmark] {
        guard let la = benchmarker.directory.find(authority) else { throw .unknownAuthority(authority) }
        let censusYear = Day(year: report.date.year, month: 9, day: 30).map { report.date >= $0 ? report.date.year : report.date.year - 1 }
            ?? report.date.year
        var out: [WorkforceBenchmark] = []
        for m in benchmarker.catalogue.workforce {
            guard let published = m.definition.published else { throw .notPublished(m.id) }
            let years = benchmarker.years(published)
            guard let year = years.last(where: { $0 <= censusYear }) ?? years.last else { throw .noData(m.id) }
            let c = try benchmarker.compare(authority: la.code, indicator: m.id, year: year)
            out.append(WorkforceBenchmark(
                id: m.id, title: m.title, unit: m.isRatio ? "cases per FTE" : "percent", local: m.value(report), year: year, published: c.authority.value,
                england: c.england, regionName: c.region.name, region: c.region.value, neighbourMean: c.neighbourMean,
                neighbourMedian: c.neighbourMedian, neighboursWithData: c.neighboursWithData))
        }
        return out
    }
}
