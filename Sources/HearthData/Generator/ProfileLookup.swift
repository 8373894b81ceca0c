import HearthCore

/// Reads one authority's figures with the fallbacks the profile promises: the authority's own
/// value; else its region's rate scaled by its population; else England's.
struct ProfileLookup {
    let statistics: PublishedStatistics
    let authority: LocalAuthority?
    let population: Int
    private let regionPopulation: Int
    private let nationalPopulation: Int
    private(set) var estimated: [String] = []

    init(statistics: PublishedStatistics, year: Int, authority: LocalAuthority?, directory: AuthorityDirectory) {
        self.statistics = statistics
        self.authority = authority
        let popYear = year - 1
        let filter = ["age_group": "Children aged 0 to 17 years"]
        func ons(_ level: GeographicLevel, _ code: String) -> Int? {
            statistics.value(.population, "population_estimate", level: level, code: code, year: popYear, where: filter)?
                .number.map { Int($0) }
                ?? statistics.value(.population, "population_estimate", level: level, code: code,
                                    year: popYear - 1, where: filter)?.number.map { Int($0) }
        }
        nationalPopulation = ons(.national, "") ?? directory.all.compactMap { $0.population(forCollectionYear: year) }.reduce(0, +)
        if let authority {
            population = authority.population(forCollectionYear: year) ?? ons(.localAuthority, authority.code) ?? 0
            regionPopulation = ons(.regional, authority.regionCode)
                ?? directory.region(authority.regionCode).compactMap { $0.population(forCollectionYear: year) }.reduce(0, +)
        } else {
            population = nationalPopulation
            regionPopulation = nationalPopulation
        }
    }

    /// A count: the authority's, or a rate from a wider area scaled to its population.
    mutating func count(_ file: PublishedFile, _ measure: String, year: Int, where filters: [String: String] = [:],
                        field: String) -> Double {
        if let authority {
            if let v = statistics.value(file, measure, level: .localAuthority, code: authority.code, year: year,
                                        where: filters)?.number { return v }
            note(field)
            if let v = statistics.value(file, measure, level: .regional, code: authority.regionCode, year: year,
                                        where: filters)?.number, regionPopulation > 0 {
                return v * Double(population) / Double(regionPopulation)
            }
        }
        if let v = statistics.value(file, measure, level: .national, year: year, where: filters)?.number {
            return authority == nil ? v : v * Double(population) / Double(max(nationalPopulation, 1))
        }
        note(field)
        return 0
    }

    /// A percentage or average: the authority's, else its region's, else England's.
    mutating func percent(_ file: PublishedFile, _ measure: String, year: Int, where filters: [String: String] = [:],
                          field: String) -> Double {
        if let authority {
            if let v = statistics.value(file, measure, level: .localAuthority, code: authority.code, year: year,
                                        where: filters)?.number { return v }
            note(field)
            if let v = statistics.value(file, measure, level: .regional, code: authority.regionCode, year: year,
                                        where: filters)?.number { return v }
        }
        if let v = statistics.value(file, measure, level: .national, year: year, where: filters)?.number { return v }
        note(field)
        return 0
    }

    /// The care-leaver activity mix of one age group; suppressed groups take the wider area's share.
    mutating func activityMix(age: String, year: Int) -> [CareLeaverShare] {
        let groups: [(CareLeaverShare.Group, String)] = [
            (.higherEducation, "Higher education i.e. studies beyond A level"),
            (.otherEducation, "Education other than higher education"),
            (.training, "In an apprenticeship"),
            (.employment, "In training or employment (excl. apprenticeship)"),
            (.neetIllness, "Not in education, training or employment, owing to illness or disability"),
            (.neetOther, "Not in education, training or employment, owing to other reasons"),
            (.neetParenting, "Not in education, training or employment, owing to pregnancy or parenting"),
            (.notKnown, "Total information not known"),
        ]
        let field = age.hasPrefix("17") ? "careLeaverActivity17to18" : "careLeaverActivity19to21"
        let raw = groups.map { group, breakdown in
            percent(.careLeaversActivity, "care_leaver_percent", year: year,
                    where: ["care_leaver_age": age, "breakdown": breakdown], field: field)
        }
        let shares = ProfileLookup.normalised(raw)
        return zip(groups, shares).map { CareLeaverShare($0.0, $1) }
    }

    private mutating func note(_ field: String) {
        if !estimated.contains(field) { estimated.append(field) }
    }

    /// Shares summing to 1 (equal shares when everything is zero).
    static func normalised(_ values: [Double]) -> [Double] {
        let total = values.reduce(0) { $0 + max($1, 0) }
        guard total > 0 else { return values.map { _ in 1 / Double(max(values.count, 1)) } }
        return values.map { max($0, 0) / total }
    }
}
