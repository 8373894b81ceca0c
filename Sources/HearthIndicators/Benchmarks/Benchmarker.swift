import HearthCore
import HearthData

/// Looks up and compares DfE's published figures: the Explore Education Statistics files and,
/// for figures they do not hold, DfE's LAIT data. Symbols (c, x, z, k, u) keep their meaning
/// and are left out of means, medians and ranks rather than read as zero.
public struct Benchmarker: Sendable {
    public let statistics: PublishedStatistics
    public let lait: LAITStatistics
    public let directory: AuthorityDirectory
    public let catalogue: IndicatorCatalogue
    /// Region names by ONS region code: LAIT names its regions, the directory codes them.
    private let regionNames: [String: String]

    public init(statistics: PublishedStatistics, lait: LAITStatistics = .shippedOrEmpty,
                directory: AuthorityDirectory = .shipped, catalogue: IndicatorCatalogue = .standard) {
        self.statistics = statistics
        self.lait = lait
        self.directory = directory
        self.catalogue = catalogue
        var names: [String: String] = [:]
        for la in directory.all where names[la.regionCode] == nil { names[la.regionCode] = la.regionName }
        regionNames = names
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
        case .complementOfCount(let totalFilters):
            guard let part = raw.number else { return raw }
            guard let total = statistics.value(measure.file, measure.column, level: level, code: code, year: year,
                                               where: totalFilters) else { return .notAvailable }
            guard let all = total.number else { return total }
            guard all > 0 else { return .notApplicable }
            return .number(PublishedRounding.round((all - part) / all * 100, places: 0))
        }
    }

    /// The published value for one area and year from either source: `code` is the DfE code of
    /// an authority, the ONS code of a region, ignored for England.
    public func value(_ source: BenchmarkSource, level: GeographicLevel, code: String, year: Int) -> PublishedValue {
        switch source {
        case .explore(let measure):
            return value(measure, level: level, code: code, year: year)
        case .lait(let measure):
            let area = level == .regional ? regionNames[code] ?? code : code
            return lait.value(measure.measure, level: level, area: area, year: year) ?? .notAvailable
        }
    }

    /// Years the measure's file holds, ascending.
    public func years(_ measure: PublishedMeasure) -> [Int] { statistics[measure.file]?.years ?? [] }

    /// Years the source holds for the indicator, ascending.
    public func years(_ source: BenchmarkSource) -> [Int] {
        switch source {
        case .explore(let measure): years(measure)
        case .lait(let measure): lait.years(measure.measure)
        }
    }

    /// The source of `id`'s published figure: its definition's, from the catalogue.
    public func source(_ id: IndicatorID) -> BenchmarkSource? { catalogue.definition(id)?.published }

    public func compare(authority code: String, indicator id: IndicatorID, year: Int? = nil) throws(BenchmarkError) -> BenchmarkComparison {
        guard let la = directory.find(code) else { throw .unknownAuthority(code) }
        guard let source = source(id) else { throw .notPublished(id) }
        switch source {
        case .explore(let measure):
            guard statistics[measure.file] != nil else { throw .fileNotLoaded(measure.file.fileName) }
        case .lait(let measure):
            guard !lait.years(measure.measure).isEmpty else { throw .fileNotLoaded("lait/lait_csc_long.csv (\(measure.measure))") }
        }
        let years = years(source)
        guard let year = year ?? years.last else { throw .noData(id) }
        guard years.contains(year) else { throw .yearNotPublished(id, year, years) }

        let own = value(source, level: .localAuthority, code: la.code, year: year)
        let neighbours = directory.neighbours(of: la).map {
            BenchmarkComparison.Area(code: $0.code, name: $0.name, value: value(source, level: .localAuthority, code: $0.code, year: year))
        }
        let numbers = neighbours.compactMap(\.value.number).sorted()
        let mean = numbers.isEmpty ? nil : numbers.reduce(0, +) / Double(numbers.count)
        let median: Double? = numbers.isEmpty ? nil : numbers.count % 2 == 1 ? numbers[numbers.count / 2]
            : (numbers[numbers.count / 2 - 1] + numbers[numbers.count / 2]) / 2

        let all = directory.all.compactMap { a in value(source, level: .localAuthority, code: a.code, year: year).number }
        let (rank, quartile) = Self.position(of: own.number, among: all, polarity: source.polarity)
        return BenchmarkComparison(
            indicatorID: id, year: year,
            authority: .init(code: la.code, name: la.name, value: own),
            england: value(source, level: .national, code: "", year: year),
            region: .init(code: la.regionCode, name: la.regionName,
                          value: value(source, level: .regional, code: la.regionCode, year: year)),
            neighbours: neighbours, neighbourMean: mean, neighbourMedian: median, neighboursWithData: numbers.count,
            polarity: source.polarity, rank: rank, rankedAuthorities: all.count, quartile: quartile,
            series: years.map { ($0, value(source, level: .localAuthority, code: la.code, year: $0)) },
            basis: source.label)
    }

    /// Competition rank (authorities strictly ahead, plus one) and quartile of `value` among
    /// `all`: lowest first for DfE's Low, highest first for High and for no polarity.
    static func position(of value: Double?, among all: [Double], polarity: PublishedPolarity) -> (rank: Int?, quartile: Int?) {
        guard let v = value else { return (nil, nil) }
        let ahead = all.filter { polarity == .low ? $0 < v : $0 > v }.count
        return (ahead + 1, min(4, ahead * 4 / max(all.count, 1) + 1))
    }

    /// England's value of each published indicator in `year` (the default targets). Only the
    /// EES files: the LAIT figures came later and do not move the targets a council already has.
    public func nationalValues(year: Int) -> [IndicatorID: Double] {
        var out: [IndicatorID: Double] = [:]
        for d in catalogue.allDefinitions {
            guard case .explore(let m) = d.published else { continue }
            if let v = value(m, level: .national, code: "", year: year).number { out[d.id] = v }
        }
        return out
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
    case notPublished(IndicatorID)
    case fileNotLoaded(String)
    case noData(IndicatorID)
    case yearNotPublished(IndicatorID, Int, [Int])

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
