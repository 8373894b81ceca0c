import Foundation
import HearthCore
import HearthIndicators
import HearthStore

/// The workforce and sufficiency pictures of the authority from what the store holds: the latest
/// returns (for the census and the SSDA903), the staff records, the campaigns and the cost table.
/// The same calls `hearth workforce` and `hearth sufficiency` make, so pages and CLI agree.
public struct WorkforceService: Sendable {
    let store: any Store
    public let indicators: IndicatorService
    public var rates: WorkforceCostRates = .illustrative

    public init(store: any Store, indicators: IndicatorService, rates: WorkforceCostRates = .illustrative) {
        self.store = store
        self.indicators = indicators
        self.rates = rates
    }

    /// nil when neither staff records nor a workforce census have been imported.
    public func analysis() async throws -> WorkforceAnalysis? {
        let dataset = try await indicators.latestDataset()
        var staffing = try await store.latestStaffing(authority: indicators.authority)
        let campaigns = try await store.campaigns(authority: indicators.authority)
        if var records = staffing {
            records = StaffingRecords(teams: records.teams, staff: records.staff, campaigns: campaigns)
            staffing = records
        }
        do {
            return try WorkforceAnalysis(dataset: dataset, staffing: staffing, authority: indicators.authority, rates: rates,
                                         benchmarker: indicators.benchmarker)
        } catch .noWorkforceData {
            return nil
        }
    }

    /// Children looked after on the last day the latest SSDA903 held covers (31 March, or an in-year
    /// extract's data-to day) or on `date`, priced with
    /// the authority's cost table, or the illustrative national one until it has its own.
    public func sufficiency(date: Day? = nil) async throws -> (report: SufficiencyReport, ownCosts: Bool)? {
        let dataset = try await indicators.latestDataset()
        // Placements as on the last day the return covers: 31 March, or an in-year extract's day.
        guard let ssda903 = dataset.ssda903 else { return nil }
        let own = try await store.placementCosts(authority: indicators.authority)
        return (SufficiencyReport(dataset: dataset, date: date ?? ssda903.coverageEnd, costs: own ?? .illustrative), own != nil)
    }
}
