import HearthCore

/// One year's SSDA903 return from the simulated periods of care: every table, dates inside the
/// year, later events unknown. Built for the collection year and the one before it.
struct SSDA903Builder {
    let state: SimulationState
    let year: Int

    func build(_ rng: inout SeededRandom) -> SSDA903Return {
        let s = state
        let from = s.yearStart(year), to = s.yearEnd(year)
        func known(_ d: Day?) -> Day? { d.flatMap { $0 <= to ? $0 : nil } }
        var header: [LookedAfterChild] = [], episodes: [CareEpisode] = [], reviews: [CareReview] = []
        var uasc: [UASCRecord] = [], oc2: [HealthOutcome] = [], oc3: [CareLeaverOutcome] = []
        var ad1: [AdoptionRecord] = [], placed: [PlacedForAdoption] = [], prevPerm: [PreviousPermanence] = []
        var missing: [MissingEpisode] = [], sw: [SocialWorkerEpisode] = []
        let p = s.profile

        let order = s.cares.indices.sorted { s.cares[$0].child < s.cares[$1].child }
        for i in order {
            let care = s.cares[i]
            let child = s.children[Int(care.child)]
            let id = s.childID(care.child)
            let birth = child.birth
            let ageAtEnd = birth.age(on: to)
            let inYear = care.start <= to && (care.end.map { $0 >= from } ?? true)

            // OC3: care leavers whose 17th–21st birthday falls in the year (their age at 31 March).
            if let end = care.end, end <= to, (17...21).contains(ageAtEnd), CareLeaverStatus.qualifies(care, birth: birth) {
                let status = CareLeaverStatus.draw(profile: p, age: ageAtEnd, &rng)
                oc3.append(CareLeaverOutcome(childID: id, birthDate: birth, inTouch: status.inTouch,
                                             activity: status.activity, accommodation: status.accommodation))
            }
            if !inYear { continue }

            let isMother = child.sex == "F" && ageAtEnd >= 14 && rng.chance(0.01)
            header.append(LookedAfterChild(childID: id, sex: child.sex, birthDate: birth, ethnicity: child.ethnicity,
                                           upn: child.hasUPN && ageAtEnd >= 5 ? s.upn(care.child)
                                               : (child.uasc ? "UN9" : (ageAtEnd < 5 ? "UN2" : "UN8")),
                                           isMother: child.sex == "F" ? isMother : nil,
                                           childsChildBirthDate: isMother ? to.adding(days: -rng.int(10...300)) : nil))
            let need = s.episodes.indices.contains(Int(care.episode)) ? s.episodes[Int(care.episode)].need : "N1"
            let category = ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"].contains(need) ? need : "N1"
            for (k, ep) in care.episodes.enumerated() {
                let next = k + 1 < care.episodes.count ? care.episodes[k + 1].start : care.end
                guard ep.start <= to, next.map({ $0 >= from }) ?? true else { continue }
                let end = known(next)
                let rec: String? = end == nil ? nil : (k + 1 < care.episodes.count ? "X1" : care.endReason)
                episodes.append(CareEpisode(childID: id, startDate: ep.start, reasonForNewEpisode: ep.rne,
                                            legalStatus: ep.legalStatus, categoryOfNeed: category, placement: ep.placement,
                                            placementProvider: ep.provider, endDate: end, reasonEpisodeCeased: rec,
                                            reasonPlacementChanged: ep.reasonPlacementChanged, homePostcode: care.homePostcode,
                                            placementPostcode: ep.placementPostcode, urn: ep.urn))
            }
            for r in care.reviews where r >= from && r <= to {
                reviews.append(CareReview(childID: id, birthDate: birth, reviewDate: r,
                                          participation: birth.age(on: r) < 4 ? "PN0" : WeightedCodes.reviewParticipation.draw(&rng)))
            }
            if child.uasc {
                uasc.append(UASCRecord(childID: id, sex: child.sex, birthDate: birth, dateCeasedUASC: known(birth.adding(years: 18))))
            }
            if care.start <= to.adding(years: -1), care.end.map({ $0 > to }) ?? true {
                oc2.append(healthOutcome(id: id, birth: birth, on: to, &rng))
            }
            if care.start >= from {
                let perm = ["Z1", "P2", "P3", "P1"][rng.weighted([85, 8, 4, 3])]
                let when = care.start.adding(days: -rng.int(200...2000))
                prevPerm.append(PreviousPermanence(childID: id, birthDate: birth, previousPermanence: perm,
                                                   authority: perm == "Z1" ? nil : (p.code.count == 3 ? p.code : "999"),
                                                   datePermanence: perm == "Z1" ? nil : "zz/" + SimulationState.pad(when.month, 2) + "/\(when.year)"))
            }
            if let order = care.placementOrder {
                let decision = order.adding(days: -60)
                let ceased = care.end.flatMap { ["E11", "E12"].contains(care.endReason) ? $0 : nil }
                if decision <= to, ceased.map({ $0 >= from }) ?? true {
                    let c = known(ceased)
                    placed.append(PlacedForAdoption(childID: id, birthDate: birth, datePlaced: decision,
                                                    dateDecisionCeased: c, reasonCeased: c == nil ? nil : "RD1"))
                }
                if let adopted = ceased, adopted >= from, adopted <= to {
                    let adopters = rng.chance(0.8) ? 2 : 1
                    ad1.append(AdoptionRecord(childID: id, birthDate: birth, dateOfDecision: decision, dateMatched: care.matched,
                                              fosterCareAdoption: rng.chance(0.15), numberOfAdopters: adopters,
                                              sexOfAdopters: adopters == 2 ? ["MF", "FF", "MM"][rng.weighted([80, 12, 8])]
                                                  : (rng.chance(0.85) ? "F1" : "M1"),
                                              legalStatusOfAdopters: adopters == 2 ? ["L0", "L11", "L12", "L2"][rng.weighted([60, 15, 5, 20])]
                                                  : (rng.chance(0.8) ? "L3" : "L4")))
                }
            }
            for m in care.missing where m.0 >= from && m.0 <= to {
                missing.append(MissingEpisode(childID: id, birthDate: birth, kind: m.2, startDate: m.0, endDate: known(m.1)))
            }
            for (k, w) in care.socialWorkers.enumerated() {
                let next = k + 1 < care.socialWorkers.count ? care.socialWorkers[k + 1] : nil
                let end = next?.0 ?? care.end
                guard w.0 <= to, end.map({ $0 >= from }) ?? true else { continue }
                let e = known(end)
                sw.append(SocialWorkerEpisode(childID: id, socialWorkerID: w.1, startDate: w.0, endDate: e,
                                              reasonForChange: e == nil ? nil : (next?.2 ?? "OTHERS")))
            }
        }
        return SSDA903Return(collectionYear: year, header: header, episodes: episodes, reviews: reviews, uasc: uasc,
                             healthOutcomes: oc2, careLeavers: oc3, adoptions: ad1, placedForAdoption: placed,
                             previousPermanence: prevPerm, missing: missing, socialWorkerEpisodes: sw)
    }

    private func healthOutcome(id: String, birth: Day, on day: Day, _ rng: inout SeededRandom) -> HealthOutcome {
        let p = state.profile
        let age = birth.age(on: day)
        let sdq = (4...16).contains(age)
        let hasScore = sdq && rng.chance(0.8)
        let misuse = age >= 10 && rng.chance(0.05)
        let received = misuse && rng.chance(0.5)
        return HealthOutcome(childID: id, birthDate: birth, sdqScore: hasScore ? min(40, Int(rng.exponential(mean: 14))) : nil,
                             sdqReason: sdq && !hasScore ? ["SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"][rng.int(0...4)] : nil,
                             convicted: age >= 10 ? rng.chance(0.02) : nil,
                             healthCheck: rng.chance(p.healthCheckPercent / 100),
                             immunisations: rng.chance(p.immunisationPercent / 100),
                             teethCheck: rng.chance(p.dentalCheckPercent / 100),
                             healthAssessment: age < 5 ? rng.chance(0.88) : nil,
                             substanceMisuse: rng.chance(0.03) || misuse, interventionReceived: misuse ? received : nil,
                             interventionOffered: misuse ? !received || rng.chance(0.5) : nil)
    }
}
