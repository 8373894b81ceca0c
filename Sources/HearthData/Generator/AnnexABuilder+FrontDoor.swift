import HearthCore

/// Lists 1–5: contacts, early help, referrals, assessments and section 47 enquiries.
extension AnnexABuilder {
    struct FrontDoorLists {
        var contacts: [AnnexARecord] = []
        var earlyHelp: [AnnexARecord] = []
        var referrals: [AnnexARecord] = []
        var assessments: [AnnexARecord] = []
        var section47: [AnnexARecord] = []
    }

    /// Where early help assessments are done, and roughly how often.
    private static let earlyHelpOrganisations = [
        "Early Help Team", "School", "Health Visiting Service", "Family Hub", "Youth Service", "Voluntary sector",
    ]
    private static let earlyHelpWeights: [Double] = [40, 25, 12, 12, 6, 5]

    func frontDoorLists(_ rng: inout SeededRandom) -> FrontDoorLists {
        let s = state
        var out = FrontDoorLists()
        let order = episodeOrder()
        // The child's referrals, s47 enquiries and conferences, counted over runs of their episodes.
        var runStart = 0
        var referralsInWindow = 0
        for (k, i) in order.enumerated() {
            let e = s.episodes[i]
            if k == 0 || s.episodes[order[k - 1]].child != e.child { runStart = k }
            var runEnd = k
            while runEnd + 1 < order.count, s.episodes[order[runEnd + 1]].child == e.child { runEnd += 1 }
            let run = order[runStart...runEnd].map { s.episodes[$0] }
            let kind = caseKind(e.child)

            if inWindow(e.referral) {
                referralsInWindow += 1
                // Previous referrals: the child's referrals in the 12 months before this one.
                let yearBefore = e.referral.adding(months: -12)
                let previous = run.filter { $0.referral < e.referral && $0.referral >= yearBefore }.count
                let contactDate = max(from, e.referral.adding(days: -(rng.chance(0.7) ? 0 : rng.int(1...3))))
                out.contacts.append(record(.contacts, e.child, date: contactDate, fields: ["Contact Source": e.source]))
                out.referrals.append(record(.referrals, e.child, date: e.referral, fields: [
                    "Referral Source": e.source, "Referral NFA?": Self.yesNo(e.nfa),
                    "Number of Referrals in Last 12 Months": String(previous),
                    "Allocated Team": team(.assessment, e.child), "Allocated Worker": worker(.assessment, e.child)]))
                // About a third of referrals closed with no further action are stepped down to early help.
                if e.nfa, rng.chance(0.3) {
                    let start = e.referral.adding(days: rng.int(1...15))
                    if let eh = earlyHelp(record(.earlyHelp, e.child, date: nil, fields: [:]), start: start, &rng) {
                        out.earlyHelp.append(eh)
                    }
                }
            }
            if let start = e.assessmentStart, start <= to, inWindow(start) || inWindow(e.assessmentAuthorised)
                || (start < from && (e.assessmentAuthorised.map { $0 > to } ?? true)) {
                let done = known(e.assessmentAuthorised)
                let furtherServices = e.cinPlanStart != nil || e.plan >= 0 || e.care >= 0
                out.assessments.append(record(.assessments, e.child, date: start, endDate: done, fields: [
                    "Does the Child have a Disability": disability(e.child),
                    "Child Seen During Continuous Assessment": Self.yesNo(rng.chance(0.96)),
                    "Was the child assessed as requiring LA children's social care support?":
                        done == nil ? "" : Self.yesNo(furtherServices),
                    "Allocated Team": team(.assessment, e.child), "Allocated Worker": worker(.assessment, e.child)]))
            }
            if let start = e.s47Start, inWindow(start) {
                let icpc = known(e.icpc)
                // Counted over the 12 months to the inspection date, this enquiry included.
                let yearBefore = to.adding(months: -12)
                let enquiries = run.filter { ($0.s47Start.map { $0 > yearBefore && $0 <= to }) ?? false }.count
                let conferences = run.filter { ($0.icpc.map { $0 > yearBefore && $0 <= to }) ?? false }.count
                let resultedInPlan = icpc != nil && e.plan >= 0 && s.plans[Int(e.plan)].start <= to
                out.section47.append(record(.section47, e.child, date: start, endDate: icpc, fields: [
                    "Does the Child have a Disability": disability(e.child),
                    "Was an Initial Child Protection Conference deemed unnecessary?":
                        e.icpcNotRequired ? Self.yesNo(true) : (icpc != nil ? Self.yesNo(false) : ""),
                    "Did the Initial Child Protection Conference Result in a Child Protection Plan":
                        icpc == nil ? "" : Self.yesNo(resultedInPlan),
                    "Number of Section 47 Enquiries in the last 12 months": String(enquiries),
                    "Number of ICPCs in the last 12 months": String(conferences),
                    "Allocated Team": team(kind, e.child), "Allocated Worker": worker(kind, e.child)]))
            }
        }
        otherContacts(referrals: referralsInWindow, order: order, into: &out, &rng)
        out.contacts.sort { ($0.date ?? to, $0.id) < ($1.date ?? to, $1.id) }
        out.earlyHelp.sort { ($0.date ?? to, $0.id) < ($1.date ?? to, $1.id) }
        return out
    }

    /// Contacts that did not become referrals: about 2–3.5 contacts per referral in all. A quarter
    /// of those whose outcome is early help have an early help assessment in the window.
    private func otherContacts(referrals: Int, order: [Int], into out: inout FrontDoorLists, _ rng: inout SeededRandom) {
        let s = state
        let ratio = 2 + rng.unit() * 1.5
        let extra = Int(Double(referrals) * (ratio - 1))
        let span = from.days(to: to)
        for j in 0..<extra {
            let date = from.adding(days: rng.int(0...span))
            let earlyHelpOutcome = rng.weighted([35, 30, 25, 10]) == 2
            let source = WeightedCodes.referralSource.draw(&rng)
            let contact: AnnexARecord
            if rng.chance(0.25), !order.isEmpty {
                let e = s.episodes[order[rng.int(0...(order.count - 1))]]
                contact = record(.contacts, e.child, date: date, fields: ["Contact Source": source])
            } else {
                let birth = date.adding(days: -s.referralAgeDays(&rng))
                contact = AnnexARecord(list: .contacts, id: "K" + SimulationState.pad(j + 1, 7),
                                       gender: rng.chance(0.52) ? "M" : "F",
                                       ethnicity: (s.isLondon ? WeightedCodes.ethnicityLondon : WeightedCodes.ethnicity).draw(&rng),
                                       birthDate: birth, age: birth.age(on: to), date: date,
                                       fields: ["Contact Source": source])
            }
            out.contacts.append(contact)
            if earlyHelpOutcome, rng.chance(0.6),
               let eh = earlyHelp(contact, start: date.adding(days: rng.int(1...10)), &rng) {
                out.earlyHelp.append(eh)
            }
        }
    }

    /// An early help assessment for the person of `source` starting on `start`; nil when that is
    /// after the inspection date. Most are completed within six weeks.
    private func earlyHelp(_ source: AnnexARecord, start: Day, _ rng: inout SeededRandom) -> AnnexARecord? {
        guard start <= to else { return nil }
        let done = known(start.adding(days: rng.int(7...45)))
        let organisation = Self.earlyHelpOrganisations[rng.weighted(Self.earlyHelpWeights)]
        return AnnexARecord(list: .earlyHelp, id: source.id, gender: source.gender, ethnicity: source.ethnicity,
                            birthDate: source.birthDate, age: source.age, date: start, endDate: done,
                            fields: ["Organisation completing assessment": organisation])
    }
}
