import HearthCore

/// Makes a dataset of any size from a smaller one: the first `n` items, or whole copies with the
/// child IDs suffixed so that every copy is a distinct child.
enum Replicate {
    static func take<T>(_ n: Int, from items: [T], copy: (T, Int) -> T) -> [T] {
        guard !items.isEmpty else { return [] }
        var out: [T] = []
        out.reserveCapacity(n)
        var round = 0
        while out.count < n {
            for item in items.prefix(n - out.count) { out.append(round == 0 ? item : copy(item, round)) }
            round += 1
        }
        return out
    }

    /// For each source child ID, the copies to make (0 = the original ID).
    struct Plan {
        let copies: [String: [Int]]
    }

    static func plan(_ n: Int, of ids: [String]) -> Plan {
        var copies: [String: [Int]] = [:]
        var made = 0, round = 0
        while made < n, !ids.isEmpty {
            for id in ids.prefix(n - made) { copies[id, default: []].append(round); made += 1 }
            round += 1
        }
        return Plan(copies: copies)
    }

    static func id(_ id: String, _ copy: Int) -> String { copy == 0 ? id : id + "X\(copy)" }

    static func rows<T>(_ rows: [T], _ plan: Plan, child: (T) -> String, rekey: (T, String) -> T) -> [T] {
        var out: [T] = []
        for row in rows {
            for copy in plan.copies[child(row)] ?? [] { out.append(copy == 0 ? row : rekey(row, id(child(row), copy))) }
        }
        return out
    }

    static func ssda903(_ r: SSDA903Return, _ p: Plan) -> SSDA903Return {
        SSDA903Return(
            collectionYear: r.collectionYear,
            header: rows(r.header, p, child: \.childID) { h, id in
                LookedAfterChild(childID: id, sex: h.sex, birthDate: h.birthDate, ethnicity: h.ethnicity, upn: h.upn,
                                 isMother: h.isMother, childsChildBirthDate: h.childsChildBirthDate) },
            episodes: rows(r.episodes, p, child: \.childID) { e, id in
                CareEpisode(childID: id, startDate: e.startDate, reasonForNewEpisode: e.reasonForNewEpisode, legalStatus: e.legalStatus,
                            categoryOfNeed: e.categoryOfNeed, placement: e.placement, placementProvider: e.placementProvider,
                            endDate: e.endDate, reasonEpisodeCeased: e.reasonEpisodeCeased, reasonPlacementChanged: e.reasonPlacementChanged,
                            homePostcode: e.homePostcode, placementPostcode: e.placementPostcode, urn: e.urn) },
            reviews: rows(r.reviews, p, child: \.childID) { v, id in
                CareReview(childID: id, birthDate: v.birthDate, reviewDate: v.reviewDate, participation: v.participation) },
            uasc: rows(r.uasc, p, child: \.childID) { u, id in
                UASCRecord(childID: id, sex: u.sex, birthDate: u.birthDate, dateCeasedUASC: u.dateCeasedUASC) },
            healthOutcomes: rows(r.healthOutcomes, p, child: \.childID) { o, id in
                HealthOutcome(childID: id, birthDate: o.birthDate, sdqScore: o.sdqScore, sdqReason: o.sdqReason, convicted: o.convicted,
                              healthCheck: o.healthCheck, immunisations: o.immunisations, teethCheck: o.teethCheck,
                              healthAssessment: o.healthAssessment, substanceMisuse: o.substanceMisuse,
                              interventionReceived: o.interventionReceived, interventionOffered: o.interventionOffered) },
            careLeavers: rows(r.careLeavers, p, child: \.childID) { o, id in
                CareLeaverOutcome(childID: id, birthDate: o.birthDate, inTouch: o.inTouch, activity: o.activity, accommodation: o.accommodation) },
            adoptions: rows(r.adoptions, p, child: \.childID) { a, id in
                AdoptionRecord(childID: id, birthDate: a.birthDate, dateOfDecision: a.dateOfDecision, dateMatched: a.dateMatched,
                               fosterCareAdoption: a.fosterCareAdoption, numberOfAdopters: a.numberOfAdopters,
                               sexOfAdopters: a.sexOfAdopters, legalStatusOfAdopters: a.legalStatusOfAdopters) },
            placedForAdoption: rows(r.placedForAdoption, p, child: \.childID) { a, id in
                PlacedForAdoption(childID: id, birthDate: a.birthDate, datePlaced: a.datePlaced,
                                  dateDecisionCeased: a.dateDecisionCeased, reasonCeased: a.reasonCeased) },
            previousPermanence: rows(r.previousPermanence, p, child: \.childID) { a, id in
                PreviousPermanence(childID: id, birthDate: a.birthDate, previousPermanence: a.previousPermanence,
                                   authority: a.authority, datePermanence: a.datePermanence) },
            missing: rows(r.missing, p, child: \.childID) { m, id in
                MissingEpisode(childID: id, birthDate: m.birthDate, kind: m.kind, startDate: m.startDate, endDate: m.endDate) },
            socialWorkerEpisodes: rows(r.socialWorkerEpisodes, p, child: \.childID) { s, id in
                SocialWorkerEpisode(childID: id, birthDate: s.birthDate, socialWorkerID: s.socialWorkerID, startDate: s.startDate,
                                    endDate: s.endDate, reasonForChange: s.reasonForChange) })
    }
}
