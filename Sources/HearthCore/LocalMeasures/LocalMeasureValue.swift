import Foundation

/// One period's value of a local measure as someone entered it: who, when, with what note. A
/// correction is a new value for the same period; the earlier one stays in the history.
public struct LocalMeasureValue: Sendable, Hashable, Codable {
    public let measureID: String
    public let period: ReportingPeriod
    public let value: Double
    /// For a percentage or rate of children: the children counted and the children it is of,
    /// when known, so the aggregate audience's "c" can be judged from them.
    public let numerator: Double?
    public let denominator: Double?
    public let note: String
    public let enteredBy: String
    public let enteredAt: Date

    public init(measureID: String, period: ReportingPeriod, value: Double, numerator: Double? = nil, denominator: Double? = nil,
                note: String = "", enteredBy: String, enteredAt: Date) {
        self.measureID = measureID
        self.period = period
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.note = note
        self.enteredBy = enteredBy
        self.enteredAt = enteredAt
    }

    /// The value of record of each period (the latest entered), oldest period first.
    public static func current(_ values: [LocalMeasureValue]) -> [LocalMeasureValue] {
        var byPeriod: [Day: LocalMeasureValue] = [:]
        for v in values {
            if let held = byPeriod[v.period.start], held.enteredAt > v.enteredAt { continue }
            byPeriod[v.period.start] = v
        }
        return byPeriod.values.sorted { $0.period.start < $1.period.start }
    }
}
