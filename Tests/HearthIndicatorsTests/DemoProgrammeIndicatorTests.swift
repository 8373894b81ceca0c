import HearthCore
import HearthData
import Testing
@testable import HearthIndicators

/// The demo programme names indicators by id; HearthData cannot see the catalogue, so the check
/// that every id is real lives here.
@Suite struct DemoProgrammeIndicatorTests {
    let programme = DemoProgramme.make(authority: "876", today: Day(iso: "2026-11-23")!)
    let catalogue = IndicatorCatalogue.standard

    var usedIDs: Set<String> {
        var ids = Set<String>()
        for plan in programme.plans {
            for a in plan.actions {
                ids.formUnion(a.indicatorIDs)
                ids.formUnion(a.trajectories.map(\.indicatorID))
            }
        }
        for item in programme.meetings.flatMap(\.agenda) {
            if case .indicator(let id) = item.link { ids.insert(id) }
        }
        return ids
    }

    @Test func everyIndicatorTheDemoNamesIsInTheCatalogue() {
        #expect(usedIDs.count >= 10)
        for id in usedIDs.sorted() { #expect(catalogue.measure(IndicatorID(id)) != nil, "\(id) is not in the indicator catalogue") }
    }

    @Test func trajectoriesMoveTheWayEachIndicatorImproves() throws {
        for a in programme.plans.flatMap(\.actions) {
            #expect(a.trajectories.allSatisfy { a.indicatorIDs.contains($0.indicatorID) })
            for t in a.trajectories {
                let polarity = try #require(catalogue.measure(IndicatorID(t.indicatorID))?.definition.polarity)
                #expect(polarity != .context, "\(t.indicatorID) has no better direction to aim at")
                #expect(polarity == .high ? t.target > t.baseline : t.target < t.baseline, "\(a.id) aims \(t.indicatorID) the wrong way")
                #expect(t.baselineDate < t.targetDate)
            }
        }
    }
}
