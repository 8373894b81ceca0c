import HearthCore

/// The bulk of referrals: those that end with no further action, an assessment, a CIN plan, or
/// an enquiry that does not lead to a plan. Runs forward in date order over the last three
/// years so that re-referrals can pick children whose earlier episode has closed.
///
/// In the collection year the number of re-referrals is steered to the published rate, counting
/// those already made by the plan and care journeys; a re-referral there only picks a child whose
/// earlier episode is itself in the census, so one census reproduces the published figure.
struct ReferralSimulation {
    let state: SimulationState
    static let years = 3

    private struct Path {
        var nfa: Double, s47: Double, icpc: Double, notInNeed: Double, cinPlanMean: Double
    }

    func run(_ rng: inout SeededRandom) {
        let s = state
        let p = s.profile
        let firstYear = s.collectionYear - ReferralSimulation.years + 1
        var heavy = [Int](repeating: 0, count: ReferralSimulation.years)
        for e in s.episodes {
            let y = e.referral.month >= 4 ? e.referral.year + 1 : e.referral.year
            if y >= firstYear && y <= s.collectionYear { heavy[y - firstYear] += 1 }
        }
        let lightPerYear = heavy.map { max(0, p.referrals - $0) }
        let light = Double(max(lightPerYear.last ?? 0, 1))
        let nfa = Double(p.referrals) * p.noFurtherActionPercent / 100
        let assessed = max(light - nfa, 1)
        let s47 = Double(max(0, p.section47s - p.protectionPlanStarts))
        let icpc = Double(max(0, p.initialConferences - p.protectionPlanStarts))
        let notInNeed = Double(p.referrals) * p.notInNeedPercent / 100
        let cinPlansPerYear = max(assessed - notInNeed, 1)
        // Open light episodes wanted at 31 March: children in need less the plan and care
        // journeys already open then, less those still being assessed (about seven weeks each,
        // counting the late ones).
        let heavyOpen = s.episodes.filter { $0.referral <= s.yearEnd && ($0.closure.map { $0 > s.yearEnd } ?? true) }.count
        let inAssessment = assessed * 50 / 365
        let wanted = Double(p.childrenInNeedAt31March - heavyOpen) - inAssessment
        let path = Path(nfa: min(nfa / light, 0.9), s47: min(s47 / assessed, 0.9), icpc: s47 > 0 ? min(icpc / s47, 1) : 0,
                        notInNeed: min(notInNeed / assessed, 0.95),
                        cinPlanMean: min(max(wanted / cinPlansPerYear * 365 - 28, 30), 1500))

        // Referral days, sorted.
        var days: [Int32] = []
        days.reserveCapacity(lightPerYear.reduce(0, +))
        for (k, n) in lightPerYear.enumerated() {
            let from = s.yearStart(firstYear + k), span = from.days(to: s.yearEnd(firstYear + k))
            for _ in 0..<n { days.append(from.adding(days: rng.int(0...span)).ordinal) }
        }
        days.sort()

        let wantedRe = Int((Double(p.referrals) * p.reReferralPercent / 100).rounded()) - heavyReReferrals()
        var reLeft = max(0, wantedRe)
        var inYearLeft = lightPerYear.last ?? 0
        var waiting = MinHeap()
        var ready: [(child: Int32, closure: Int32)] = []
        var last: [Int32: (referral: Day, closure: Day?)] = [:]
        let yearStart = s.yearStart.ordinal
        for ordinal in days {
            let d = Day(ordinal: ordinal)
            while let k = waiting.minKey, k < ordinal, let item = waiting.pop() {
                ready.append((item.value, item.key))
            }
            let inYear = ordinal >= yearStart
            let wantRe = inYear ? (inYearLeft > 0 && rng.chance(Double(reLeft) / Double(inYearLeft)))
                : rng.chance(p.reReferralPercent / 100)
            var child: Int32 = -1
            if wantRe {
                let windowStart = d.adding(months: -12)
                var tries = 0
                while child < 0 && tries < 40 && !ready.isEmpty {
                    tries += 1
                    let k = rng.int(0...(ready.count - 1))
                    let entry = ready[k]
                    guard let info = last[entry.child], let closed = info.closure, closed.ordinal == entry.closure else {
                        ready.swapAt(k, ready.count - 1); ready.removeLast(); continue
                    }
                    let expired = info.referral < windowStart || (inYear && closed.ordinal < yearStart)
                        || s.eighteenth(entry.child) <= d.adding(days: 60)
                    ready.swapAt(k, ready.count - 1); ready.removeLast()
                    if expired { continue }
                    child = entry.child
                }
                if child >= 0 && inYear { reLeft -= 1 }
            }
            if inYear { inYearLeft -= 1 }
            let (episode, isNew) = makeEpisode(child: child, referral: d, path: path, &rng)
            if isNew { child = episode.child }
            last[child] = (d, episode.closure)
            if let c = episode.closure, c <= s.yearEnd { waiting.push(c.ordinal, child) }
            s.episodes.append(episode)
        }
    }

    private func makeEpisode(child existing: Int32, referral d: Day, path: Path,
                             _ rng: inout SeededRandom) -> (SimEpisode, Bool) {
        let s = state
        var need = WeightedCodes.primaryNeed.draw(&rng)
        var child = existing
        let isNew = child < 0
        if isNew {
            child = s.addChild(ageDays: s.referralAgeDays(&rng), on: d, rng: &rng, disabled: need == "N2")
        } else if need == "N2" && s.children[Int(child)].disability.isEmpty {
            need = "N4"
        }
        var e = SimEpisode(child: child, referral: d, source: WeightedCodes.referralSource.draw(&rng), need: need, nfa: false)
        e.light = true
        if rng.chance(path.nfa) {
            e.nfa = true
            e.closure = rng.chance(0.7) ? d : d.adding(days: rng.int(1...5))
            e.closureReason = "RC8"
            return (e, isNew)
        }
        e.assessmentStart = d.adding(days: rng.int(0...3))
        let authorised = s.adding(workingDays: s.assessmentWorkingDays(&rng), to: d)
        e.assessmentAuthorised = authorised
        if rng.chance(path.s47) {
            e.need = "N1"
            let start = d.adding(days: rng.int(0...5))
            e.s47Start = start
            if rng.chance(path.icpc) {
                e.icpc = s.adding(workingDays: s.conferenceWorkingDays(&rng), to: start)
            } else {
                e.icpcNotRequired = true
            }
        }
        let decided = max(authorised, e.icpc ?? authorised)
        if rng.chance(path.notInNeed) {
            e.closure = decided.adding(days: rng.int(0...5))
            e.closureReason = rng.chance(0.6) ? "RC8" : "RC9"
        } else {
            e.cinPlanStart = decided
            let mean = need == "N2" ? path.cinPlanMean * 2 : path.cinPlanMean
            var end = decided.adding(days: 28 + Int(rng.exponential(mean: mean)))
            let adult = s.eighteenth(child)
            if end > adult { end = max(decided.adding(days: 1), adult) }
            e.cinPlanEnd = end
            e.closure = end
            e.closureReason = end == adult ? "RC6" : "RC7"
        }
        return (e, isNew)
    }

    /// Referrals in the collection year made by the plan and care journeys that follow another
    /// referral of the same child within 12 months, counted as a census reader would see them.
    private func heavyReReferrals() -> Int {
        let s = state
        var order = s.episodes.indices.map { $0 }
        order.sort {
            let a = s.episodes[$0], b = s.episodes[$1]
            return a.child != b.child ? a.child < b.child : a.referral < b.referral
        }
        var count = 0
        for k in order.indices.dropFirst() {
            let e = s.episodes[order[k]], prev = s.episodes[order[k - 1]]
            guard e.child == prev.child, e.referral >= s.yearStart, e.referral <= s.yearEnd else { continue }
            let visible = prev.closure.map { $0 >= s.yearStart } ?? true
            if visible && prev.referral >= e.referral.adding(months: -12) && prev.referral < e.referral { count += 1 }
        }
        return count
    }
}
