import Foundation

/// One route of the web app or the API: the pattern the router matches (`:name` marks a
/// parameter segment) and every link to it, made from that same pattern, so a link cannot point
/// where no route is. The router, the guarded router and the route-by-role table take these only.
public struct SiteRoute: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String

    public init(_ pattern: String) {
        self.pattern = pattern
    }

    /// A route below this one: `Site.action.appending("notes")` is `/programme/plan/actions/:id/notes`.
    public func appending(_ segments: String...) -> SiteRoute {
        SiteRoute(([pattern] + segments).joined(separator: "/"))
    }

    /// The names of the parameter segments, in order.
    public var parameters: [String] {
        pattern.split(separator: "/").filter { $0.hasPrefix(":") }.map { String($0.dropFirst()) }
    }

    /// The link to a route without parameters.
    public var path: String { pattern }

    /// The link with each parameter segment given its value, in order, each made safe as one
    /// path segment. Values beyond the parameters are ignored.
    public func callAsFunction(_ values: any CustomStringConvertible...) -> String {
        var remaining = values.makeIterator()
        return pattern.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            guard segment.hasPrefix(":"), let value = remaining.next() else { return String(segment) }
            return Site.path(value.description)
        }.joined(separator: "/")
    }

    public var description: String { pattern }
}
