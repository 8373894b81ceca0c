import HearthCore

/// Ofsted's Annex A lists for the six months up to 31 March of the collection year, from the
/// same children, episodes, plans and periods of care as the statutory returns. Columns beyond
/// the typed ones are keyed by readable headings ("Allocated Team", "Referral Source", …).
struct AnnexABuilder {
    let state: SimulationState
    private let teams: [WorkforceBuilder.Team]
    private let teamsByKind: [WorkforceBuilder.TeamKind: [Int]]

    init(state: SimulationState) {
        self.state = state
        teams = WorkforceBuilder.layout(profile: state.profile).teams
        var byKind: [WorkforceBuilder.TeamKind: [Int]] = [:]
        for (i, t) in teams.enumerated() { byKind[t.kind, default: []].append(i) }
        teamsByKind = byKind
    }

    func build(_ rng: inout SeededRandom) -> AnnexA {
        let s = state
        let to = s.yearEnd
        let from = to.adding(months: -6).adding(days: 1)
        func inWindow(_ d: Day?) -> Bool { d.map { $0 >= from && $0 <= to } ?? false }
        func known(_ d: Day?) -> Day? { d.flatMap { $0 <= to ? $0 : nil } }
        func openDuring(_ start: Day, _ end: Day?) -> Bool { start <= to && (end.map { $0 >= from } ?? true) }

        var lists: [AnnexAList: [AnnexARecord]] = [:]
        var contacts: [AnnexARecord] = [], referrals: [AnnexARecord] = [], assessments: [AnnexARecord] = []
        var s47s: [AnnexARecord] = [], cin: [AnnexARecord] = [], cp: [AnnexARecord] = []

        // Previous referral of each child, for the re-referral column: episodes in child order.
        var order = s.episodes.indices.filter { s.episodes[$0].referral <= to && (s.episodes[$0].closure.map { $0 >= from.adding(years: -1) } ?? true) }
        order.sort {
            let a = s.episodes[$0], b = s.episodes[$1]
            return a.child != b.child ? a.child < b.child : a.referral < b.referral
        }
        var referralsInWindow = 0
        for (k, i) in order.enumerated() {
            let e = s.episodes[i]
            let kind: WorkforceBuilder.TeamKind = s.children[Int(e.child)].disability.isEmpty ? .protection : .disabled
            if inWindow(e.referral) {
                referralsInWindow += 1
                let prev = k > 0 && s.episodes[order[k - 1]].child == e.child ? s.episodes[order[k - 1]].referral : nil
                let re = prev.map { $0 >= e.referral.adding(months: -12) } ?? false
                contacts.append(record(.contacts, e.child, date: e.referral.adding(days: -(rng.chance(0.7) ? 0 : rng.int(1...3))),
                                       fields: ["Contact Source": e.source, "Contact Outcome": "Referral to children's social care"]))
                referrals.append(record(.referrals, e.child, date: e.referral, fields: [
                    "Referral Source": e.source, "Referral NFA": e.nfa ? "Yes" : "No",
                    "Re-referral Within 12 Months": re ? "Yes" : "No",
                    "Previous Referral Date": prev?.uk ?? "",
                    "Allocated Team": team(.assessment, e.child), "Allocated Worker": worker(.assessment, e.child)]))
            }
            if let start = e.assessmentStart, start <= to, inWindow(start) || inWindow(e.assessmentAuthorised)
                || (start < from && (e.assessmentAuthorised.map { $0 > to } ?? true)) {
                let done = known(e.assessmentAuthorised)
                let wd = done.map { s.calendar.workingDays(from: e.referral, to: $0) }
                assessments.append(record(.assessments, e.child, date: start, endDate: done, fields: [
                    "Referral Date": e.referral.uk,
                    "Working Days Referral to Completion": wd.map(String.init) ?? "",
                    "Outcome": done == nil ? "" : (e.cinPlanStart != nil || e.plan >= 0 || e.care >= 0 ? "Further services" : "No further action"),
                    "Allocated Team": team(.assessment, e.child), "Allocated Worker": worker(.assessment, e.child)]))
            }
            if let start = e.s47Start, inWindow(start) {
                let icpc = known(e.icpc)
                s47s.append(record(.section47, e.child, date: start, endDate: icpc, fields: [
                    "Strategy Discussion Date": start.uk, "ICPC Date": icpc?.uk ?? "",
                    "Working Days to ICPC": icpc.map { String(s.calendar.workingDays(from: start, to: $0)) } ?? "",
                    "Outcome of S47": e.icpc != nil ? "ICPC" : (e.icpcNotRequired ? "ICPC not required" : "Ongoing"),
                    "Allocated Team": team(kind, e.child), "Allocated Worker": worker(kind, e.child)]))
            }
            if let start = e.cinPlanStart, openDuring(start, e.cinPlanEnd) {
                cin.append(record(.childrenInNeed, e.child, date: start, endDate: known(e.cinPlanEnd), fields: [
                    "Primary Need": e.need, "Disability": s.children[Int(e.child)].disability.isEmpty ? "No" : "Yes",
                    "Date of Last Visit": to.adding(days: -rng.int(1...40)).uk,
                    "Allocated Team": team(kind, e.child), "Allocated Worker": worker(kind, e.child)]))
            }
            if e.plan >= 0 {
                let plan = s.plans[Int(e.plan)]
                if openDuring(plan.start, plan.end) {
                    let reviews = ReviewSchedule.planReviews(s, plan: Int(e.plan)).filter { $0 <= to }
                    cp.append(record(.childProtection, e.child, date: plan.start, endDate: known(plan.end), fields: [
                        "Category of Abuse": plan.category, "Latest Category of Abuse": plan.latestCategory,
                        "Number of Previous Plans": String(plan.previousPlans),
                        "Date of Last Review": reviews.last?.uk ?? "",
                        "Date of Last Visit": to.adding(days: -rng.int(1...15)).uk,
                        "Allocated Team": team(kind, e.child), "Allocated Worker": worker(kind, e.child)]))
                }
            }
        }
        // Contacts that did not become referrals: about 2–3.5 contacts per referral in all.
        let ratio = 2 + rng.unit() * 1.5
        let extra = Int(Double(referralsInWindow) * (ratio - 1))
        let span = from.days(to: to)
        for j in 0..<extra {
            let date = from.adding(days: rng.int(0...span))
            let outcome = ["No further action", "Information and advice", "Early help", "Signposted to other agency"][rng.weighted([35, 30, 25, 10])]
            let source = WeightedCodes.referralSource.draw(&rng)
            if rng.chance(0.25), !order.isEmpty {
                let e = s.episodes[order[rng.int(0...(order.count - 1))]]
                contacts.append(record(.contacts, e.child, date: date, fields: ["Contact Source": source, "Contact Outcome": outcome]))
            } else {
                let birth = date.adding(days: -s.referralAgeDays(&rng))
                contacts.append(AnnexARecord(list: .contacts, id: "K" + SimulationState.pad(j + 1, 7),
                                             gender: rng.chance(0.52) ? "M" : "F",
                                             ethnicity: (s.isLondon ? WeightedCodes.ethnicityLondon : WeightedCodes.ethnicity).draw(&rng),
                                             birthDate: birth, age: birth.age(on: to), date: date,
                                             fields: ["Contact Source": source, "Contact Outcome": outcome]))
            }
        }
        contacts.sort { ($0.date ?? to, $0.id) < ($1.date ?? to, $1.id) }
        lists[.contacts] = contacts
        lists[.referrals] = referrals
        lists[.assessments] = assessments
        lists[.section47] = s47s
        lists[.childrenInNeed] = cin
        lists[.childProtection] = cp

        var cla: [AnnexARecord] = [], leavers: [AnnexARecord] = [], adoption: [AnnexARecord] = [], adopters: [AnnexARecord] = []
        let careOrder = s.cares.indices.sorted { s.cares[$0].child < s.cares[$1].child }
        for i in careOrder {
            let care = s.cares[i]
            let birth = s.children[Int(care.child)].birth
            if openDuring(care.start, care.end) {
                let current = care.episodes.last(where: { $0.start <= to }) ?? care.episodes.first
                let moves = care.episodes.filter { $0.start > to.adding(years: -1) && $0.start <= to && ["P", "T", "B"].contains($0.rne) }.count
                cla.append(record(.lookedAfter, care.child, date: care.start, endDate: known(care.end), fields: [
                    "Legal Status": current?.legalStatus ?? "", "Placement Type": current?.placement ?? "",
                    "Placement Provider": current?.provider ?? "",
                    "Placement Start Date": current?.start.uk ?? "",
                    "Number of Placements in Last 12 Months": String(moves + 1),
                    "Date of Last Review": care.reviews.last(where: { $0 <= to })?.uk ?? "",
                    "UASC": care.uasc ? "Yes" : "No",
                    "Allocated Team": team(.inCare, care.child), "Allocated Worker": worker(.inCare, care.child)]))
            }
            if let end = care.end, end <= to, (18...21).contains(birth.age(on: to)), CareLeaverStatus.qualifies(care, birth: birth) {
                let status = CareLeaverStatus.draw(profile: s.profile, age: birth.age(on: to), &rng)
                leavers.append(record(.careLeavers, care.child, date: end, fields: [
                    "In Touch": status.inTouch, "Activity": status.activity ?? "", "Accommodation": status.accommodation ?? "",
                    "Date of Last Contact": to.adding(days: -rng.int(1...90)).uk,
                    "Allocated Team": team(.careLeavers, care.child), "Personal Adviser": worker(.careLeavers, care.child)]))
            }
            if let order = care.placementOrder {
                let decision = order.adding(days: -60)
                let adopted = care.end.flatMap { ["E11", "E12"].contains(care.endReason) ? $0 : nil }
                if decision <= to, adopted.map({ $0 >= from }) ?? true {
                    let household = "ADP" + SimulationState.pad(i + 1, 6)
                    adoption.append(record(.adoptions, care.child, date: decision, endDate: known(adopted), fields: [
                        "Date Entered Care": care.start.uk, "Date of Placement Order": order <= to ? order.uk : "",
                        "Date Matched": known(care.matched)?.uk ?? "", "Adopter ID": known(care.matched) != nil ? household : "",
                        "Allocated Team": team(.inCare, care.child), "Allocated Worker": worker(.inCare, care.child)]))
                    if let matched = known(care.matched) {
                        adopters.append(AnnexARecord(list: .adopters, id: household, date: matched.adding(days: -rng.int(200...500)),
                                                     endDate: matched, fields: [
                            "Date of Initial Enquiry": matched.adding(days: -rng.int(300...700)).uk,
                            "Date Approved": matched.adding(days: -rng.int(30...200)).uk,
                            "Number of Adopters": rng.chance(0.8) ? "2" : "1",
                            "Matched Child ID": s.childID(care.child)]))
                    }
                }
            }
        }
        lists[.lookedAfter] = cla
        lists[.careLeavers] = leavers
        lists[.adoptions] = adoption
        lists[.adopters] = adopters
        lists[.earlyHelp] = []
        return AnnexA(records: lists)
    }

    private func record(_ list: AnnexAList, _ child: Int32, date: Day?, endDate: Day? = nil,
                        fields: [String: String]) -> AnnexARecord {
        let c = state.children[Int(child)]
        return AnnexARecord(list: list, id: state.childID(child), gender: c.sex, ethnicity: c.ethnicity, birthDate: c.birth,
                            age: c.birth.age(on: state.yearEnd), date: date, endDate: endDate, fields: fields)
    }

    private func teamIndex(_ kind: WorkforceBuilder.TeamKind, _ child: Int32) -> Int? {
        guard let matching = teamsByKind[kind], !matching.isEmpty else { return nil }
        return matching[Int(child) % matching.count]
    }

    private func team(_ kind: WorkforceBuilder.TeamKind, _ child: Int32) -> String {
        teamIndex(kind, child).map { teams[$0].name } ?? ""
    }

    private func worker(_ kind: WorkforceBuilder.TeamKind, _ child: Int32) -> String {
        guard let t = teamIndex(kind, child), !teams[t].workers.isEmpty else { return "" }
        let workers = teams[t].workers
        // Skip the team manager (first) where the team has case holders.
        let start = workers.count > 1 ? 1 : 0
        return workers[start + (Int(child) / 7) % (workers.count - start)]
    }
}
