/// A DfE intervention instrument and its reviews.
public struct Intervention: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case improvementAdviser = "improvement adviser"
        case improvementNotice = "improvement notice"
        case statutoryDirection = "statutory direction"
        case commissioner
        case trust = "children's services trust"
    }

    public let id: String
    public var kind: Kind
    public var issued: Day
    /// Reviews fall every this many months after issue (DfE reviews notices every 6 months).
    public var reviewEveryMonths: Int
    /// When it was lifted or replaced, and how.
    public var ended: Day?
    public var outcome: String?
    /// The Ofsted inspection or visit that led to it.
    public var inspectionID: String?

    public init(id: String, kind: Kind, issued: Day, reviewEveryMonths: Int = 6, ended: Day? = nil, outcome: String? = nil,
                inspectionID: String? = nil) {
        self.id = id
        self.kind = kind
        self.issued = issued
        self.reviewEveryMonths = reviewEveryMonths
        self.ended = ended
        self.outcome = outcome
        self.inspectionID = inspectionID
    }

    /// Review dates from issue until it ended (or `until`), the 12-month review among them.
    public func reviewDates(until: Day) -> [Day] {
        guard reviewEveryMonths > 0 else { return [] }
        let last = min(ended ?? until, until)
        var out: [Day] = []
        var n = 1
        while true {
            let d = issued.adding(months: reviewEveryMonths * n)
            if d > last { break }
            out.append(d)
            n += 1
        }
        return out
    }

    /// The next review after `today`, while it is in force.
    public func nextReview(after today: Day) -> Day? {
        guard ended.map({ $0 > today }) ?? true, reviewEveryMonths > 0 else { return nil }
        var n = 1
        while issued.adding(months: reviewEveryMonths * n) <= today { n += 1 }
        return issued.adding(months: reviewEveryMonths * n)
    }
}
