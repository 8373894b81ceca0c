import HearthCore

/// The 903 detail of each period of care: legal statuses and placements (as episodes with
/// consistent RNE / REC codes), how it ended, reviews, missing episodes and social workers.
struct CarePathways {
    let state: SimulationState

    /// How the period ends, by age and route (adoptions were decided with their timeline).
    func decideEnding(_ c: inout SimCare, _ rng: inout SeededRandom) {
        guard !c.adoption, let end = c.end else { return }
        let age = c.start.adding(days: -c.ageAtStartDays).age(on: end)
        if age >= 18 {
            c.endReason = ["E17", "E5", "E6", "E8"][rng.weighted([15, 45, 15, 25])]
        } else if c.uasc && rng.chance(0.1) {
            c.endReason = "E15"
        } else if age >= 16 {
            c.endReason = ["E4A", "E13", "E5", "E6", "E8", "E9", "E3"][rng.weighted([30, 10, 25, 8, 17, 4, 6])]
        } else {
            c.endReason = ["E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E3", "E8", "E9"][
                rng.weighted([38, 6, 10, 8, 5, 2, 6, 4, 4, 6, age >= 12 ? 2 : 0])]
        }
    }

    /// Chooses which children open at 31 March had 3+ placements in the year and which of the
    /// long-stay under-16s stayed put for two years, in the published proportions.
    func designateStability(_ periods: inout [SimCare], _ rng: inout SeededRandom) {
        let t1 = state.yearEnd
        let p = state.profile
        var cohort: [Int] = []
        var stock: [Int] = []
        for i in periods.indices {
            let c = periods[i]
            guard c.start <= t1, c.end.map({ $0 > t1 }) ?? true else { continue }
            stock.append(i)
            let birth = c.start.adding(days: -c.ageAtStartDays)
            if birth.age(on: t1) < 16, c.start <= t1.adding(months: -30), !c.adoption { cohort.append(i) }
        }
        rng.shuffle(&cohort)
        let stable = Int((Double(cohort.count) * p.longTermStabilityPercent / 100).rounded())
        for (k, i) in cohort.enumerated() { periods[i].longTermStable = k < stable }
        var eligible = stock.filter { periods[$0].longTermStable != true && !periods[$0].adoption }
        rng.shuffle(&eligible)
        let threePlus = Int((Double(stock.count) * p.threeOrMorePlacementsPercent / 100).rounded())
        for i in eligible.prefix(threePlus) { periods[i].threePlus = true }
    }

    func build(_ c: inout SimCare, _ rng: inout SeededRandom) {
        let s = state
        let birth = s.children[Int(c.child)].birth
        let horizon = min(c.end ?? s.yearEnd, s.yearEnd)
        var moves = placementMoves(c, horizon: horizon, &rng)
        if let matched = c.matched {
            moves.removeAll { $0 >= matched }
            // Being placed with adopters is itself a placement change: keep the year at two placements.
            let yearFrom = max(c.start, s.yearStart)
            if matched > yearFrom && matched <= s.yearEnd { moves.removeAll { $0 > yearFrom } }
        }

        // Legal status changes: (date, status).
        var legal: [(Day, String)] = []
        let age = c.ageAtStartDays / 365
        var first: String
        if c.uasc { first = "V2" }
        else if c.adoption { first = "C1" }
        else if age >= 10 && rng.chance(0.03) { first = "J1" }
        else if rng.chance(0.06) { first = rng.chance(0.5) ? "L1" : "L2" }
        else { first = rng.chance(0.5) ? "V2" : "C1" }
        if first == "L1" || first == "L2" {
            legal.append((c.start.adding(days: rng.int(1...8)), "C1"))
        }
        if first == "C1" || legal.last?.1 == "C1" {
            let from = legal.last?.0 ?? c.start
            legal.append((from.adding(days: rng.int(150...300)), "C2"))
        } else if first == "V2" && !c.uasc && rng.chance(0.2) {
            legal.append((c.start.adding(days: rng.int(30...120)), "C1"))
        }
        if let order = c.placementOrder { legal.append((order, "E1")) }
        if first == "J1" { legal.append((c.start.adding(days: rng.int(20...90)), "V2")) }
        if let order = c.placementOrder { legal.removeAll { $0.1 == "C2" && $0.0 >= order } }
        legal = legal.filter { $0.0 > c.start && $0.0 < (c.end ?? Day(ordinal: Int32.max)) && $0.0 <= horizon }
        legal.sort { $0.0 < $1.0 }

        // Merge into one timeline of episode starts.
        var dates = Set(legal.map(\.0))
        for m in moves { dates.insert(m) }
        if let matched = c.matched, matched > c.start, matched <= horizon, c.end.map({ matched < $0 }) ?? true {
            dates.insert(matched)
        }
        let changeDays = dates.sorted()
        var status = first
        var placement = placementType(ageDays: c.ageAtStartDays, c, adopted: false, &rng)
        var episodes: [SimCareEpisode] = [makeEpisode(c.start, "S", status, placement, nil, &rng)]
        for day in changeDays {
            let newStatus = legal.last(where: { $0.0 == day })?.1
            let placed = c.matched.map { day >= $0 } ?? false
            let placementChanges = moves.contains(day) || (c.matched == day)
            if let newStatus { status = newStatus }
            if placementChanges {
                placement = placementType(ageDays: birth.days(to: day), c, adopted: placed, &rng)
            }
            let rne = newStatus != nil && placementChanges ? "T" : (placementChanges ? "P" : "L")
            let reason = placementChanges ? (c.matched == day ? "CARPL" : WeightedCodes.placementChangeReason.draw(&rng)) : nil
            episodes.append(makeEpisode(day, rne, status, placement, reason, &rng))
        }
        c.episodes = episodes
        assignPostcodes(&c, &rng)

        c.reviews = reviews(c, horizon: horizon, &rng)
        c.missing = missing(c, birth: birth, horizon: horizon, &rng)
        c.socialWorkers = socialWorkers(c, horizon: horizon, &rng)
    }

    /// Home in the authority; about three placements in four inside it, the rest in the region or
    /// a neighbour; placed with parents (P1) at home. A legal-status change keeps the placement's
    /// postcode. Own provision (PR1) is only ever inside the authority, as DfE's rule 1015 expects.
    private func assignPostcodes(_ c: inout SimCare, _ rng: inout SeededRandom) {
        var local = state.localPostcodes, away = state.awayPostcodes
        if !state.nationalAreas.isEmpty {
            let area = state.nationalAreas[rng.weighted(state.nationalWeights)]
            (local, away) = (area.local, area.away)
        }
        guard !local.isEmpty else { return }
        let home = local[rng.int(0...(local.count - 1))]
        c.homePostcode = home
        var current = home
        for i in c.episodes.indices {
            let e = c.episodes[i]
            if e.rne == "L", i > 0 {
                c.episodes[i].placementPostcode = current
                continue
            }
            var placed: String
            var outside = false
            if e.placement == "P1" {
                placed = home
            } else if away.isEmpty || rng.chance(0.75) {
                placed = local[rng.int(0...(local.count - 1))]
                // A placement is never at the child's own home unless it is with parents (rule 392d).
                if placed == home, local.count > 1, let j = local.firstIndex(of: home) { placed = local[(j + 1) % local.count] }
            } else {
                placed = away[rng.int(0...(away.count - 1))]
                outside = true
            }
            c.episodes[i].placementPostcode = placed
            if outside && e.provider == "PR1" { c.episodes[i].provider = "PR2" }
            current = placed
        }
    }

    /// Placement moves up to the horizon: about one every two and a half years by default, then
    /// bent to the stability designations.
    private func placementMoves(_ c: SimCare, horizon: Day, _ rng: inout SeededRandom) -> [Day] {
        let s = state
        guard horizon > c.start.adding(days: 7) else { return [] }
        var moves: [Day] = []
        var d = c.start
        let rate = c.uasc ? 500.0 : 900.0
        while true {
            d = d.adding(days: max(7, Int(rng.exponential(mean: rate))))
            if d >= horizon { break }
            moves.append(d)
        }
        let yearFrom = max(c.start, s.yearStart)
        let twoYears = s.yearEnd.adding(years: -2)
        let openAtEnd = c.end.map { $0 > s.yearEnd } ?? true
        if openAtEnd {
            if c.longTermStable == true { moves.removeAll { $0 > twoYears } }
            if c.longTermStable == false, !moves.contains(where: { $0 > twoYears }) {
                let lo = max(twoYears.adding(days: 1), c.start.adding(days: 7))
                let hi = min(s.yearStart.adding(days: -1), s.yearEnd)
                if lo < hi { moves.append(lo.adding(days: rng.int(0...lo.days(to: hi)))) }
            }
            let inYear = moves.filter { $0 > yearFrom }
            if c.threePlus {
                var extra = inYear.count
                var guardCount = 0
                while extra < 2 && guardCount < 20 {
                    guardCount += 1
                    let lo = yearFrom.adding(days: 7)
                    guard lo < s.yearEnd else { break }
                    let day = lo.adding(days: rng.int(0...lo.days(to: s.yearEnd)))
                    if !moves.contains(day) { moves.append(day); extra += 1 }
                }
            } else if inYear.count > 1 {
                let keep = inYear.sorted().first
                moves.removeAll { $0 > yearFrom && $0 != keep }
            }
        }
        return moves.sorted()
    }

    private func placementType(ageDays: Int, _ c: SimCare, adopted: Bool, _ rng: inout SeededRandom) -> String {
        if adopted { return rng.chance(0.6) ? "A6" : "A5" }
        let years = ageDays / 365
        if c.uasc { return years >= 16 ? (rng.chance(0.7) ? "H5" : "U6") : (rng.chance(0.8) ? "U6" : "K2") }
        switch years {
        case ..<1: return ["U6", "U3", "U5", "R3", "P1"][rng.weighted([60, 20, 5, 5, 10])]
        case 1..<10: return ["U6", "U4", "U3", "U1", "P1", "K2"][rng.weighted([35, 25, 15, 10, 10, 5])]
        case 10..<16: return ["U6", "U4", "U3", "U1", "K2", "P1", "K1"][rng.weighted([30, 20, 10, 8, 22, 8, 2])]
        default: return ["U6", "U4", "K2", "H5", "P2", "P1", "R5"][rng.weighted([22, 12, 18, 33, 5, 7, 3])]
        }
    }

    private func makeEpisode(_ day: Day, _ rne: String, _ ls: String, _ place: String, _ reason: String?,
                             _ rng: inout SeededRandom) -> SimCareEpisode {
        let provider: String
        switch place {
        case "P1": provider = "PR0"
        case "U1", "U2", "U3": provider = "PR1"
        case "U4", "U5", "U6": provider = rng.chance(0.6) ? "PR1" : "PR4"
        case "A5", "A6": provider = ["PR1", "PR2", "PR5"][rng.weighted([60, 20, 20])]
        case "K2", "H5": provider = rng.chance(0.8) ? "PR4" : (rng.chance(0.5) ? "PR1" : "PR5")
        case "K1", "R3", "R5": provider = "PR3"
        default: provider = "PR4"
        }
        let registered = ["K1", "K2", "H5", "R3", "S1"].contains(place)
        let urn = registered ? "SC\(100_000 + rng.int(0...899_999))" : "XXXXXXX"
        return SimCareEpisode(start: day, rne: rne, legalStatus: ls, placement: place, provider: provider,
                              reasonPlacementChanged: reason, urn: urn, placementPostcode: "")
    }

    /// First review within 20 working days, the second within 3 months, then every 6 months;
    /// about one in ten is late.
    private func reviews(_ c: SimCare, horizon: Day, _ rng: inout SeededRandom) -> [Day] {
        let s = state
        var out: [Day] = []
        var next = rng.chance(0.9) ? s.adding(workingDays: rng.int(10...20), to: c.start)
            : s.adding(workingDays: rng.int(21...35), to: c.start)
        var gapMonths = 3
        while next <= horizon, c.end.map({ next < $0 }) ?? true {
            out.append(next)
            let due = next.adding(months: gapMonths)
            next = rng.chance(0.9) ? due.adding(days: -rng.int(0...30)) : due.adding(days: rng.int(1...40))
            gapMonths = 6
        }
        return out
    }

    private func missing(_ c: SimCare, birth: Day, horizon: Day, _ rng: inout SeededRandom) -> [(Day, Day?, String)] {
        let age = birth.age(on: horizon)
        let chance = age >= 11 ? 0.25 : 0.02
        guard horizon > c.start, rng.chance(chance) else { return [] }
        var out: [(Day, Day?, String)] = []
        for _ in 0..<rng.int(1...6) {
            let start = c.start.adding(days: rng.int(0...c.start.days(to: horizon)))
            let end = start.adding(days: rng.int(0...3))
            out.append((start, end <= horizon ? end : nil, rng.chance(0.8) ? "M" : "A"))
        }
        return out.sorted { $0.0 < $1.0 }
    }

    private func socialWorkers(_ c: SimCare, horizon: Day, _ rng: inout SeededRandom) -> [(Day, String, String?)] {
        let pool = state.careWorkerIDs
        guard !pool.isEmpty else { return [] }
        var out: [(Day, String, String?)] = [(c.start, pool[rng.int(0...(pool.count - 1))], nil)]
        var d = c.start
        while true {
            d = d.adding(days: max(30, Int(rng.exponential(mean: 300))))
            if d > horizon { break }
            out.append((d, pool[rng.int(0...(pool.count - 1))], WeightedCodes.socialWorkerChange.draw(&rng)))
        }
        return out
    }
}
