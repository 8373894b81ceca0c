import Foundation

/// DfE's Local Authority Interactive Tool (LAIT) data in its long layout — `measure, year,
/// la_code, area, region, value`, one row per measure, area and year — with the data dictionary
/// that defines each measure.
///
/// Areas: an authority by its 3-digit DfE code; England and the regions are LAIT's aggregate rows
/// (their `region` column is "NA"), found by name, since LAIT's own codes for them (970, 980–990)
/// are not the ONS codes Hearth uses. Years are LAIT's, which for financial-year measures is the
/// year the reporting year ends (2025 = 2024-25), Hearth's convention too.
///
/// Values: LAIT stores numbers as floating-point text ("85.800000000000011"); each is rounded to
/// the dictionary's decimal places (half away from zero, as DfE rounds) or, where the dictionary
/// gives none, at 10 places, which drops the floating-point error and keeps every digit. LAIT writes "-" for every figure it does not
/// have, suppressed or not collected alike, so "-" reads as not available rather than as "c";
/// DfE's own symbols (c, x, z, k, u, low) and blanks keep their meaning as in `PublishedValue`.
public struct LAITStatistics: Sendable {
    private struct Key: Hashable, Sendable {
        let measure: String
        let level: GeographicLevel
        /// DfE code for an authority, the lower-cased name for a region, "" for England.
        let area: String
        let year: Int
    }

    private let values: [Key: PublishedValue]
    /// The dictionary's rows by `Measure_short`.
    public let measures: [String: LAITMeasureInfo]
    private let yearsByMeasure: [String: [Int]]
    /// Lines of the long table that could not be read (too few fields, no year): left out.
    public let skippedLines: [Int]

    /// Reads the long table and the dictionary. A row whose measure is not in the dictionary is
    /// kept unrounded; rows that cannot be read are listed in `skippedLines`, not fatal.
    public init(long: CSVReader, dictionary: CSVReader) throws(PublishedStatisticsError) {
        let measures = try Self.readDictionary(dictionary)
        var long = long
        let header = try Self.header(&long, file: "lait_csc_long.csv")
        func column(_ name: String) throws(PublishedStatisticsError) -> Int {
            guard let i = header.firstIndex(of: name) else { throw .missingColumn(file: "lait_csc_long.csv", column: name) }
            return i
        }
        let m = try column("measure"), y = try column("year"), la = try column("la_code")
        let area = try column("area"), region = try column("region"), value = try column("value")
        let width = [m, y, la, area, region, value].max() ?? 0
        var values: [Key: PublishedValue] = [:]
        var years: [String: Set<Int>] = [:]
        var skipped: [Int] = []
        do {
            while let record = try long.next() {
                if record.isBlank { continue }
                let f = record.fields
                guard f.count > width, let year = Int(f[y].trimmingCharacters(in: .whitespaces)),
                      let (level, code) = Self.area(code: f[la], name: f[area], region: f[region]) else {
                    skipped.append(record.line)
                    continue
                }
                let measure = f[m]
                let key = Key(measure: measure, level: level, area: code, year: year)
                // The first row of an area and year wins, as in `PublishedTable`.
                if values[key] == nil { values[key] = Self.value(f[value], decimalPlaces: measures[measure]?.decimalPlaces) }
                years[measure, default: []].insert(year)
            }
        } catch {
            throw .unreadable(file: "lait_csc_long.csv", error)
        }
        self.init(values: values, measures: measures, years: years.mapValues { $0.sorted() }, skipped: skipped)
    }

    /// No measures and no values: what a benchmarker holds when the package has no LAIT cut.
    public static let empty = LAITStatistics(values: [:], measures: [:], years: [:], skipped: [])

    private init(values: [Key: PublishedValue], measures: [String: LAITMeasureInfo], years: [String: [Int]], skipped: [Int]) {
        self.values = values
        self.measures = measures
        self.yearsByMeasure = years
        self.skippedLines = skipped
    }

    /// The value for one area and year, nil when LAIT has no such row. `area`: the DfE code of an
    /// authority, the name of a region (LAIT spells "Yorkshire and the Humber" with a small t,
    /// so names match ignoring case), ignored for England.
    public func value(_ measure: String, level: GeographicLevel, area: String, year: Int) -> PublishedValue? {
        values[Key(measure: measure, level: level, area: Self.areaKey(level, area), year: year)]
    }

    /// Years the measure has rows for, ascending.
    public func years(_ measure: String) -> [Int] { yearsByMeasure[measure] ?? [] }

    /// Decimal places for a measure the dictionary gives none ("NA", most of them): enough to
    /// keep every digit DfE publishes and to drop the floating-point error of LAIT's text
    /// ("85.800000000000011" is 85.8).
    public static let placesWithoutDictionary = 10

    /// Reads one cell: symbols kept, a number rounded to `decimalPlaces` (or to
    /// `placesWithoutDictionary` when the dictionary gives none), half away from zero.
    public static func value(_ text: some StringProtocol, decimalPlaces: Int?) -> PublishedValue {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t == "-" { return .notAvailable }
        let read = PublishedValue(text: t)
        guard case .number = read else { return read }
        // Rounded in decimal, from the text, so 2.675 at 2 places is 2.68 as DfE prints it, not
        // the 2.67 binary floating point would give; read back through its shortest text, so the
        // result is the Double nearest the rounded decimal.
        guard var exact = Decimal(string: t.replacingOccurrences(of: ",", with: ""), locale: Locale(identifier: "en_US_POSIX")) else {
            return read
        }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, decimalPlaces ?? placesWithoutDictionary, .plain)
        return Double(rounded.description).map(PublishedValue.number) ?? read
    }

    private static func area(code: String, name: String, region: String) -> (GeographicLevel, String)? {
        let code = code.trimmingCharacters(in: .whitespaces), name = name.trimmingCharacters(in: .whitespaces)
        let region = region.trimmingCharacters(in: .whitespaces)
        if region.isEmpty || region == "NA" {
            if name.lowercased() == "england" { return (.national, "") }
            return name.isEmpty ? nil : (.regional, areaKey(.regional, name))
        }
        return code.isEmpty ? nil : (.localAuthority, code)
    }

    private static func areaKey(_ level: GeographicLevel, _ area: String) -> String {
        switch level {
        case .national: ""
        case .regional: area.trimmingCharacters(in: .whitespaces).lowercased()
        case .localAuthority: area.trimmingCharacters(in: .whitespaces)
        }
    }

    private static func header(_ reader: inout CSVReader, file: String) throws(PublishedStatisticsError) -> [String] {
        do {
            guard let h = try reader.next() else { throw PublishedStatisticsError.noData(file: file, what: "a header") }
            return h.fields.map { $0.replacingOccurrences(of: "\u{FEFF}", with: "").trimmingCharacters(in: .whitespaces) }
        } catch let e as CSVError {
            throw .unreadable(file: file, e)
        } catch let e as PublishedStatisticsError {
            throw e
        } catch {
            throw .noData(file: file, what: "a header")
        }
    }

    private static func readDictionary(_ reader: CSVReader) throws(PublishedStatisticsError) -> [String: LAITMeasureInfo] {
        let file = "lait_csc_data_dictionary.csv"
        var reader = reader
        let header = try header(&reader, file: file)
        var index: [String: Int] = [:]
        for name in ["Measure_code", "Measure_short", "Measure", "Polarity", "dps", "Year_Type", "Description"] {
            guard let i = header.firstIndex(of: name) else { throw .missingColumn(file: file, column: name) }
            index[name] = i
        }
        var out: [String: LAITMeasureInfo] = [:]
        do {
            while let record = try reader.next() {
                let f = record.fields
                func cell(_ name: String) -> String {
                    guard let i = index[name], i < f.count else { return "" }
                    return f[i].trimmingCharacters(in: .whitespaces)
                }
                let short = cell("Measure_short")
                guard !short.isEmpty, out[short] == nil else { continue }
                out[short] = LAITMeasureInfo(
                    code: cell("Measure_code"), short: short, title: cell("Measure"),
                    polarity: PublishedPolarity(dictionaryText: cell("Polarity")), decimalPlaces: Int(cell("dps")),
                    yearType: cell("Year_Type"), description: cell("Description"))
            }
        } catch {
            throw .unreadable(file: file, error)
        }
        return out
    }
}
