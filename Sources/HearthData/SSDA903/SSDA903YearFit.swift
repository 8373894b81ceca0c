import HearthCore

/// How well an undated file's children fit each collection year (0…1, higher is likelier),
/// judged against that year's Episodes; each year's index is built once.
struct YearFit {
    /// Children looked at per file: enough to tell two years apart with room to spare, and it
    /// keeps assembling a national-scale return from hashing every child of every table.
    static let sampleSize = 5_000

    private let files: [SSDA903TableFile]
    private let yearOf: [Int?]
    /// The years a file may be placed in (this year and last year).
    private let candidates: [Int]
    private var indexes: [Int: SSDA903CareIndex] = [:]
    private var samples: [Int: Set<String>] = [:]

    init(files: [SSDA903TableFile], yearOf: [Int?], candidates: [Int]) {
        self.files = files
        self.yearOf = yearOf
        self.candidates = candidates
    }

    mutating func fit(_ file: Int, _ year: Int) -> Double {
        guard let rows = files[file].rows else { return 0 }
        if case .oc3 = rows {
            // Care leavers are in a year's OC3 when their 17th to 21st birthday falls in it. The
            // share is of the rows that fit one of the candidate years: a date of birth that fits
            // neither (aged 150, born after the year) says nothing about which it is, and counted
            // in the denominator it weighed down the file it was in against the other file.
            let births = careLeaverEvidence(file)
            guard !births.isEmpty else { return 0 }
            return Double(births.filter { SSDA903YearEvidence.isCareLeaver(born: $0, in: year) }.count)
                / Double(births.count)
        }
        let index = index(of: year)
        let children = sampledChildren(of: file, rows)
        guard !children.isEmpty else { return 0 }
        let share = { (test: (String) -> Bool) in Double(children.filter(test).count) / Double(children.count) }
        switch rows.table {
        case .oc2:
            // OC2 covers children looked after for the whole year, who appear in both years'
            // Episodes; only the stricter test tells the years apart.
            return share(index.wasLookedAfterAllYear)
        case .ad1, .placedForAdoption:
            // AD1 lists the children adopted in the year: their care ends in it with E11 or E12.
            // PlacedAdoption children are mostly adopted in the year or still waiting; being
            // looked after breaks the tie.
            return share(index.wasAdopted) + share(index.wasLookedAfter) / 100
        default:
            return share(index.wasLookedAfter)
        }
    }

    /// How many rows a file's fit is a share of: its sampled children, or its care leavers whose
    /// date of birth fits a candidate year.
    mutating func evidence(_ file: Int) -> Int {
        guard let rows = files[file].rows else { return 0 }
        if case .oc3 = rows { return careLeaverEvidence(file).count }
        return sampledChildren(of: file, rows).count
    }

    private func careLeaverEvidence(_ file: Int) -> [Day] {
        guard case .oc3(let leavers)? = files[file].rows else { return [] }
        return leavers.compactMap(\.birthDate).filter { dob in
            candidates.contains { SSDA903YearEvidence.isCareLeaver(born: dob, in: $0) }
        }
    }

    private mutating func sampledChildren(of file: Int, _ rows: SSDA903Rows) -> Set<String> {
        if let children = samples[file] { return children }
        let children = Self.sample(rows)
        samples[file] = children
        return children
    }

    /// Builds the indexes of `years` not built yet side by side: each is a pass over a year's
    /// Episodes hashing every child, and a national return's assembly waited on them one after
    /// the other while the other core was idle.
    mutating func prepare(years: [Int]) {
        let missing = years.filter { indexes[$0] == nil }
        guard missing.count > 1 else { return }
        let work = missing.map { (year: $0, episodes: episodes(of: $0)) }
        let built = Parallel.map(work.count) { i in SSDA903CareIndex(episodes: work[i].episodes, year: work[i].year) }
        for (item, index) in zip(work, built) { indexes[item.year] = index }
    }

    private mutating func index(of year: Int) -> SSDA903CareIndex {
        if let index = indexes[year] { return index }
        let index = SSDA903CareIndex(episodes: episodes(of: year), year: year)
        indexes[year] = index
        return index
    }

    /// That year's Episodes: the first Episodes file placed in it (later ones are clashes).
    private func episodes(of year: Int) -> [CareEpisode] {
        for (i, file) in files.enumerated() where yearOf[i] == year {
            if case .episodes(let e)? = file.rows { return e }
        }
        return []
    }

    /// Distinct children from rows spread evenly through the file.
    private static func sample(_ rows: SSDA903Rows) -> Set<String> {
        let step = max(1, rows.count / sampleSize)
        return Set(stride(from: 0, to: rows.count, by: step).map { rows.childID(at: $0) })
    }
}
