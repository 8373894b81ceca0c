import HearthCore

/// Lists 6 and 7: children in need and children on a child protection plan.
extension AnnexABuilder {
    struct PlanLists {
        var childrenInNeed: [AnnexARecord] = []
        var childProtection: [AnnexARecord] = []
    }

    /// CIN census category-of-abuse codes in the template's spelling.
    private static let abuseCategory = [
        "NEG": "a) Neglect", "PHY": "b) Physical abuse", "SAB": "c) Sexual abuse", "EMO": "d) Emotional abuse",
        "MUL": "e) Multiple/not recommended",
    ]

    func planLists(_ rng: inout SeededRandom) -> PlanLists {
        let s = state
        var out = PlanLists()
        for i in episodeOrder() {
            let e = s.episodes[i]
            let kind = caseKind(e.child)
            if let start = e.cinPlanStart, openDuring(start, e.cinPlanEnd) {
                let end = known(e.cinPlanEnd)
                let closure = known(e.closure)
                // Seen at least every few weeks while the plan is open.
                let seen = Self.day(between: max(start, (end ?? to).adding(days: -30)), and: end ?? to, &rng)
                out.childrenInNeed.append(record(.childrenInNeed, e.child, date: start, endDate: end, fields: [
                    "Does the Child have a Disability": disability(e.child),
                    "Primary Need Code": e.need,
                    "Date Child Was Last Seen": seen.uk,
                    // The reason is the episode's: known only when the episode itself has closed.
                    "Reason for Closure": end != nil && closure != nil ? (e.closureReason ?? "") : "",
                    "Case Status": caseStatus(e),
                    "Allocated Team": team(kind, e.child), "Allocated Worker": worker(kind, e.child)]))
            }
            if e.plan >= 0 {
                let plan = s.plans[Int(e.plan)]
                guard openDuring(plan.start, plan.end) else { continue }
                let end = known(plan.end)
                let reviews = ReviewSchedule.planReviews(s, plan: Int(e.plan)).filter { $0 <= to }
                // Statutory visits at least every ten working days while on a plan.
                let visit = Self.day(between: max(plan.start, (end ?? to).adding(days: -14)), and: end ?? to, &rng)
                let age = s.children[Int(e.child)].birth.age(on: visit)
                out.childProtection.append(record(.childProtection, e.child, date: plan.start, endDate: end, fields: [
                    "Does the Child have a Disability": disability(e.child),
                    "Initial Category of Abuse": Self.abuseCategory[plan.category] ?? plan.category,
                    "Latest Category of Abuse": Self.abuseCategory[plan.latestCategory] ?? plan.latestCategory,
                    "Date of the Last Statutory Visit": visit.uk,
                    // Babies and toddlers cannot meaningfully be seen alone.
                    "Was the Child Seen Alone?": age < 3 ? Self.yesNo(false) : Self.yesNo(rng.chance(0.82)),
                    "Date of latest review conference": reviews.last?.uk ?? "",
                    "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)":
                        Self.yesNo(rng.chance(0.04)),
                    "Number of Previous Child Protection Plans": String(plan.previousPlans),
                    "Allocated Team": team(kind, e.child), "Allocated Worker": worker(kind, e.child)]))
            }
        }
        return out
    }

    /// The episode's status on the inspection date, most intensive first.
    private func caseStatus(_ e: SimEpisode) -> String {
        let s = state
        if known(e.closure) != nil { return "e) Closed episode" }
        if e.care >= 0, s.cares[Int(e.care)].start <= to, known(s.cares[Int(e.care)].end) == nil { return "a) Looked after child" }
        if e.plan >= 0, s.plans[Int(e.plan)].start <= to, known(s.plans[Int(e.plan)].end) == nil { return "b) Child Protection plan" }
        if let start = e.cinPlanStart, start <= to, known(e.cinPlanEnd) == nil { return "c) Child in need plan" }
        return "d) Open assessment"
    }
}
