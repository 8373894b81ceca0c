import Foundation

/// A target set in the app for any indicator or measure (the returns', the workforce's or a local
/// one): the figure aimed for, how far short of it is still amber, from which day it applies,
/// why, and who set it. Settings are never overwritten: the history is every setting made, and
/// the one in force on a day is the latest set whose `from` is on or before it.
public struct TargetSetting: Sendable, Hashable, Codable {
    public let indicatorID: String
    public let target: Double
    public let tolerance: Double
    public let from: Day
    public let reason: String
    public let setBy: String
    public let setAt: Date

    public init(indicatorID: String, target: Double, tolerance: Double, from: Day, reason: String, setBy: String, setAt: Date) {
        self.indicatorID = indicatorID
        self.target = target
        self.tolerance = tolerance
        self.from = from
        self.reason = reason
        self.setBy = setBy
        self.setAt = setAt
    }

    /// The setting of each indicator in force on `day`: of those from `day` or before, the one
    /// with the latest `from` (then the latest set, when two start on one day).
    public static func inForce(_ settings: [TargetSetting], on day: Day) -> [String: TargetSetting] {
        var out: [String: TargetSetting] = [:]
        for s in settings where s.from <= day {
            if let held = out[s.indicatorID], (held.from, held.setAt) > (s.from, s.setAt) { continue }
            out[s.indicatorID] = s
        }
        return out
    }
}
