import Foundation
import HearthApplication
import HearthCore
import HearthIndicators
import HearthStore
import Testing

/// A computed result becomes the snapshot the store keeps: every figure, none of the children.
@Suite struct IndicatorSnapshotResultTests {
    @Test func aSnapshotKeepsTheFiguresAndNotTheMembers() throws {
        let period = ReportingPeriod.financialYear(2025)
        let result = IndicatorResult(id: "icpc_15wd", period: period, value: 0.8, numerator: 8, denominator: 10,
                                     members: [.init(childID: "C1", date: period.start, inNumerator: true, reason: "in time")],
                                     note: "one note")
        let at = Date(timeIntervalSince1970: 1_760_000_000.25)
        let snapshot = IndicatorSnapshot(result, authority: "876", computedAt: at, sourceSubmissionIDs: [1, 2])
        #expect(snapshot == IndicatorSnapshot(indicatorID: "icpc_15wd", authority: "876", period: period, value: 0.8, numerator: 8,
                                              denominator: 10, note: "one note", computedAt: at, sourceSubmissionIDs: [1, 2]))
        // Nothing of the child reaches what the store is given: its encoded form holds no "C1".
        let encoded = String(decoding: try JSONEncoder().encode(snapshot), as: UTF8.self)
        #expect(!encoded.contains("C1"))
    }
}
