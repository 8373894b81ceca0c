/// The name of an indicator, as the catalogue, targets files, stored snapshots, URLs and DfE
/// comparisons all know it (`rereferrals_12m`). A type of its own so an indicator cannot be
/// looked up with any other string (a child's id, a finding's id) by mistake; it reads and
/// writes as the bare string, so files, JSON and the database hold what they always held.
///
/// A literal reads as an id (`"rereferrals_12m"`) so tests and targets stay readable; a string
/// from outside (a URL, a CSV cell) becomes one only through `init(_:)`, where it is checked
/// against the catalogue by whoever looks it up.
public struct IndicatorID: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (a: IndicatorID, b: IndicatorID) -> Bool { a.rawValue < b.rawValue }
}
