import HearthCore

/// The CIN census for the year ending 31 March: every child with an episode open at any time in
/// the year, or referred in it, with the episodes that were (DfE's inclusion rule). Dates after
/// the reference date are not yet known, so they are left out.
struct CINCensusBuilder {
    let state: SimulationState
    /// The census year (31 March it ends on): the simulation's own year unless an earlier one of
    /// the same simulated world is asked for.
    var year: Int? = nil

    private var yearStart: Day { state.yearStart(year ?? state.collectionYear) }
    private var yearEnd: Day { state.yearEnd(year ?? state.collectionYear) }

    func build(_ rng: inout SeededRandom) -> CINCensus {
        let s = state
        let from = yearStart, to = yearEnd
        var included: [Int] = []
        for (i, e) in s.episodes.enumerated() where e.referral <= to && (e.closure.map { $0 >= from } ?? true) {
            included.append(i)
        }
        included.sort {
            let a = s.episodes[$0], b = s.episodes[$1]
            return a.child != b.child ? a.child < b.child : a.referral < b.referral
        }
        var children: [CINChild] = []
        var k = 0
        while k < included.count {
            let child = s.episodes[included[k]].child
            var episodes: [CINEpisode] = []
            while k < included.count, s.episodes[included[k]].child == child {
                episodes.append(episode(s.episodes[included[k]], &rng))
                k += 1
            }
            children.append(makeChild(child, episodes: episodes))
        }
        // A national year is England's (its ONS code): no one authority's LEA fits it.
        let code = s.profile.code.count == 3 ? s.profile.code : "E92000001"
        return CINCensus(header: CINHeader(year: year ?? s.collectionYear, referenceDate: to, authorityCode: code,
                                           softwareCode: "Hearth synthetic", release: "1",
                                           serialNumber: "001", dateTime: to.iso + "T00:00:00"),
                         children: children)
    }

    private func known(_ d: Day?) -> Day? { d.flatMap { $0 <= yearEnd ? $0 : nil } }

    private func makeChild(_ index: Int32, episodes: [CINEpisode]) -> CINChild {
        let c = state.children[Int(index)]
        let age = c.birth.age(on: yearEnd)
        let upn: String? = c.hasUPN && age >= 5 ? state.upn(index) : nil
        let reason: String? = upn != nil ? nil : (c.uasc ? "UN9" : (age < 5 ? "UN2" : "UN8"))
        return CINChild(childID: state.childID(index), upn: upn, upnUnknown: reason, birthDate: c.birth, sex: c.sex,
                        ethnicity: c.ethnicity, disabilities: c.disability.isEmpty ? ["NONE"] : [c.disability],
                        episodes: episodes)
    }

    private func episode(_ e: SimEpisode, _ rng: inout SeededRandom) -> CINEpisode {
        let s = state
        let t = yearEnd
        var assessments: [Assessment] = []
        if let start = e.assessmentStart, start <= t {
            let authorised = known(e.assessmentAuthorised)
            var factors: [String] = []
            if authorised != nil {
                let list = e.need == "N1" ? WeightedCodes.factorsAbuse : WeightedCodes.factorsOther
                for _ in 0..<rng.int(1...3) {
                    let f = list.draw(&rng)
                    if !factors.contains(f) { factors.append(f) }
                }
                if factors.contains("21") { factors = ["21"] }
            }
            assessments.append(Assessment(startDate: start, authorisationDate: authorised, factors: factors))
        }
        var cinPlans: [CINPlan] = []
        if let start = e.cinPlanStart, start <= t { cinPlans.append(CINPlan(startDate: start, endDate: known(e.cinPlanEnd))) }
        var s47s: [Section47] = []
        if let start = e.s47Start, start <= t {
            let icpc = known(e.icpc)
            s47s.append(Section47(startDate: start, initialCPCTarget: s.adding(workingDays: 15, to: start),
                                  dateOfInitialCPC: icpc,
                                  icpcNotRequired: e.icpcNotRequired ? true : (icpc != nil ? false : nil)))
        }
        var plans: [ProtectionPlan] = []
        if e.plan >= 0 {
            let plan = s.plans[Int(e.plan)]
            if plan.start <= t {
                plans.append(ProtectionPlan(startDate: plan.start, endDate: known(plan.end), initialCategory: plan.category,
                                            latestCategory: plan.latestCategory, numberOfPreviousPlans: plan.previousPlans,
                                            reviewDates: ReviewSchedule.planReviews(s, plan: Int(e.plan))))
            }
        }
        let closure = known(e.closure)
        return CINEpisode(referralDate: e.referral, referralSource: e.source, primaryNeed: e.need, closureDate: closure,
                          reasonForClosure: closure != nil ? e.closureReason : nil,
                          dateOfInitialCPC: plans.isEmpty ? nil : known(e.icpc), referralNFA: e.nfa,
                          assessments: assessments, cinPlans: cinPlans, section47s: s47s, protectionPlans: plans)
    }
}
