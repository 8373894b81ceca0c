import HearthCore

/// Lists 9–11: care leavers, children with an adoption decision, and the adopters matched with them.
extension AnnexABuilder {
    struct LaterLists {
        var careLeavers: [AnnexARecord] = []
        var adoptions: [AnnexARecord] = []
        var adopters: [AnnexARecord] = []
    }

    /// 903 "in touch" codes in the template's spelling.
    private static let inTouch = [
        "YES": "a) Yes", "NO": "b) No", "DIED": "c) Died", "REFU": "d) Refu", "NREQ": "e) NREQ", "RHOM": "f) Rhom",
    ]

    func leaverAndAdoptionLists(_ rng: inout SeededRandom) -> LaterLists {
        let s = state
        var out = LaterLists()
        let careOrder = s.cares.indices.sorted { s.cares[$0].child < s.cares[$1].child }
        for i in careOrder {
            let care = s.cares[i]
            let child = s.children[Int(care.child)]
            if let end = care.end, end <= to, (18...21).contains(child.birth.age(on: to)),
               CareLeaverStatus.qualifies(care, birth: child.birth) {
                out.careLeavers.append(careLeaver(care, end: end, &rng))
            }
            guard let order = care.placementOrder else { continue }
            let decision = order.adding(days: -60)
            let adopted = care.end.flatMap { ["E11", "E12"].contains(care.endReason) ? $0 : nil }
            guard decision <= to, adopted.map({ $0 >= from }) ?? true else { continue }
            let household = "ADP" + SimulationState.pad(i + 1, 6)
            let matched = known(care.matched)
            // Placed with the adopters a few weeks after matching, and before any adoption order.
            var placed: Day?
            if let matched {
                let day = matched.adding(days: rng.int(7...35))
                placed = known(adopted.map { min($0, day) } ?? day)
            }
            let fosteredForAdoption = rng.chance(0.15)
            out.adoptions.append(record(.adoptions, care.child, date: decision, endDate: known(adopted), fields: [
                "Family identifier": matched != nil ? household : "",
                "Does the Child have a Disability": disability(care.child),
                "Date the Child Entered Care": care.start.uk,
                "Date of Placement Order": known(order)?.uk ?? "",
                "Date of Matching Child and Prospective Adopters": matched?.uk ?? "",
                "Date Placed for Adoption": placed?.uk ?? "",
                "Date the child was placed for fostering in FFA or concurrent planning placement":
                    fosteredForAdoption ? Self.day(between: care.start, and: min(decision, care.start.adding(days: 60)), &rng).uk : "",
            ]))
            if let matched {
                out.adopters += adopters(household, matched: matched, placed: placed, adopted: known(adopted),
                                         fosteringForAdoption: fosteredForAdoption, &rng)
            }
        }
        return out
    }

    private func careLeaver(_ care: SimCare, end: Day, _ rng: inout SeededRandom) -> AnnexARecord {
        let child = state.children[Int(care.child)]
        let status = CareLeaverStatus.draw(profile: state.profile, age: child.birth.age(on: to), &rng)
        let inTouch = status.inTouch == "YES"
        // In touch means contact within the last few weeks; otherwise the last contact is older.
        let contact = max(end, inTouch ? to.adding(days: -rng.int(1...60)) : to.adding(days: -rng.int(90...400)))
        let suitability = status.accommodation.map { $0.hasSuffix("1") ? "a) Suitable" : "b) Unsuitable" } ?? ""
        return record(.careLeavers, care.child, date: contact, fields: [
            "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)": Self.yesNo(care.uasc || child.uasc),
            "Does the Child have a Disability": disability(care.child),
            "Allocated Team": team(.careLeavers, care.child),
            "Allocated Worker": worker(.careLeavers, care.child),
            "Allocated Personal Advisor": worker(.careLeavers, care.child, offset: 1),
            // Left care at 16 or over after 13 weeks since 14 (CareLeaverStatus.qualifies), now 18+.
            "Eligibility Category": "b) Former relevant child",
            "Latest Pathway Plan Review Date": to.adding(days: -rng.int(1...180)).uk,
            "LA in Touch": Self.inTouch[status.inTouch] ?? status.inTouch,
            // The 903 code carries suitability as its second character; the template has its own column.
            "Type of Accommodation": status.accommodation.map { String($0.prefix(1)) } ?? "",
            "Suitability of Accommodation": suitability,
            "Activity Status": status.activity ?? "",
        ])
    }

    /// One row per adopter in the household, with the stages of their approval worked back
    /// from the match: enquiry, stage 1 (about two months), stage 2 (about four), approval.
    private func adopters(_ household: String, matched: Day, placed: Day?, adopted: Day?,
                          fosteringForAdoption: Bool, _ rng: inout SeededRandom) -> [AnnexARecord] {
        let approved = matched.adding(days: -rng.int(30...240))
        let stage2End = approved.adding(days: -rng.int(7...40))
        let stage2Start = stage2End.adding(days: -rng.int(100...130))
        let stage1End = stage2Start.adding(days: -rng.int(0...20))
        let stage1Start = stage1End.adding(days: -rng.int(45...65))
        let enquiry = stage1Start.adding(days: -rng.int(7...45))
        let couple = rng.chance(0.8)
        let sexes = couple ? [["M", "F"], ["F", "F"], ["M", "M"]][rng.weighted([80, 12, 8])] : [rng.chance(0.85) ? "F" : "M"]
        let ethnicities = state.isLondon ? WeightedCodes.ethnicityLondon : WeightedCodes.ethnicity
        return sexes.enumerated().map { n, sex in
            AnnexARecord(list: .adopters, id: household + "-\(n + 1)", gender: sex, ethnicity: ethnicities.draw(&rng),
                         date: enquiry, fields: [
                "Family identifier": household,
                "Disability": Self.yesNo(rng.chance(0.04)),
                "Is the (prospective) adopter fostering for adoption?": Self.yesNo(fosteringForAdoption),
                "Date Stage 1 started": stage1Start.uk, "Date Stage 1 ended": stage1End.uk,
                "Date Stage 2 started": stage2Start.uk, "Date Stage 2 ended": stage2End.uk,
                "Date application submitted": stage2Start.uk,
                "Date application approved": approved.uk,
                "Date adopter matched with child(ren)": matched.uk,
                "Date child/children placed with adopter(s)": placed?.uk ?? "",
                "No. of children placed": placed == nil ? "0" : "1",
                "Date of Adoption Order": adopted?.uk ?? "",
            ].filter { !$0.value.isEmpty })
        }
    }
}
