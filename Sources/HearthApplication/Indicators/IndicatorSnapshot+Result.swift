import Foundation
import HearthIndicators
import HearthStore

// The store keeps snapshots without knowing the engines that compute them (HearthStore does not
// depend on HearthIndicators); a result becomes a snapshot here, where both are known.
extension IndicatorSnapshot {
    /// The snapshot of `result`, without its members.
    public init(_ result: IndicatorResult, authority: String, computedAt: Date, sourceSubmissionIDs: [Int]) {
        self.init(indicatorID: result.id.rawValue, authority: authority, period: result.period, value: result.value,
                  numerator: result.numerator, denominator: result.denominator, note: result.note,
                  computedAt: computedAt, sourceSubmissionIDs: sourceSubmissionIDs)
    }
}
