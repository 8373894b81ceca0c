import Foundation
import HearthCore

/// Writes a dataset as the files an authority would produce: the CIN census XML, the SSDA903
/// tables for this year and last as CSV, the Annex A lists (the workbook, or one CSV per list)
/// the workforce census CSVs, and the council's staff, teams and recruitment CSVs. Same dataset,
/// same bytes.
public struct ReturnSetWriter: Sendable {
    public enum AnnexAForm: String, Sendable, CaseIterable {
        case workbook, csv
    }

    public let annexAForm: AnnexAForm
    /// The council's staff, teams and recruitment CSVs, written when given.
    public let staffing: StaffingRecords?
    /// Written as `placement_costs.csv` when given: the table `hearth sufficiency` prices with.
    public let placementCosts: PlacementCostTable?

    public init(annexAForm: AnnexAForm = .workbook, staffing: StaffingRecords? = nil,
                placementCosts: PlacementCostTable? = nil) {
        self.annexAForm = annexAForm
        self.staffing = staffing
        self.placementCosts = placementCosts
    }

    /// Writes into `directory` (created if needed) and returns the files written.
    public func write(_ dataset: Dataset, to directory: URL) throws -> [URL] {
        let fm = FileManager.default
        try fm.createDirectory(at: directory, withIntermediateDirectories: true)
        var written: [URL] = []
        let la = dataset.authorityCode ?? "LA"
        if let cin = dataset.cin {
            let url = directory.appendingPathComponent("CIN_Census_\(la)_\(cin.header.year).xml")
            try CINCensusWriter.write(cin, to: url)
            written.append(url)
        }
        for ret in [dataset.ssda903, dataset.ssda903Previous].compactMap({ $0 }) {
            written += try SSDA903CSVWriter().write(ret, to: directory)
        }
        if let annexA = dataset.annexA {
            switch annexAForm {
            case .workbook:
                let url = directory.appendingPathComponent("Annex_A_\(la).xlsx")
                try AnnexAWriter.workbook(annexA).write(to: url)
                written.append(url)
            case .csv:
                for file in AnnexAWriter.csvFiles(annexA) {
                    let url = directory.appendingPathComponent(file.fileName)
                    try Data(file.text.utf8).write(to: url)
                    written.append(url)
                }
            }
        }
        if let workforce = dataset.workforce {
            let year = workforce.censusDate.year
            let workers = directory.appendingPathComponent("Workforce_census_\(la)_\(year)_workers.csv")
            try Data(WorkforceCSVWriter.workers(workforce.workers).utf8).write(to: workers)
            let vacancies = directory.appendingPathComponent("Workforce_census_\(la)_\(year)_vacancies.csv")
            try Data(WorkforceCSVWriter.vacancies(workforce.vacanciesFTE).utf8).write(to: vacancies)
            written += [workers, vacancies]
        }
        if let staffing {
            let files = [("Workforce_staff_\(la).csv", StaffingCSVWriter.staff(staffing.staff)),
                         ("Workforce_teams_\(la).csv", StaffingCSVWriter.teams(staffing.teams)),
                         ("Workforce_recruitment_\(la).csv", StaffingCSVWriter.campaigns(staffing.campaigns))]
            for (name, text) in files {
                let url = directory.appendingPathComponent(name)
                try Data(text.utf8).write(to: url)
                written.append(url)
            }
        }
        if let placementCosts {
            let url = directory.appendingPathComponent("placement_costs.csv")
            try Data(StaffingCSVWriter.costs(placementCosts).utf8).write(to: url)
            written.append(url)
        }
        return written
    }
}
