import Foundation

/// The reference list of authorities shipped with Hearth (built from DfE's statistical-neighbour
/// model 2025 and ONS mid-year estimates; Open Government Licence v3.0 — see NOTICE.md).
public struct AuthorityDirectory: Sendable {
    public let all: [LocalAuthority]
    private let byCode: [String: LocalAuthority]

    public init(authorities: [LocalAuthority]) {
        all = authorities
        byCode = Dictionary(authorities.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public subscript(code: String) -> LocalAuthority? { byCode[code] }

    /// Finds an authority by DfE code, ONS code or name (case-insensitive).
    public func find(_ query: String) -> LocalAuthority? {
        let q = query.trimmingCharacters(in: .whitespaces)
        if let la = byCode[q] { return la }
        let lower = q.lowercased()
        return all.first { $0.onsCode.lowercased() == lower || $0.name.lowercased() == lower }
    }

    public func neighbours(of authority: LocalAuthority) -> [LocalAuthority] {
        authority.statisticalNeighbours.compactMap { byCode[$0] }
    }

    public func region(_ regionCode: String) -> [LocalAuthority] {
        all.filter { $0.regionCode == regionCode }
    }

    public static let shipped: AuthorityDirectory = {
        guard let text = ReferenceTable.shipped("authorities"), let directory = try? AuthorityDirectory(csv: text) else {
            return AuthorityDirectory(authorities: [])
        }
        return directory
    }()

    /// Reads the `authorities.csv` layout written by scripts/build-reference.py.
    public init(csv text: String) throws {
        let table = try ReferenceTable(csv: text, file: "authorities.csv")
        let header = table.header, column = table.column
        let code = try column("code"), ons = try column("ons_code"), name = try column("name")
        let rc = try column("region_code"), rn = try column("region_name")
        let sub = try column("subregion"), sn = try column("neighbours")
        let popColumns: [(Int, Int)] = header.enumerated().compactMap { i, h in
            h.hasPrefix("population_0_17_") ? Int(h.dropFirst("population_0_17_".count)).map { (i, $0) } : nil
        }
        var result: [LocalAuthority] = []
        for row in table.rows {
            var pop: [Int: Int] = [:]
            for (i, year) in popColumns { if let v = Int(row[i]) { pop[year] = v } }
            result.append(LocalAuthority(
                code: row[code], onsCode: row[ons], name: row[name], regionCode: row[rc],
                regionName: row[rn], subregion: row[sub],
                statisticalNeighbours: row[sn].split(separator: " ").map(String.init),
                population0to17: pop))
        }
        self.init(authorities: result)
    }
}

public enum ReferenceError: Error, CustomStringConvertible {
    case empty(String)
    case missingColumn(String)

    public var description: String {
        switch self {
        case .empty(let f): "reference file \(f) is empty"
        case .missingColumn(let c): "reference file has no column \(c)"
        }
    }
}
