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

    public static func make(la: String, year: Int, seed: UInt64, defectRate: Double) throws -> SyntheticReturns {
        let stats = try PublishedStatistics.shipped()
        // Published figures stop at the latest release: later years are modelled on it.
        let latest = stats[.referrals]?.years.last ?? year
        let profile = try AuthorityProfile.published(la, collectionYear: min(year, latest), statistics: stats)
        let generator = SyntheticAuthority()
        var dataset = generator.generate(profile: profile, collectionYear: year, seed: seed)
        let staffing = generator.staffing(for: dataset, profile: profile, seed: seed)
        let costs = SyntheticPlacementCosts.table(for: dataset.ssda903, seed: seed)
        var defects: [InjectedDefect] = []
        if defectRate > 0 {
            (dataset, defects) = DefectInjector(rate: defectRate, seed: seed).inject(into: dataset)
        }
        return SyntheticReturns(dataset: dataset, staffing: staffing, placementCosts: costs, defects: defects,
                                profileName: profile.name)
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
