import HearthCore

/// A band of length of service: under 1 year, 1 to under 2, 2 to under 5, 5 years or more (the
/// bands DfE's workforce statistics use for leavers' service), and not known where the start
/// date is missing.
public enum ServiceBand: String, Sendable, Hashable, Codable, CaseIterable {
    case underOne = "under_1"
    case oneToTwo = "1_to_2"
    case twoToFive = "2_to_5"
    case fiveOrMore = "5_plus"
    case notKnown = "not_known"

    public var title: String {
        switch self {
        case .underOne: "Under 1 year"
        case .oneToTwo: "1 to 2 years"
        case .twoToFive: "2 to 5 years"
        case .fiveOrMore: "5 years or more"
        case .notKnown: "Start date not recorded"
        }
    }

    /// The band of service from `start` to `end`, by whole years served (anniversaries passed).
    public init(from start: Day?, to end: Day) {
        guard let start else { self = .notKnown; return }
        switch start.age(on: end) {
        case ..<1: self = .underOne
        case 1: self = .oneToTwo
        case 2..<5: self = .twoToFive
        default: self = .fiveOrMore
        }
    }

    /// Years, with the fraction, from `start` to `end` (365.25 days a year).
    public static func years(from start: Day, to end: Day) -> Double { Double(start.days(to: end)) / 365.25 }
}
