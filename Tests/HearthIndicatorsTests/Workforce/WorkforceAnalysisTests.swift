import Foundation
import HearthCore
import HearthData
import Testing
@testable import HearthIndicators

/// What `hearth workforce` and `hearth sufficiency` compute from a generated authority's folder is
/// what the measures give on the generated data itself.
@Suite struct WorkforceAnalysisTests {
    static let statistics = try? PublishedStatistics.shipped()

    private func generated() throws -> (Dataset, StaffingRecords, URL) {
        let stats = try #require(Self.statistics)
        let profile = try AuthorityProfile.published("876", collectionYear: 2025, statistics: stats)
        let dataset = SyntheticAuthority().generate(profile: profile, collectionYear: 2025, seed: 7)
        let staffing = try #require(SyntheticAuthority().staffing(for: dataset, profile: profile, seed: 7))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-workforce-\(UUID().uuidString)")
        _ = try ReturnSetWriter(annexAForm: .csv, staffing: staffing,
                                placementCosts: SyntheticPlacementCosts.table(for: dataset.ssda903, seed: 7)).write(dataset, to: dir)
        return (dataset, staffing, dir)
    }

    @Test func theFolderGivesTheSameWorkforceNumbersAsTheMeasures() async throws {
        // Given a generated Halton written as files
        let (dataset, records, dir) = try generated()
        defer { try? FileManager.default.removeItem(at: dir) }
        let census = try #require(dataset.workforce)
        // When the folder is read and analysed as the command does
        let set = await ReturnSetReader().read(directory: dir)
        #expect(set.problems.filter { $0.severity != .warning }.isEmpty, "\(set.problems.prefix(5))")
        #expect(set.staffing == records)
        let analysis = try WorkforceAnalysis(dataset: set.dataset, staffing: set.staffing, benchmarker: Benchmarker(statistics: try #require(Self.statistics)))
        // Then it read the staff records, at the census date, and every number is the measures' own
        #expect(analysis.source == .staffRecords)
        #expect(analysis.authority?.code == "876")
        let direct = WorkforceReport(WorkforceSnapshot(records: records, date: census.censusDate),
                                     population: EthnicPopulation.shipped[analysis.authority?.onsCode ?? ""])
        #expect(analysis.report == direct)
        #expect(analysis.report.diversity.populationArea == "Halton")
        #expect(analysis.benchmarks.count == 6)
        #expect(analysis.benchmarks.first { $0.id == "sw_vacancy_rate" }?.local == direct.vacancyRate.percent)
    }

    @Test func theStaffRecordsAgreeWithTheCensusTheyWereBuiltBeside() throws {
        // Given the same generated authority measured from its census and from its staff records
        let (dataset, records, dir) = try generated()
        try? FileManager.default.removeItem(at: dir)
        let census = try #require(dataset.workforce)
        let fromCensus = WorkforceReport(WorkforceSnapshot(census: census))
        let fromRecords = WorkforceReport(WorkforceSnapshot(records: records, date: census.censusDate))
        // Then DfE's measures agree (absence differs only in who is away: the census knows no dates)
        #expect(fromRecords.vacancyRate == fromCensus.vacancyRate)
        #expect(fromRecords.agencyRate == fromCensus.agencyRate)
        #expect(fromRecords.turnover == fromCensus.turnover)
        #expect(fromRecords.caseload == fromCensus.caseload)
        #expect(fromRecords.sicknessAbsence == fromCensus.sicknessAbsence)
    }

    @Test func theYearBeforeComesFromStaffRecordsAndNotFromACensus() throws {
        // Given the generated authority with and without its staff records
        let (dataset, records, dir) = try generated()
        try? FileManager.default.removeItem(at: dir)
        let census = try #require(dataset.workforce)
        let fromRecords = try WorkforceAnalysis(dataset: dataset, staffing: records)
        let fromCensus = try WorkforceAnalysis(dataset: dataset, staffing: nil)
        // Then the records give the same measures a year before the census day, and a census alone none
        let before = census.censusDate.adding(years: -1)
        #expect(fromRecords.yearEarlier == WorkforceReport(WorkforceSnapshot(records: records, date: before),
                                                           population: EthnicPopulation.shipped[fromRecords.authority?.onsCode ?? ""]))
        #expect(fromRecords.yearEarlier?.date == before)
        #expect(fromCensus.yearEarlier == nil)
    }

    @Test func personalAdvisersAreOutOfDfEsMeasuresAndHaveTheirOwnCaseload() throws {
        // Given generated records whose care leavers teams have personal advisers the census does not hold
        let (dataset, records, dir) = try generated()
        try? FileManager.default.removeItem(at: dir)
        let census = try #require(dataset.workforce)
        let advisers = records.staff.filter { WorkforceRole(role: $0.role) == .personalAdviser }
        #expect(!advisers.isEmpty)
        #expect(Set(advisers.map(\.staffID)).isDisjoint(with: census.workers.map(\.workerID)))
        let r = WorkforceReport(WorkforceSnapshot(records: records, date: census.censusDate))
        // Then the census measures are the social workers' (the agreement test above holds), and
        // the advisers' cases are theirs, per team
        let paCases = advisers.filter { $0.isEmployed(on: census.censusDate) }.reduce(0) { $0 + ($1.cases ?? 0) }
        #expect(paCases > 0 && r.teamCaseloads.rows.reduce(0) { $0 + $1.personalAdviserCases } == paCases)
        #expect(r.caseload == WorkforceReport(WorkforceSnapshot(census: census)).caseload)
    }

    @Test func theGeneratedWorkforceLooksLikeTheAuthorityItModels() throws {
        // Given Halton's published 2024 census: vacancy 43%, agency 44.3%, turnover 11.3%, caseload 19.1
        let (dataset, records, dir) = try generated()
        try? FileManager.default.removeItem(at: dir)
        let census = try #require(dataset.workforce)
        let r = WorkforceReport(WorkforceSnapshot(records: records, date: census.censusDate))
        // Then the synthetic staff records come out near those (headcounts are whole people)
        #expect(abs((r.vacancyRate.percent ?? 0) - 43) < 5)
        #expect(abs((r.agencyRate.percent ?? 0) - 44.3) < 5)
        #expect(abs((r.turnover.percent ?? 0) - 11.3) < 5)
        #expect(abs((r.caseload.ratio ?? 0) - 19.1) < 3)
        #expect(r.nqswRetention.allSatisfy { $0.retained.denominator > 0 })
        #expect(!r.recruitment.isEmpty)
    }

    @Test func theFolderGivesTheSameSufficiencyNumbersAsTheMeasures() async throws {
        // Given the same folder, with the placement_costs.csv the generator wrote
        let (dataset, _, dir) = try generated()
        defer { try? FileManager.default.removeItem(at: dir) }
        let set = await ReturnSetReader().read(directory: dir)
        let (table, problems) = PlacementCostCSVReader.table(url: dir.appendingPathComponent("placement_costs.csv"))
        #expect(problems.isEmpty)
        // When measured from the files and from the generated data
        let costs = SyntheticPlacementCosts.table(for: dataset.ssda903, seed: 7)
        let date = try #require(dataset.ssda903?.periodEnd)
        let fromFiles = SufficiencyReport(dataset: set.dataset, date: date, costs: try #require(table))
        let direct = SufficiencyReport(dataset: dataset, date: date, costs: costs)
        // Then they agree, and the generated Halton has children in care and costs
        #expect(table == costs)
        #expect(fromFiles == direct)
        #expect(direct.lookedAfter > 100)
        #expect(direct.spend.spentToDate > 0)
    }
}
