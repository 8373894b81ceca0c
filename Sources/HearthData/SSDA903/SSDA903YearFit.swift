import HearthCore

/// How well an undated file's children fit each collection year (0…1, higher is likelier),
/// judged against that year's Episodes; the reference sets are built once per year.
struct YearFit {
    private let files: [SSDA903TableFile]
    private let yearOf: [Int?]
    private var lookedAfter: [Int: Set<String>] = [:]
    private var lookedAfterAllYear: [Int: Set<String>] = [:]
    private var adoptedInYear: [Int: Set<String>] = [:]

    init(files: [SSDA903TableFile], yearOf: [Int?]) {
        self.files = files
        self.yearOf = yearOf
    }

    mutating func fit(_ file: Int, _ year: Int) -> Double {
        guard let rows = files[file].rows else { return 0 }
        switch rows {
        case .oc3(let leavers):
            // Care leavers are in a year's OC3 when their 17th to 21st birthday falls in it.
            let births = leavers.compactMap(\.birthDate)
            guard !births.isEmpty else { return 0 }
            return Double(SSDA903YearEvidence.careLeaverYears(of: births)[year] ?? 0) / Double(births.count)
        case .oc2:
            // OC2 covers children looked after for the whole year, a subset every year's
            // Episodes would contain; only the stricter set tells the years apart.
            if lookedAfterAllYear[year] == nil {
                lookedAfterAllYear[year] = SSDA903YearEvidence.lookedAfterAllYear(episodes(of: year), year: year)
            }
            return SSDA903YearEvidence.share(of: rows.childIDs, in: lookedAfterAllYear[year] ?? [])
        case .ad1, .placedForAdoption:
            // AD1 lists the children adopted in the year: their care ends in it with E11 or E12.
            // PlacedAdoption children are mostly adopted in the year or still waiting, so the
            // same set tells its years apart better than who was looked after.
            if adoptedInYear[year] == nil {
                adoptedInYear[year] = Set(episodes(of: year).filter {
                    ["E11", "E12"].contains($0.reasonEpisodeCeased ?? "") && $0.endDate?.reportingYear == year
                }.map(\.childID))
            }
            let adopted = SSDA903YearEvidence.share(of: rows.childIDs, in: adoptedInYear[year] ?? [])
            if lookedAfter[year] == nil { lookedAfter[year] = Set(episodes(of: year).map(\.childID)) }
            return adopted + SSDA903YearEvidence.share(of: rows.childIDs, in: lookedAfter[year] ?? []) / 100
        default:
            if lookedAfter[year] == nil { lookedAfter[year] = Set(episodes(of: year).map(\.childID)) }
            return SSDA903YearEvidence.share(of: rows.childIDs, in: lookedAfter[year] ?? [])
        }
    }

    /// That year's Episodes: the first Episodes file placed in it (later ones are clashes).
    private func episodes(of year: Int) -> [CareEpisode] {
        for (i, file) in files.enumerated() where yearOf[i] == year {
            if case .episodes(let e)? = file.rows { return e }
        }
        return []
    }
}
