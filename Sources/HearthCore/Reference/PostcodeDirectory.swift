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

        public init(easting: Int, northing: Int, authority: String) {
            self.easting = easting
            self.northing = northing
            self.authority = authority
        }
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

    /// "WA7 1AA", "wa71aa" or a partial "WA7 1" → "WA7 1". Works on the bytes: it runs for
    /// every placement of a national return.
    public static func sectorKey(_ postcode: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8)
        for b in postcode.utf8 where b != 0x20 && b != 0x09 {
            bytes.append(b >= 0x61 && b <= 0x7A ? b - 0x20 : b)
        }
        let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        let cut: Int
        if bytes.count >= 5 {
            // Full postcode: the inward code is the last three characters, a digit then two letters.
            guard isDigit(bytes[bytes.count - 3]) else { return nil }
            cut = bytes.count - 3
        } else {
            // Already a sector ("WA71") when the last character is a digit.
            guard bytes.count >= 3, let last = bytes.last, isDigit(last) else { return nil }
            cut = bytes.count - 1
        }
        return String(decoding: bytes[..<cut], as: UTF8.self) + " " + String(UnicodeScalar(bytes[cut]))
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
