import Foundation
import HearthCore
import HearthStore

/// The demo's local measures: two a performance team keeps beside the returns, each with the
/// last twelve months' values and a target, so the register, the tiles, the pack and the API
/// have something to show. Invented, like every figure of the demo.
enum DemoLocalMeasures {
    static func make(store: any Store, indicators: IndicatorService, today: Day, say: (String) -> Void) async throws {
        let measures = LocalMeasureService(store: store, indicators: indicators)
        let targets = TargetService(store: store, indicators: indicators)
        let contacts = try await measures.create(.init(
            title: "Contacts decided within one working day",
            definition: "Contacts to the front door with a decision (no further action, advice, early help or referral) within one working day of receipt, as a percentage of contacts received in the month.",
            unit: .percentage, polarity: .high, frequency: .monthly, area: .frontDoor, owner: "manager",
            source: "Front door triage log", boardVisible: true, countsChildren: false), by: "analyst")
        let visits = try await measures.create(.init(
            title: "Statutory visits to children in care in time",
            definition: "Children looked after at the month-end whose latest statutory visit was within the timescale of their care plan, as a percentage of children looked after at the month-end.",
            unit: .percentage, polarity: .high, frequency: .monthly, area: .childrenInCare, owner: "manager",
            source: "Case management system, visits report", boardVisible: true, countsChildren: true), by: "analyst")
        let months = LocalMeasure.Frequency.monthly.periods(endedBy: today, count: 12)
        let decided: [Double] = [78.2, 80.1, 79.4, 82.6, 84.9, 83.7, 86.0, 87.5, 86.8, 88.9, 89.6, 91.2]
        let inCare = [171, 169, 172, 174, 170, 168, 171, 173, 175, 172, 170, 169]
        let visited = [146, 147, 151, 149, 152, 150, 156, 155, 160, 157, 158, 159]
        let at = Date()
        var values: [LocalMeasureValue] = []
        for (i, p) in months.enumerated() {
            values.append(LocalMeasureValue(measureID: contacts.id, period: p, value: decided[i], enteredBy: "analyst", enteredAt: at))
            let share = (Double(visited[i]) / Double(inCare[i]) * 1000).rounded() / 10
            values.append(LocalMeasureValue(measureID: visits.id, period: p, value: share, numerator: Double(visited[i]),
                                            denominator: Double(inCare[i]), enteredBy: "analyst", enteredAt: at))
        }
        try await store.addLocalMeasureValues(values, authority: indicators.authority)
        await indicators.localMeasuresChanged()
        let from = ReportingPeriod.financialYear(today.month >= 4 ? today.year + 1 : today.year).start
        _ = try await targets.set(contacts.id, target: 90, tolerance: 3, from: from, reason: "Front door improvement: the plan's standard", by: "manager")
        _ = try await targets.set(visits.id, target: 95, tolerance: 3, from: from, reason: "Practice standards", by: "manager")
        say("  2 local measures (\(contacts.title.lowercased()); \(visits.title.lowercased())), 12 months each, with targets")
    }
}
