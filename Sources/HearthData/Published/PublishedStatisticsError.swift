/// Why a published-statistics file could not be used.
public enum PublishedStatisticsError: Error, CustomStringConvertible, Equatable {
    case missingResource(String)
    case unreadable(file: String, CSVError)
    case missingColumn(file: String, column: String)
    case unknownAuthority(String)
    case noData(file: String, what: String)

    public var description: String {
        switch self {
        case .missingResource(let f): "published statistics file \(f) is not in the package resources"
        case .unreadable(let f, let e): "\(f): \(e)"
        case .missingColumn(let f, let c): "\(f) has no column \(c)"
        case .unknownAuthority(let q): "no authority matches \"\(q)\" (give a DfE code such as 876, an ONS code, a name, or england)"
        case .noData(let f, let w): "\(f) has no figure for \(w)"
        }
    }
}
