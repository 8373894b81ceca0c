/// Why the store could not do what was asked.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case badLocation(String)
    case unreadableFile(String)
    case corrupt(String)
    case notFound(String)
    case duplicate(String)

    public var description: String {
        switch self {
        case .badLocation(let s): "cannot open the database: \(s)"
        case .unreadableFile(let s): "cannot read \(s)"
        case .corrupt(let s): "the database holds something unexpected: \(s)"
        case .notFound(let s): "not found: \(s)"
        case .duplicate(let s): "already exists: \(s)"
        }
    }
}
