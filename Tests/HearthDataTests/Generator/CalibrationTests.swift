import Testing
import HearthCore
@testable import HearthData

@Suite struct CalibrationTests {
    /// The three calibrated measures, computed straight from a dataset as DfE defines them.
    private struct Measures {
        let reReferralPercent: Double
        let plansPer10k: Double
        let lookedAfterPer10k: Double
        let lookedAfter: Int
        let threeOrMorePlacementsPercent: Double
        let planStarts: Int
        let subsequentPlanPercent: Double

        init(_ data: Dataset, population: Int) {
            let year = data.collectionYear ?? 0
            let from = Day(year: year - 1, month: 4, day: 1)!, to = Day(year: year, month: 3, day: 31)!
            var referrals = 0, reReferrals = 0, plans = 0, starts = 0, subsequent = 0
            for child in data.cin?.children ?? [] {
                let dates = child.episodes.compactMap(\.referralDate).sorted()
                for (k, d) in dates.enumerated() where d >= from && d <= to {
                    referrals += 1
                    if dates[..<k].contains(where: { $0 < d && $0 >= d.adding(months: -12) }) { reReferrals += 1 }
                }
                for e in child.episodes {
                    for p in e.protectionPlans {
                        if let s = p.startDate, s <= to, p.endDate.map({ $0 > to }) ?? true { plans += 1 }
                        if let s = p.startDate, s >= from, s <= to {
                            starts += 1
                            if (p.numberOfPreviousPlans ?? 0) > 0 { subsequent += 1 }
                        }
                    }
                }
            }
            var lookedAfter = Set<String>()
            var placements: [String: Int] = [:]
            for e in data.ssda903?.episodes ?? [] {
                guard let s = e.startDate else { continue }
                if s <= to, e.endDate.map({ $0 > to }) ?? true { lookedAfter.insert(e.childID) }
                // A placement counts once for the year: the one held on 1 April, and each new one after.
                if s < from || ["S", "P", "T", "B"].contains(e.reasonForNewEpisode ?? "") {
                    if s >= from || placements[e.childID] == nil { placements[e.childID, default: 0] += 1 }
                }
            }
            let threePlus = lookedAfter.filter { (placements[$0] ?? 0) >= 3 }.count
            reReferralPercent = referrals == 0 ? 0 : Double(reReferrals) / Double(referrals) * 100
            plansPer10k = Double(plans) / Double(population) * 10_000
            lookedAfterPer10k = Double(lookedAfter.count) / Double(population) * 10_000
            self.lookedAfter = lookedAfter.count
            threeOrMorePlacementsPercent = lookedAfter.isEmpty ? 0 : Double(threePlus) / Double(lookedAfter.count) * 100
            planStarts = starts
            subsequentPlanPercent = starts == 0 ? 0 : Double(subsequent) / Double(starts) * 100
        }
    }

    @Test(arguments: ["876", "330", "929", "202", "940", "201", "331"])
    func generatedAuthorityReproducesPublishedRates(code: String) throws {
        // Given the published profile of the authority
        let profile = try #require(GeneratorFixtures.profile(code))

        // When a synthetic authority like it is generated
        let data = SyntheticAuthority().generate(profile: profile, collectionYear: 2025, seed: 42)
        let m = Measures(data, population: profile.population)

        // Then its re-referral rate and 31 March rates match the published ones
        #expect(abs(m.reReferralPercent - profile.reReferralPercent) <= 2)
        #expect(abs(m.plansPer10k - profile.per10k(profile.protectionPlansAt31March)) <= 2)
        #expect(abs(m.lookedAfterPer10k - profile.per10k(profile.lookedAfterAt31March)) <= 2)
        // And, where numbers are large enough for a percentage to be steady, placement stability
        // and second plans follow the published shares too
        if m.lookedAfter >= 100 {
            #expect(abs(m.threeOrMorePlacementsPercent - profile.threeOrMorePlacementsPercent) <= 2)
        }
        if m.planStarts >= 150 {
            #expect(abs(m.subsequentPlanPercent - profile.subsequentPlanPercent) <= 2)
        }
    }
}
