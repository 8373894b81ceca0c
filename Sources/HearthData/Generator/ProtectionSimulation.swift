import HearthCore

/// Child protection plans that do not lead into care: six years of starts plus those already
/// open when the history begins, with durations tuned (then a few adjusted) so exactly the
/// published number are open at 31 March. Second plans go to children whose earlier plan and
/// episode have closed, at the published rate.
struct ProtectionSimulation {
    let state: SimulationState

    func run(_ rng: inout SeededRandom) {
        let s = state
        let p = s.profile
        let target = max(p.protectionPlansAt31March, 0)
        let firstYear = s.collectionYear - SimulationState.historyYears + 1
        var careLinked = [Int](repeating: 0, count: SimulationState.historyYears)
        for plan in s.plans where plan.toCare {
            let y = yearOf(plan.start)
            if y >= firstYear && y <= s.collectionYear { careLinked[y - firstYear] += 1 }
        }
        var drafts: [(plan: SimPlan, draw: Double)] = []
        // Plans already open when the history starts.
        for _ in 0..<target {
            let start = s.historyStart.adding(days: -Int(rng.exponential(mean: 250)))
            drafts.append((SimPlan(start: start, category: "", latestCategory: ""), rng.unit()))
        }
        var plainStarts = 0
        for year in firstYear...s.collectionYear {
            let from = s.yearStart(year), span = from.days(to: s.yearEnd(year))
            let n = max(0, p.protectionPlanStarts - careLinked[year - firstYear])
            if year == s.collectionYear { plainStarts = n }
            for _ in 0..<n {
                drafts.append((SimPlan(start: from.adding(days: rng.int(0...span)), category: "", latestCategory: ""), rng.unit()))
            }
        }
        // Tune the mean stay, then fix the 31 March count exactly.
        var mean = Double(target) / Double(max(plainStarts, 1)) * 365
        for _ in 0..<6 {
            apply(&drafts, mean: mean)
            let open = drafts.filter { isOpen($0.plan) }.count
            guard open > 0 else { mean *= 2; continue }
            mean *= min(max(Double(target) / Double(open), 0.5), 2)
        }
        apply(&drafts, mean: mean)
        var plans = drafts.map(\.plan)
        matchStock(&plans, target: target, &rng)
        assignChildren(plans, plainStartsShare: Double(p.protectionPlanStarts) / Double(max(plainStarts, 1)), &rng)
    }

    private func yearOf(_ d: Day) -> Int { d.month >= 4 ? d.year + 1 : d.year }

    private func isOpen(_ plan: SimPlan) -> Bool {
        plan.start <= state.yearEnd && (plan.end.map { $0 > state.yearEnd } ?? true)
    }

    /// Plans last at least six weeks (the first review usually confirms or ends them) plus an
    /// exponential stay, which gives DfE's shape of many plans under a year and a thin tail past two.
    private func apply(_ drafts: inout [(plan: SimPlan, draw: Double)], mean: Double) {
        for i in drafts.indices {
            let days = 42 + max(mean - 42, 30) * -log1pNegative(drafts[i].draw)
            drafts[i].plan.end = drafts[i].plan.start.adding(days: Int(days))
        }
    }

    private func matchStock(_ plans: inout [SimPlan], target: Int, _ rng: inout SeededRandom) {
        let t1 = state.yearEnd
        let open = plans.indices.filter { isOpen(plans[$0]) }
        if open.count > target {
            var candidates = open.filter { plans[$0].start < t1.adding(days: -30) }
            rng.shuffle(&candidates)
            for i in candidates.prefix(open.count - target) {
                let earliest = max(plans[i].start.adding(days: 30), t1.adding(days: -200))
                plans[i].end = earliest.adding(days: rng.int(0...max(0, earliest.days(to: t1))))
            }
        } else if open.count < target {
            var candidates = plans.indices.filter {
                guard let end = plans[$0].end else { return false }
                return end <= t1 && end > t1.adding(days: -240)
            }
            rng.shuffle(&candidates)
            for i in candidates.prefix(target - open.count) { plans[i].end = t1.adding(days: rng.int(20...300)) }
        }
    }

    /// Gives each plan a child (new, or one whose earlier plan has closed) and its journey:
    /// referral, assessment, s47 enquiry, ICPC, plan, then step-down to a CIN plan or closure.
    private func assignChildren(_ plans: [SimPlan], plainStartsShare: Double, _ rng: inout SeededRandom) {
        let s = state
        // Care-linked plans are first plans, so plain plans carry all the subsequent ones.
        let subsequent = min(0.9, s.profile.subsequentPlanPercent / 100 * plainStartsShare)
        var chains: [(referral: Day, s47: Day, plan: SimPlan)] = plans.map { plan in
            let s47 = s.subtracting(workingDays: s.conferenceWorkingDays(&rng), from: plan.start)
            return (s47.adding(days: -rng.int(0...7)), s47, plan)
        }
        chains.sort { $0.referral != $1.referral ? $0.referral < $1.referral : $0.plan.start < $1.plan.start }
        var waiting = MinHeap()
        var ready: [Int32] = []
        var previous: [Int32: Int] = [:]
        // In the collection year the number of second plans is steered to the published share of
        // all plan starts (as re-referrals are), so the census shows the published percentage.
        var inYearLeft = chains.filter { $0.plan.start >= s.yearStart && $0.plan.start <= s.yearEnd }.count
        var secondLeft = Int((Double(s.profile.protectionPlanStarts) * s.profile.subsequentPlanPercent / 100).rounded())
        for chain in chains {
            while let k = waiting.minKey, k < chain.referral.ordinal, let item = waiting.pop() { ready.append(item.value) }
            let planEnd = chain.plan.end ?? s.yearEnd.adding(days: 1)
            let inYear = chain.plan.start >= s.yearStart && chain.plan.start <= s.yearEnd
            let wantSecond = inYear ? inYearLeft > 0 && rng.chance(Double(secondLeft) / Double(inYearLeft)) : rng.chance(subsequent)
            if inYear { inYearLeft -= 1 }
            var child: Int32 = -1
            if wantSecond {
                for _ in 0..<8 where !ready.isEmpty {
                    let k = rng.int(0...(ready.count - 1))
                    let c = ready[k]
                    ready.swapAt(k, ready.count - 1)
                    ready.removeLast()
                    if s.eighteenth(c) > planEnd.adding(days: 1) && s.children[Int(c)].birth < chain.referral {
                        child = c
                        break
                    }
                }
            }
            var previousPlans = 0
            if child >= 0 {
                previousPlans = previous[child, default: 0]
                if inYear { secondLeft -= 1 }
            } else {
                // Young enough to be under 18 when the plan ends.
                let oldest = planEnd.adding(years: -18).days(to: chain.referral) - 2
                var age = s.referralAgeDays(&rng)
                if age > oldest { age = rng.int(0...max(0, oldest)) }
                child = s.addChild(ageDays: age, on: chain.referral, rng: &rng)
                // Children already on a plan when the history starts may have had one before it.
                if chain.plan.start < s.historyStart && rng.chance(s.profile.subsequentPlanPercent / 100) { previousPlans = 1 }
            }
            let closure = buildJourney(child: child, chain: chain, previousPlans: previousPlans, &rng)
            previous[child] = previousPlans + 1
            if let closure, closure <= s.yearEnd { waiting.push(closure.ordinal, child) }
        }
    }

    private func buildJourney(child: Int32, chain: (referral: Day, s47: Day, plan: SimPlan), previousPlans: Int,
                              _ rng: inout SeededRandom) -> Day? {
        let s = state
        let referral = max(chain.referral, s.children[Int(child)].birth)
        var episode = SimEpisode(child: child, referral: referral, source: WeightedCodes.referralSource.draw(&rng),
                                 need: "N1", nfa: false, assessmentStart: referral.adding(days: rng.int(0...3)),
                                 assessmentAuthorised: s.adding(workingDays: s.assessmentWorkingDays(&rng), to: referral))
        episode.s47Start = max(chain.s47, referral)
        episode.icpc = chain.plan.start
        var plan = chain.plan
        plan.child = child
        plan.category = WeightedCodes.planCategory.draw(&rng)
        plan.latestCategory = rng.chance(0.85) ? plan.category : WeightedCodes.planCategory.draw(&rng)
        plan.previousPlans = previousPlans
        plan.episode = Int32(s.episodes.count)
        episode.plan = Int32(s.plans.count)
        if let end = plan.end {
            if rng.chance(0.6) {
                episode.cinPlanStart = end
                // Support stops at 18 at the latest.
                episode.cinPlanEnd = min(end.adding(days: 28 + Int(rng.exponential(mean: 150))),
                                         max(end.adding(days: 1), s.eighteenth(child)))
                episode.closure = episode.cinPlanEnd
            } else {
                episode.closure = end
            }
            episode.closureReason = "RC7"
        }
        s.plans.append(plan)
        s.episodes.append(episode)
        return episode.closure
    }
}
