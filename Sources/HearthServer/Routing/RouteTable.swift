import Hummingbird
import HearthStore

/// Every route Hearth registers, with its access rule: what the role-walk test and the OpenAPI
/// check read, so neither can drift from the router.
public struct RouteTable: Sendable {
    public struct Entry: Sendable, Hashable {
        public let method: String
        public let path: String
        public let access: AccessKey
        /// Pages answer a missing sign-in with a redirect; the API with 401.
        public let isAPI: Bool
    }

    /// `Access` as a hashable value for the table.
    public enum AccessKey: Sendable, Hashable {
        case anyone, signedIn
        case roles([String])

        init(_ a: Access) {
            switch a {
            case .anyone: self = .anyone
            case .signedIn: self = .signedIn
            case .roles(let r): self = .roles(r.map(\.rawValue).sorted())
            }
        }

        public var access: Access {
            switch self {
            case .anyone: .anyone
            case .signedIn: .signedIn
            case .roles(let r): .roles(Set(r.compactMap(UserRole.init(rawValue:))))
            }
        }
    }

    public private(set) var entries: [Entry] = []

    mutating func add(_ method: HTTPRequest.Method, _ route: SiteRoute, _ access: Access) {
        entries.append(Entry(method: method.rawValue, path: route.pattern, access: AccessKey(access), isAPI: route.pattern.hasPrefix("/api/")))
    }
}
