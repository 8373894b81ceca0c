import HearthCore

/// Periods of care: how many, how long, and exactly the published number open at 31 March.
///
/// Periods are drawn for six years of starts plus the children already in care when the history
/// begins; the mean duration is tuned so the stock comes out near the published count, then a few
/// periods are ended early or prolonged so it is exact. Each period then gets its 903 detail
/// (legal statuses, placements, reviews, missing episodes, social workers) in `CarePathways`.
struct CareSimulation {
    let state: SimulationState

    func run(_ rng: inout SeededRandom) {
        let s = state
        let p = s.profile
        let starts = max(p.lookedAfterStarting, 0)
        let target = max(p.lookedAfterAt31March, 0)
        var periods: [SimCare] = []
        periods.reserveCapacity(target + starts * SimulationState.historyYears)

        // Children already in care when the history starts: older on average, with their start backdated.
        for _ in 0..<target {
            let ageAtHistory = rng.int(0...(18 * 365 - 30))
            let inCare = min(ageAtHistory, Int(rng.exponential(mean: 900)))
            periods.append(SimCare(start: s.historyStart.adding(days: -inCare), durationDraw: rng.unit(),
                                   ageAtStartDays: ageAtHistory - inCare))
        }
        for year in (s.collectionYear - SimulationState.historyYears + 1)...s.collectionYear {
            let from = s.yearStart(year), to = s.yearEnd(year)
            let span = from.days(to: to)
            for _ in 0..<starts {
                let age = s.careEntryAgeDays(&rng)
                var care = SimCare(start: from.adding(days: rng.int(0...span)), durationDraw: rng.unit(), ageAtStartDays: age)
                care.uasc = age >= 15 * 365 && rng.chance(0.3)
                care.adoption = !care.uasc && age < 4 * 365 && rng.chance(0.3)
                periods.append(care)
            }
        }
        for i in periods.indices where periods[i].ageAtStartDays < 4 * 365 && periods[i].start < s.historyStart {
            periods[i].adoption = false
        }
        setAdoptionTimeline(&periods, &rng)

        // Mean of the long-stay component, tuned so the 31 March stock is close before the exact fix.
        var mean = Double(target) / Double(max(starts, 1)) * 365
        for _ in 0..<6 {
            applyDurations(&periods, mean: mean)
            let open = periods.filter { isOpen($0, at: s.yearEnd) }.count
            guard open > 0 else { mean *= 2; continue }
            mean *= min(max(Double(target) / Double(open), 0.5), 2)
        }
        applyDurations(&periods, mean: mean)
        // Last year's stock follows from this year's flows (stock − starting + ceasing); matching it
        // first makes the year's ceasing count come out as published too. Adjustments for this
        // year's stock then only touch periods open a year ago, so last year's count holds.
        let previousTarget = max(0, target - starts + max(p.lookedAfterCeasing, 0))
        matchStock(&periods, target: previousTarget, at: s.yearEnd(s.collectionYear - 1), &rng)
        matchStock(&periods, target: target, at: s.yearEnd, &rng)

        // Children, referral chains and plans for each period.
        let pathways = CarePathways(state: s)
        for i in periods.indices {
            pathways.decideEnding(&periods[i], &rng)
            attachChild(&periods[i], &rng)
        }
        pathways.designateStability(&periods, &rng)
        for i in periods.indices { pathways.build(&periods[i], &rng) }
        s.cares.append(contentsOf: periods)
        for (i, care) in s.cares.enumerated() where care.episode >= 0 {
            s.episodes[Int(care.episode)].care = Int32(i)
        }
    }

    func isOpen(_ c: SimCare, at day: Day) -> Bool { c.start <= day && (c.end.map { $0 > day } ?? true) }

    private func eighteenth(_ c: SimCare) -> Day { c.start.adding(days: -c.ageAtStartDays).adding(years: 18) }

    /// Placement order 9–15 months in, matched 3–6 months later, adopted 6–12 months after that.
    private func setAdoptionTimeline(_ periods: inout [SimCare], _ rng: inout SeededRandom) {
        for i in periods.indices where periods[i].adoption {
            let order = periods[i].start.adding(days: rng.int(270...450))
            let matched = order.adding(days: rng.int(90...180))
            periods[i].placementOrder = order
            periods[i].matched = matched
            periods[i].end = matched.adding(days: rng.int(180...360))
            periods[i].endReason = rng.chance(0.6) ? "E11" : "E12"
        }
    }

    /// About a third of periods are short (weeks to months); the rest follow an exponential stay
    /// with the tuned mean. Every period ends by the 18th birthday.
    private func applyDurations(_ periods: inout [SimCare], mean: Double) {
        for i in periods.indices where !periods[i].adoption {
            let u = periods[i].durationDraw
            let short = u < 0.3
            let local = short ? u / 0.3 : (u - 0.3) / 0.7
            let days = short ? 7 + 160 * local : -mean * log1pNegative(local)
            var end = periods[i].start.adding(days: max(1, Int(days)))
            let adult = eighteenth(periods[i])
            if end > adult { end = adult }
            if end <= periods[i].start { end = periods[i].start.adding(days: 1) }
            periods[i].end = end
        }
    }

    /// Ends or prolongs a few periods so exactly `target` are open at 31 March.
    private func matchStock(_ periods: inout [SimCare], target: Int, at t1: Day, _ rng: inout SeededRandom) {
        let open = periods.indices.filter { isOpen(periods[$0], at: t1) }
        if open.count > target {
            var candidates = open.filter { !periods[$0].adoption && periods[$0].start < t1.adding(days: -2) }
            rng.shuffle(&candidates)
            for i in candidates.prefix(open.count - target) {
                let earliest = max(periods[i].start.adding(days: 1), t1.adding(days: -240))
                periods[i].end = earliest.adding(days: rng.int(0...max(0, earliest.days(to: t1))))
            }
        } else if open.count < target {
            var candidates = periods.indices.filter {
                let c = periods[$0]
                guard !c.adoption, let end = c.end, end <= t1, end > t1.adding(days: -365) else { return false }
                return eighteenth(c) > t1.adding(days: 60)
            }
            rng.shuffle(&candidates)
            for i in candidates.prefix(target - open.count) {
                let adult = eighteenth(periods[i])
                periods[i].end = min(adult, t1.adding(days: rng.int(30...400)))
            }
        }
    }

    /// The child and the referral (with plan, when the period follows one) that led into care.
    private func attachChild(_ c: inout SimCare, _ rng: inout SeededRandom) {
        let s = state
        let child = s.addChild(ageDays: c.ageAtStartDays, on: c.start, rng: &rng, uasc: c.uasc)
        c.child = child
        let birth = s.children[Int(child)].birth
        c.fromPlan = !c.uasc && c.ageAtStartDays >= 90 && c.ageAtStartDays < 16 * 365 && rng.chance(0.4)
        var episode: SimEpisode
        if c.fromPlan {
            let planStart = max(birth.adding(days: 7), c.start.adding(days: -rng.int(45...450)))
            let s47 = max(birth, s.subtracting(workingDays: s.conferenceWorkingDays(&rng), from: planStart))
            let referral = max(birth, s47.adding(days: -rng.int(0...7)))
            episode = makeEpisode(child: child, referral: referral, need: "N1", &rng)
            episode.s47Start = s47
            episode.icpc = planStart
            let category = WeightedCodes.planCategory.draw(&rng)
            var plan = SimPlan(start: planStart, end: c.start, category: category,
                               latestCategory: rng.chance(0.85) ? category : WeightedCodes.planCategory.draw(&rng))
            plan.child = child
            plan.toCare = true
            plan.episode = Int32(s.episodes.count)
            episode.plan = Int32(s.plans.count)
            s.plans.append(plan)
        } else {
            let referral = max(birth, c.start.adding(days: -rng.int(0...40)))
            episode = makeEpisode(child: child, referral: referral,
                                  need: c.uasc ? "N8" : WeightedCodes.primaryNeed.draw(&rng), &rng)
            if c.uasc { episode.source = rng.chance(0.5) ? "5C" : "8" }
            if !c.uasc && rng.chance(0.45) {
                episode.s47Start = min(c.start, referral.adding(days: rng.int(0...3)))
                episode.icpcNotRequired = true
            }
        }
        if let end = c.end {
            episode.closure = end
            episode.closureReason = CareSimulation.closureReason(forCeasing: c.endReason)
        }
        c.episode = Int32(s.episodes.count)
        s.episodes.append(episode)
    }

    private func makeEpisode(child: Int32, referral: Day, need: String, _ rng: inout SeededRandom) -> SimEpisode {
        let s = state
        let assessmentStart = referral.adding(days: rng.int(0...3))
        return SimEpisode(child: child, referral: referral, source: WeightedCodes.referralSource.draw(&rng), need: need,
                          nfa: false, assessmentStart: assessmentStart,
                          assessmentAuthorised: s.adding(workingDays: s.assessmentWorkingDays(&rng), to: referral))
    }

    /// The CIN closure reason that matches how care ended.
    static func closureReason(forCeasing rec: String) -> String {
        switch rec {
        case "E11", "E12": "RC1"
        case "E2": "RC2"
        case "E41": "RC3"
        case "E45", "E46", "E47", "E48": "RC4"
        case "E3": "RC5"
        case "E7": "RC6"
        default: "RC7"
        }
    }
}

import Foundation
func log1pNegative(_ u: Double) -> Double { Foundation.log(max(1 - u, 0x1.0p-53)) }
