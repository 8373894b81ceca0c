import HearthCore

/// List 8: children in care, from the same periods of care, 903 episodes, reviews, missing
/// episodes and social workers as the SSDA903 return.
extension AnnexABuilder {
    func lookedAfterList(_ rng: inout SeededRandom) -> [AnnexARecord] {
        let s = state
        let health = AnnexAHealthDates(state: s, to: to)
        let postcodes = PostcodeDirectory.shipped, authorities = AuthorityDirectory.shipped
        var out: [AnnexARecord] = []
        let careOrder = s.cares.indices.sorted {
            let a = s.cares[$0], b = s.cares[$1]
            return a.child != b.child ? a.child < b.child : a.start < b.start
        }
        for (k, i) in careOrder.enumerated() {
            let care = s.cares[i]
            guard openDuring(care.start, care.end), !care.episodes.isEmpty else { continue }
            let child = s.children[Int(care.child)]
            let id = s.childID(care.child)
            let end = known(care.end)
            let reference = end ?? to
            // The episode current on the reference date, and where its placement and legal status began.
            let currentIndex = care.episodes.lastIndex { $0.start <= reference } ?? 0
            let current = care.episodes[currentIndex]
            var placementStart = currentIndex, legalStart = currentIndex
            while placementStart > 0, care.episodes[placementStart].rne == "L" { placementStart -= 1 }
            while legalStart > 0, care.episodes[legalStart - 1].legalStatus == current.legalStatus { legalStart -= 1 }
            let yearBefore = reference.adding(years: -1)
            // The placement held a year ago (or the first one, for a later start) plus each move since.
            let moves = care.episodes[...currentIndex].filter {
                $0.start > yearBefore && ["P", "T", "B", "U"].contains($0.rne)
            }.count
            let previousCare = k > 0 ? s.cares[careOrder[k - 1]] : nil
            let secondPeriod = previousCare.map { $0.child == care.child && ($0.end.map { $0 >= care.start.adding(years: -1) } ?? false) } ?? false
            let missing = care.missing.filter { $0.0 > yearBefore && $0.0 <= reference }
            let missingCount = missing.filter { $0.2 == "M" }.count
            let offered = missingCount > 0 ? rng.chance(0.85) : false
            let accepted = offered && rng.chance(0.55)
            let placedIn = postcodes.authority(of: current.placementPostcode)
            let worker = care.socialWorkers.last { $0.0 <= reference }?.1 ?? ""
            let outcome = healthOutcomes[id]
            let days = care.start.days(to: reference)
            let fields: [String: String] = [
                "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)": Self.yesNo(care.uasc || child.uasc),
                "Does the Child have a Disability": disability(care.child),
                "Child's Category of Need": categoryOfNeed(care),
                "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)":
                    Self.yesNo(secondPeriod),
                "Start date of current legal status": care.episodes[legalStart].start.uk,
                "Child's Legal Status": current.legalStatus,
                "Date of Latest Statutory Review": care.reviews.last { $0 <= reference }?.uk ?? "",
                // Visits at least every six weeks; the IRO sees the child between reviews.
                "Date of Last Social Work Visit": Self.day(between: max(care.start, reference.adding(days: -42)), and: reference, &rng).uk,
                "What is the permanence plan for this child?": permanencePlan(care, current: current, birth: child.birth, &rng),
                "Date of Last IRO Visit / Contact to the Child": days < 10 ? ""
                    : Self.day(between: max(care.start.adding(days: 5), reference.adding(days: -150)), and: reference, &rng).uk,
                "Date of Last Health Assessment": health.healthAssessment(start: care.start, end: end, birth: child.birth,
                                                                          upToDate: outcome?.healthCheck, &rng)?.uk ?? "",
                "Date of Last Dental Check": health.dentalCheck(start: care.start, end: end, upToDate: outcome?.teethCheck, &rng)?.uk ?? "",
                "Number of Placements in the Last 12 months": String(moves + 1),
                "Reason Ceased to be Looked After": end == nil ? "" : care.endReason,
                "Start Date of Most Recent Placement": care.episodes[placementStart].start.uk,
                "Placement Type": current.placement,
                "Placement Provider": current.provider,
                "Placement postcode": current.placementPostcode,
                "URN of Placement": current.urn,
                "Placement Location": placedIn.map { $0 == s.profile.code ? "a) In" : "b) Out" } ?? "",
                "LA of Placement": placedIn.flatMap { authorities[$0]?.name } ?? "",
                "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months": String(missingCount),
                "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months":
                    String(missing.count - missingCount),
                "Was the child offered a Return Interview after their last missing episode (Y/N)?":
                    missingCount > 0 ? Self.yesNo(offered) : "",
                "Did the child accept a Return Interview after their last missing episode (Y/N)?":
                    missingCount > 0 ? Self.yesNo(accepted) : "",
                "Allocated Team": teamOfWorker[worker] ?? team(.inCare, care.child),
                "Allocated Worker": worker.isEmpty ? self.worker(.inCare, care.child) : worker,
            ]
            out.append(record(.lookedAfter, care.child, date: care.start, endDate: end, fields: fields))
        }
        return out
    }

    /// The 903 category of need: the CIN episode's primary need (as `SSDA903Builder` writes it).
    private func categoryOfNeed(_ care: SimCare) -> String {
        let need = state.episodes.indices.contains(Int(care.episode)) ? state.episodes[Int(care.episode)].need : "N1"
        return ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"].contains(need) ? need : "N1"
    }

    /// A permanence plan that fits the placement and legal status.
    private func permanencePlan(_ care: SimCare, current: SimCareEpisode, birth: Day, _ rng: inout SeededRandom) -> String {
        if care.placementOrder != nil || ["A5", "A6"].contains(current.placement) || current.legalStatus == "E1" {
            return "b) Adoption"
        }
        if current.placement == "P1" { return "a) Return to family" }
        let age = birth.age(on: to)
        if age >= 16, ["H5", "P2", "K2"].contains(current.placement), rng.chance(0.7) {
            return "d) Supported living in the community"
        }
        if ["K1", "K2", "R5"].contains(current.placement) { return "e) Long-term residential placement" }
        let longStay = care.start <= to.adding(years: -1)
        if ["U1", "U2", "U3"].contains(current.placement), longStay, rng.chance(0.4) { return "c) SGO/CAO" }
        if longStay { return rng.chance(0.85) ? "f) Long-term fostering" : "g) Other" }
        return rng.chance(0.6) ? "a) Return to family" : "g) Other"
    }
}
