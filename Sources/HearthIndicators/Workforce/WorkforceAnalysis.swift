import HearthCore
import HearthData

/// The workforce picture of one authority from what was read: the snapshot measured, the report,
/// and the published benchmarks. The one call `hearth workforce` makes, and the one a page
/// should make, so both show the same numbers.
public struct WorkforceAnalysis: Sendable {
    public enum Source: String, Sendable, Codable {
        /// The council's staff and teams CSVs.
        case staffRecords = "staff records"
        /// The DfE worker-level census (when no staff records were given).
        case census = "workforce census"
    }

    public let source: Source
    public let snapshot: WorkforceSnapshot
    public let report: WorkforceReport
    /// The same measures a year before the as-at day, for each measure's direction: from staff
    /// records that reach back that far (someone's contract started on or before that day);
    /// nil from a census, which holds one day. The teams' establishment is today's, as in the
    /// monthly trend, since the records keep no history of it.
    public let yearEarlier: WorkforceReport?
    /// Empty when the authority is not known or no published figures were given.
    public let benchmarks: [WorkforceBenchmark]
    public let authority: LocalAuthority?

    /// - Parameters:
    ///   - dataset: what was read; its census is used when there are no staff records.
    ///   - staffing: the council's staff records (`ReturnSet.staffing`), used when present.
    ///   - authority: DfE code, ONS code or name; the dataset's authority when nil.
    ///   - date: the as-at date; the census date when there is a census, else the latest date in
    ///     the staff records.
    ///   - benchmarker: the published figures to compare with; none when nil.
    public init(dataset: Dataset, staffing: StaffingRecords?, authority: String? = nil, date: Day? = nil, rates: WorkforceCostRates = .illustrative,
                benchmarker: Benchmarker? = nil,
                calendar: WorkingDayCalendar = .englandAndWales) throws(WorkforceAnalysisError) {
        if let records = staffing {
            guard let d = date ?? dataset.workforce?.censusDate ?? records.latestDate else { throw .noDate }
            source = .staffRecords
            snapshot = WorkforceSnapshot(records: records, date: d, rates: rates)
        } else if let census = dataset.workforce {
            source = .census
            let fromCensus = WorkforceSnapshot(census: census, rates: rates)
            snapshot = WorkforceSnapshot(date: date ?? census.censusDate, teams: fromCensus.teams, staff: fromCensus.staff, rates: rates)
        } else {
            throw .noWorkforceData
        }
        let code = authority ?? dataset.authorityCode
        self.authority = code.flatMap { benchmarker?.directory.find($0) ?? AuthorityDirectory.shipped.find($0) }
        let population = self.authority.flatMap { EthnicPopulation.shipped[$0.onsCode] }
        report = WorkforceReport(snapshot, calendar: calendar, population: population)
        let before = snapshot.date.adding(years: -1)
        if source == .staffRecords, snapshot.staff.contains(where: { ($0.startDate ?? before.adding(days: 1)) <= before }) {
            let earlier = WorkforceSnapshot(date: before, teams: snapshot.teams, staff: snapshot.staff, campaigns: snapshot.campaigns, rates: rates)
            yearEarlier = WorkforceReport(earlier, calendar: calendar, population: population)
        } else {
            yearEarlier = nil
        }
        if let benchmarker, let la = self.authority {
            do { benchmarks = try WorkforceBenchmark.compare(report, authority: la.code, benchmarker: benchmarker) }
            catch { throw .benchmarks(error) }
        } else {
            benchmarks = []
        }
    }
}

public enum WorkforceAnalysisError: Error, CustomStringConvertible {
    case noWorkforceData
    case noDate
    case benchmarks(BenchmarkError)

    public var description: String {
        switch self {
        case .noWorkforceData: "no staff records (staff and teams CSVs) or workforce census found"
        case .noDate: "the staff records hold no dates: give the as-at date"
        case .benchmarks(let e): "benchmarks: \(e.description)"
        }
    }
}
