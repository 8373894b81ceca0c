import Foundation
import HearthCore
import HearthData

/// A generated authority, ready to write: the dataset, what was injected, and a one-line summary.
public struct SyntheticReturns {
    public let dataset: Dataset
    /// The council's staff records beside the census.
    public let staffing: StaffingRecords?
    /// Prices for its placements, written as placement_costs.csv.
    public let placementCosts: PlacementCostTable
    public let defects: [InjectedDefect]
    public let profileName: String

    /// The CIN census and SSDA903 of one year, to use in place of the generated year's own.
    public typealias Returns = (cin: CINCensus, ssda903: SSDA903Return, previous: SSDA903Return)

    /// A generated authority for `year`; with `returns`, its CIN census and SSDA903 are those
    /// (from `consecutive`, so several years are one world) and the rest is the year's own.
    public static func make(la: String, year: Int, seed: UInt64, defectRate: Double, returns: Returns? = nil) throws -> SyntheticReturns {
        let profile = try profile(la, year: year)
        let generator = SyntheticAuthority()
        var dataset = generator.generate(profile: profile, collectionYear: year, seed: seed)
        if let returns {
            dataset = Dataset(authorityCode: dataset.authorityCode, cin: returns.cin, ssda903: returns.ssda903,
                              ssda903Previous: returns.previous, annexA: dataset.annexA, workforce: dataset.workforce)
        }
        let staffing = generator.staffing(for: dataset, profile: profile, seed: seed)
        let costs = SyntheticPlacementCosts.table(for: dataset.ssda903, seed: seed)
        var defects: [InjectedDefect] = []
        if defectRate > 0 {
            (dataset, defects) = DefectInjector(rate: defectRate, seed: seed).inject(into: dataset)
        }
        return SyntheticReturns(dataset: dataset, staffing: staffing, placementCosts: costs, defects: defects,
                                profileName: profile.name)
    }

    /// The CIN census and SSDA903 of `count` consecutive years to `lastYear`, by year, from one
    /// simulated world (the same children across the years, as a council's own returns are).
    public static func consecutive(la: String, through lastYear: Int, count: Int, seed: UInt64) throws -> [Int: Returns] {
        let runs = SyntheticAuthority().consecutiveReturns(profile: try profile(la, year: lastYear), through: lastYear,
                                                           count: count, seed: seed)
        return Dictionary(runs.map { ($0.cin.header.year, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Published figures stop at the latest release: later years are modelled on it.
    private static func profile(_ la: String, year: Int) throws -> AuthorityProfile {
        let stats = try PublishedStatistics.shipped()
        let latest = stats[.referrals]?.years.last ?? year
        return try AuthorityProfile.published(la, collectionYear: min(year, latest), statistics: stats)
    }

    /// The year cut back to an in-year extract to `day` (what a case system writes part-way through).
    /// Annex A is left out: a council writes its lists when Ofsted asks (the six months before an
    /// inspection), not each month, so the latest lists stay the last full year's.
    public func extract(to day: Day) -> SyntheticReturns {
        let cut = InYearExtract.cut(dataset, to: day)
        return SyntheticReturns(dataset: Dataset(authorityCode: cut.authorityCode, cin: cut.cin, ssda903: cut.ssda903,
                                                 ssda903Previous: cut.ssda903Previous, annexA: nil, workforce: cut.workforce),
                                staffing: staffing, placementCosts: placementCosts, defects: defects, profileName: profileName)
    }

    /// The last full reporting year and the day of the in-year extract after it, for a demo built
    /// `today`: the extract runs to the last month-end before today; at the end of March there is
    /// no extract and that year is the last full one.
    public static func demoYears(today: Day) -> (year: Int, extractTo: Day?) {
        let monthEnd = ReportingPeriod.lastMonthEnd(before: today)
        let span = ReportingPeriod(start: monthEnd, end: monthEnd, label: "")
        if monthEnd.components.month == 3 { return (span.reportingYear, nil) }
        return (span.reportingYear - 1, monthEnd)
    }

    public var summary: String {
        let cin = dataset.cin?.children.count ?? 0
        let referrals = dataset.cin?.children.reduce(0) { $0 + $1.episodes.count } ?? 0
        let looked = Set(dataset.ssda903?.header.map(\.childID) ?? []).count
        return "\(cin) children in the CIN census (\(referrals) episodes), \(looked) children in this year's SSDA903, "
            + "\(dataset.annexA?.rowCount ?? 0) Annex A rows, \(dataset.workforce?.workers.count ?? 0) social workers"
    }
}

/// The list of injected defects as CSV, so tests and analysts can check what the rules find.
public enum DefectReport {
    public static func csv(_ defects: [InjectedDefect]) -> String {
        var lines = ["kind,child_id,table,record,field,description"]
        for d in defects {
            lines.append([d.kind.rawValue, d.childID, d.table, d.record, d.field, d.description].map(CSVWriter.field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
