import HearthCore

/// One indicator computed over one period, with the records behind it.
public struct IndicatorResult: Sendable, Equatable, Codable {
    public let id: IndicatorID
    public let period: ReportingPeriod
    /// nil when the denominator is zero or the data needed is absent.
    public let value: Double?
    public let numerator: Double
    public let denominator: Double
    /// Every record counted in the denominator (and whether in the numerator), with the reason.
    public let members: [Member]
    /// Why no value could be computed, when `value` is nil.
    public let note: String?

    /// One event or child behind the number: which, when, and why it counts the way it does.
    public struct Member: Sendable, Equatable, Codable {
        public let childID: String
        /// The event's own date (the referral, the ICPC, the plan start …).
        public let date: Day?
        public let inNumerator: Bool
        public let reason: String

        public init(childID: String, date: Day?, inNumerator: Bool, reason: String) {
            self.childID = childID
            self.date = date
            self.inNumerator = inNumerator
            self.reason = reason
        }
    }

    /// The members as a drill-down list shows them: by date, then child.
    public var membersByDate: [Member] {
        members.sorted { a, b in
            let ad = a.date ?? Day(ordinal: .min), bd = b.date ?? Day(ordinal: .min)
            if ad != bd { return ad < bd }
            if a.childID != b.childID { return a.childID < b.childID }
            return a.reason < b.reason
        }
    }

    public init(id: IndicatorID, period: ReportingPeriod, value: Double?, numerator: Double, denominator: Double,
                members: [Member], note: String? = nil) {
        self.id = id
        self.period = period
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.members = members
        self.note = note
    }
}
