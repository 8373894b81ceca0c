import Foundation

/// A measure the performance team keeps beside the returns — the staff survey, contacts decided
/// within a working day, case audits — which no statutory return holds. Its values are entered
/// in Hearth (`LocalMeasureValue`); it is read like a catalogue indicator everywhere.
public struct LocalMeasure: Sendable, Hashable, Codable, Identifiable {
    public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
        case count, percentage, rate, days, money, score

        public var title: String {
            switch self {
            case .count: "Count"
            case .percentage: "Percentage"
            case .rate: "Rate"
            case .days: "Days"
            case .money: "Money (£)"
            case .score: "Score"
            }
        }
    }

    public enum Polarity: String, Sendable, Hashable, Codable, CaseIterable {
        case high, low, context

        public var title: String {
            switch self {
            case .high: "Higher is better"
            case .low: "Lower is better"
            case .context: "Neither (read in context)"
            }
        }
    }

    /// How often a value is reported: each value is of one calendar month, one quarter of the
    /// reporting year (April–June is Q1) or one reporting year (April to March).
    public enum Frequency: String, Sendable, Hashable, Codable, CaseIterable {
        case monthly, quarterly, annual

        public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    /// The part of the board's reading the measure belongs to (and so of the pack).
    public enum Area: String, Sendable, Hashable, Codable, CaseIterable {
        case frontDoor = "front-door", childrenInCare = "children-in-care", careLeavers = "care-leavers"
        case workforce, other

        public var title: String {
            switch self {
            case .frontDoor: "Front door and child protection"
            case .childrenInCare: "Children in care"
            case .careLeavers: "Care leavers"
            case .workforce: "Workforce"
            case .other: "Other local measures"
            }
        }
    }

    /// `local_` and a slug of the title, fixed when the measure is made: what URLs, targets,
    /// trajectories and the API key it by.
    public let id: String
    public var title: String
    public var definition: String
    public var unit: Unit
    public var polarity: Polarity
    public var frequency: Frequency
    public var area: Area
    /// The user who answers for it.
    public var owner: String
    /// Where the figures come from ("staff survey", "front door triage log").
    public var source: String
    /// Board members, viewers and secretaries see it (on pages, in the API and in the pack).
    public var boardVisible: Bool
    /// Its values are counts of children (or made of them): the aggregate audience then sees
    /// "c" for 1 to 5, as for every count of children in the returns.
    public var countsChildren: Bool
    public let createdBy: String
    public let createdAt: Date

    public init(id: String, title: String, definition: String, unit: Unit, polarity: Polarity, frequency: Frequency,
                area: Area, owner: String, source: String, boardVisible: Bool, countsChildren: Bool,
                createdBy: String, createdAt: Date) {
        self.id = id
        self.title = title
        self.definition = definition
        self.unit = unit
        self.polarity = polarity
        self.frequency = frequency
        self.area = area
        self.owner = owner
        self.source = source
        self.boardVisible = boardVisible
        self.countsChildren = countsChildren
        self.createdBy = createdBy
        self.createdAt = createdAt
    }

    /// The prefix every local measure's id has, so it can never take a catalogue indicator's.
    public static let idPrefix = "local_"

    /// `local_percent_of_staff_who_feel_valued` from "% of staff who feel valued": "%" read as a
    /// word, lower-case letters and digits kept, runs of anything else one underscore, at most 60
    /// characters after the prefix.
    public static func id(forTitle title: String) -> String {
        var slug = ""
        for ch in title.lowercased().replacingOccurrences(of: "%", with: " percent ") {
            if ch.isASCII, ch.isLetter || ch.isNumber { slug.append(ch) } else if !slug.isEmpty, slug.last != "_" { slug.append("_") }
        }
        while slug.hasSuffix("_") { slug.removeLast() }
        return idPrefix + String((slug.isEmpty ? "measure" : slug).prefix(60))
    }
}
