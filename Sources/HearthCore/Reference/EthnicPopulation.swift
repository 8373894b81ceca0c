/// Usual residents of all ages by broad ethnic group (ONS Census 2021), for each upper-tier
/// authority and England, keyed by ONS code: what the workforce's ethnicity is set beside.
/// Shipped as `reference/ethnic-population.csv` (built by scripts/build-ethnic-population.py).
public struct EthnicPopulation: Sendable, Hashable {
    /// One area's residents in each known group.
    public struct Area: Sendable, Hashable, Codable {
        public let onsCode: String
        public let name: String
        public let residents: [EthnicGroup: Int]

        public init(onsCode: String, name: String, residents: [EthnicGroup: Int]) {
            self.onsCode = onsCode
            self.name = name
            self.residents = residents
        }

        public var total: Int { residents.values.reduce(0, +) }

        /// The group's share of the residents, as a percentage; nil for an empty area.
        public func percent(_ group: EthnicGroup) -> Double? {
            guard total > 0 else { return nil }
            return Double(residents[group] ?? 0) / Double(total) * 100
        }
    }

    public static let englandCode = "E92000001"
    public let areas: [String: Area]

    public init(areas: [Area]) {
        self.areas = Dictionary(areas.map { ($0.onsCode, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public subscript(onsCode: String) -> Area? { areas[onsCode] }
    public var england: Area? { areas[Self.englandCode] }

    public static let shipped: EthnicPopulation = {
        guard let text = ReferenceTable.shipped("ethnic-population"), let population = try? EthnicPopulation(csv: text) else {
            return EthnicPopulation(areas: [])
        }
        return population
    }()

    /// Reads the `ethnic-population.csv` layout: ons_code, name, then one column per known group.
    public init(csv text: String) throws {
        let table = try ReferenceTable(csv: text, file: "ethnic-population.csv")
        let code = try table.column("ons_code"), name = try table.column("name")
        let groups = try EthnicGroup.known.map { ($0, try table.column($0.rawValue)) }
        self.init(areas: table.rows.map { row in
            Area(onsCode: row[code], name: row[name],
                 residents: Dictionary(groups.map { ($0.0, Int(row[$0.1]) ?? 0) }, uniquingKeysWith: { a, _ in a }))
        })
    }
}
