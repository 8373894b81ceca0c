import Foundation

/// Where England's postcode sectors are (centroids on the OS national grid) and which authority
/// each falls in, from the ONS Postcode Directory (see NOTICE.md). Enough to tell whether a child
/// is placed more than 20 miles from home and outside the authority, as DfE measures it.
public struct PostcodeDirectory: Sendable {
    public struct Sector: Sendable, Hashable {
        public let easting: Int
        public let northing: Int
        /// DfE code of the authority most of the sector's postcodes fall in.
        public let authority: String
    }

    private let sectors: [String: Sector]
    private let samples: [String: [String]]

    public init(sectors: [String: Sector], samples: [String: [String]] = [:]) {
        self.sectors = sectors
        self.samples = samples
    }

    public static let shipped: PostcodeDirectory = {
        func text(_ name: String) -> String? {
            Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "reference")
                .flatMap { try? String(contentsOf: $0, encoding: .utf8) }
        }
        var sectors: [String: Sector] = [:]
        for row in SimpleCSV.rows(text("postcode-sectors") ?? "").dropFirst() where row.count == 4 {
            if let e = Int(row[1]), let n = Int(row[2]) { sectors[row[0]] = Sector(easting: e, northing: n, authority: row[3]) }
        }
        var samples: [String: [String]] = [:]
        for row in SimpleCSV.rows(text("postcodes-sample") ?? "").dropFirst() where row.count == 2 {
            samples[row[0], default: []].append(row[1])
        }
        return PostcodeDirectory(sectors: sectors, samples: samples)
    }()

    public var sectorCount: Int { sectors.count }

    /// "WA7 1AA", "wa71aa" or a partial "WA7 1" → "WA7 1".
    public static func sectorKey(_ postcode: String) -> String? {
        let compact = postcode.uppercased().filter { !$0.isWhitespace }
        guard compact.count >= 5 else {
            // Already a sector ("WA71") when the last character is a digit.
            guard compact.count >= 3, let last = compact.last, last.isNumber else { return nil }
            return "\(compact.dropLast()) \(last)"
        }
        let inward = compact.suffix(3)
        guard let digit = inward.first, digit.isNumber else { return nil }
        return "\(compact.dropLast(3)) \(digit)"
    }

    public func sector(of postcode: String) -> Sector? { Self.sectorKey(postcode).flatMap { sectors[$0] } }

    public func authority(of postcode: String) -> String? { sector(of: postcode)?.authority }

    /// Straight-line distance in miles between the centroids of two postcodes' sectors.
    public func miles(from a: String, to b: String) -> Double? {
        guard let x = sector(of: a), let y = sector(of: b) else { return nil }
        let de = Double(x.easting - y.easting), dn = Double(x.northing - y.northing)
        return (de * de + dn * dn).squareRoot() / 1609.344
    }

    /// Real postcodes in an authority, spread over its sectors (for synthetic data).
    public func samplePostcodes(for authority: String) -> [String] { samples[authority] ?? [] }
}
