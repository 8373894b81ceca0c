import Foundation
import HearthCore

/// An indicator result as computed on a day from given submissions; the child-level members
/// are not kept (they are recomputed from the submissions when needed).
public struct IndicatorSnapshot: Sendable, Equatable, Codable {
    public let indicatorID: String
    public let authority: String
    public let period: ReportingPeriod
    public let value: Double?
    public let numerator: Double
    public let denominator: Double
    public let note: String?
    public let computedAt: Date
    public let sourceSubmissionIDs: [Int]

    public init(indicatorID: String, authority: String, period: ReportingPeriod, value: Double?, numerator: Double,
                denominator: Double, note: String?, computedAt: Date, sourceSubmissionIDs: [Int]) {
        self.indicatorID = indicatorID
        self.authority = authority
        self.period = period
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.note = note
        self.computedAt = computedAt
        self.sourceSubmissionIDs = sourceSubmissionIDs
    }

}
