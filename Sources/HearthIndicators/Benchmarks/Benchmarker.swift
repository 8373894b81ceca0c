import HearthCore
import HearthData

/// Looks up and compares DfE's published figures. Symbols (c, x, z, k, u) keep their meaning
/// and are left out of means, medians and ranks rather than read as zero.
public struct Benchmarker: Sendable {
    public let statistics: PublishedStatistics
    public let directory: AuthorityDirectory
    public let catalogue: IndicatorCatalogue

    public init(statistics: PublishedStatistics, directory: AuthorityDirectory = .shipped,
                catalogue: IndicatorCatalogue = .standard) {
        self.statistics = statistics
        self.directory = directory
        self.catalogue = catalogue
    }

    /// The published value for one area and year: `code` nil = England.
    public func value(_ measure: PublishedMeasure, level: GeographicLevel, code: String, year: Int) -> PublishedValue {
        guard let raw = statistics.value(measure.file, measure.column, level: level, code: code, year: year,
                                         where: measure.filters) else { return .notAvailable }
        switch measure.kind {
        case .asPublished:
            return raw
        case .ratePer10kFromCount:
            guard let count = raw.number else { return raw }
            guard let population = population(level: level, code: code, year: year) else { return .notAvailable }
            return .number(count * 10_000 / population)
        }
    }

    /// Years the measure's file holds, ascending.
    public func years(_ measure: PublishedMeasure) -> [Int] { statistics[measure.file]?.years ?? [] }

    public func compare(authority code: String, indicator id: String, year: Int? = nil) throws(BenchmarkError) -> BenchmarkComparison {
        guard let la = directory.find(code) else { throw .unknownAuthority(code) }
        guard let measure = PublishedMeasure.forIndicator(id) else { throw .notPublished(id) }
        guard statistics[measure.file] != nil else { throw .fileNotLoaded(measure.file.fileName) }
        let years = years(measure)
        guard let year = year ?? years.last else { throw .noData(id) }
        guard years.contains(year) else { throw .yearNotPublished(id, year, years) }

        let own = value(measure, level: .localAuthority, code: la.code, year: year)
        let neighbours = directory.neighbours(of: la).map {
            BenchmarkComparison.Area(code: $0.code, name: $0.name, value: value(measure, level: .localAuthority, code: $0.code, year: year))
        }
        let numbers = neighbours.compactMap(\.value.number).sorted()
        let mean = numbers.isEmpty ? nil : numbers.reduce(0, +) / Double(numbers.count)
        let median: Double? = numbers.isEmpty ? nil : numbers.count % 2 == 1 ? numbers[numbers.count / 2]
            : (numbers[numbers.count / 2 - 1] + numbers[numbers.count / 2]) / 2

        let polarity = catalogue.measure(id)?.definition.polarity ?? polarityOfWorkforce(id)
        let all = directory.all.compactMap { a in value(measure, level: .localAuthority, code: a.code, year: year).number }
        var rank: Int? = nil, quartile: Int? = nil
        if let v = own.number {
            // Competition ranking: authorities strictly better than this one, plus one.
            let better = all.filter { polarity == .high ? $0 > v : $0 < v }.count
            rank = better + 1
            quartile = min(4, better * 4 / max(all.count, 1) + 1)
        }
        return BenchmarkComparison(
            indicatorID: id, year: year,
            authority: .init(code: la.code, name: la.name, value: own),
            england: value(measure, level: .national, code: "", year: year),
            region: .init(code: la.regionCode, name: la.regionName,
                          value: value(measure, level: .regional, code: la.regionCode, year: year)),
            neighbours: neighbours, neighbourMean: mean, neighbourMedian: median, neighboursWithData: numbers.count,
            rank: rank, rankedAuthorities: all.count, quartile: quartile,
            series: years.map { ($0, value(measure, level: .localAuthority, code: la.code, year: $0)) },
            basis: measure.kind == .asPublished ? "\(measure.file.fileName): \(measure.column)"
                : "\(measure.file.fileName): \(measure.column) ÷ ONS 0–17 population × 10,000")
    }

    /// England's value of each published indicator in `year` (the default targets).
    public func nationalValues(year: Int) -> [String: Double] {
        var out: [String: Double] = [:]
        for m in PublishedMeasure.all {
            if let v = value(m, level: .national, code: "", year: year).number { out[m.indicatorID] = v }
        }
        return out
    }

    /// Workforce indicators are not in the CIN/903 catalogue yet; all of them are "lower is
    /// better" except the caseload and the agency cover of vacancies, which are read in context.
    private func polarityOfWorkforce(_ id: String) -> IndicatorDefinition.Polarity {
        ["sw_caseload", "sw_agency_cover_vacancies"].contains(id) ? .context : .low
    }

    private func population(level: GeographicLevel, code: String, year: Int) -> Double? {
        let p = statistics.value(.population, "population_estimate", level: level, code: code, year: year - 1,
                                 where: ["age_group": "Children aged 0 to 17 years"])
        if let n = p?.number { return n }
        if level == .localAuthority, let la = directory[code], let n = la.population(forCollectionYear: year) { return Double(n) }
        return nil
    }
}

public enum BenchmarkError: Error, Equatable, CustomStringConvertible {
    case unknownAuthority(String)
    case notPublished(String)
    case fileNotLoaded(String)
    case noData(String)
    case yearNotPublished(String, Int, [Int])

    public var description: String {
        switch self {
        case .unknownAuthority(let q): "no authority matches \"\(q)\" (a DfE code such as 876, an ONS code or a name)"
        case .notPublished(let id): "DfE publishes no figure for \"\(id)\" in the files Hearth holds"
        case .fileNotLoaded(let f): "published file \(f) is not loaded"
        case .noData(let id): "no published years for \"\(id)\""
        case .yearNotPublished(let id, let y, let ys): "no published \(id) for \(y); years held: \(ys.map(String.init).joined(separator: ", "))"
        }
    }
}
