/// One of England's 153 authorities with children's services duties.
public struct LocalAuthority: Sendable, Hashable, Codable, Identifiable {
    /// DfE 3-digit code, e.g. "876" for Halton.
    public let code: String
    /// ONS code, e.g. "E06000006".
    public let onsCode: String
    public let name: String
    public let regionCode: String
    public let regionName: String
    /// "Inner London" / "Outer London" for London boroughs, else empty.
    public let subregion: String
    /// The 10 statistical neighbours of the NFER 2025 model, closest first.
    public let statisticalNeighbours: [String]
    /// ONS mid-year estimate of the 0–17 population, by year of the estimate.
    public let population0to17: [Int: Int]

    public var id: String { code }

    /// The 0–17 population DfE uses for a reporting year ending 31 March `collectionYear`:
    /// the mid-year estimate of the previous calendar year (e.g. mid-2024 for 2024-25), or the
    /// latest published one.
    public func population(forCollectionYear collectionYear: Int) -> Int? {
        if let p = population0to17[collectionYear - 1] { return p }
        guard let latest = population0to17.keys.filter({ $0 < collectionYear }).max() else { return nil }
        return population0to17[latest]
    }
}
