import HearthCore

/// The CIN census flattened into event lists, so that each measure is a single pass.
struct CINEvents: Sendable {
    let referrals: [ReferralEvent]
    let assessments: [AssessmentEvent]
    let section47s: [Section47Event]
    /// Every child's CP plans, sorted by start date; children in ID order.
    let plansByChild: [(child: String, plans: [ProtectionPlan])]

    init(census: CINCensus?) {
        var referrals: [ReferralEvent] = []
        var assessments: [AssessmentEvent] = []
        var s47s: [Section47Event] = []
        // Each child's plans in census order, gathered child by child: sorted by child below
        // rather than hashed into a dictionary per child.
        var planRuns: [(child: String, plans: [ProtectionPlan])] = []
        let children = census?.children ?? []
        // Most children have a referral and an assessment: room for one each up front, rather
        // than growing (and copying) the lists a dozen times over.
        referrals.reserveCapacity(children.count)
        assessments.reserveCapacity(children.count)
        // Fields are read in place, by index: `for child in children` copied (and retained)
        // every field of every child and episode.
        for c in children.indices {
            let childID = children[c].childID
            let episodes = children[c].episodes
            // The census holds each child once: sorting a child's own referrals by date is all
            // the re-referral check needs, and far cheaper than sorting the nation's by child.
            // They are sorted where they land, at the end of the list, not gathered apart first.
            let ownReferrals = referrals.count
            // A child's plans are nearly always in one episode: that episode's array is kept
            // as it is (shared, not copied plan by plan) unless another episode adds to it.
            var plans: [ProtectionPlan] = []
            for e in episodes.indices {
                let referralDate = episodes[e].referralDate
                if let date = referralDate {
                    referrals.append(ReferralEvent(childID: childID, date: date, nfa: episodes[e].referralNFA == true))
                }
                // By index, reading the dates in place: iterating copied each assessment, and
                // with it retained its list of factor codes.
                let assessed = episodes[e].assessments
                for k in assessed.indices {
                    assessments.append(AssessmentEvent(childID: childID, referralDate: referralDate,
                                                       authorised: assessed[k].authorisationDate))
                }
                let enquiries = episodes[e].section47s
                for k in enquiries.indices {
                    s47s.append(Section47Event(childID: childID, start: enquiries[k].startDate, icpc: enquiries[k].dateOfInitialCPC))
                }
                let episodePlans = episodes[e].protectionPlans
                if plans.isEmpty { plans = episodePlans } else if !episodePlans.isEmpty { plans.append(contentsOf: episodePlans) }
            }
            if !plans.isEmpty { planRuns.append((childID, plans)) }
            if referrals.count - ownReferrals > 1 {
                referrals[ownReferrals...].sort { ($0.date, $0.nfa ? 1 : 0) < ($1.date, $1.nfa ? 1 : 0) }
            }
        }

        // Measures only add up what they find, so these keep the census's order: values do not
        // depend on it, and drill-downs are sorted when shown.
        self.referrals = referrals
        self.assessments = assessments
        self.section47s = s47s
        plansByChild = Self.byChild(planRuns)
    }

    /// The runs grouped by child in ID order, a child listed twice getting its runs joined in
    /// census order, each child's plans sorted by start date.
    private static func byChild(_ runs: [(child: String, plans: [ProtectionPlan])]) -> [(child: String, plans: [ProtectionPlan])] {
        // Sorted by position as well as ID, so that a child's runs stay in census order whatever
        // the sort does with equal keys. A census is usually in child order already.
        var grouped: [(child: String, plans: [ProtectionPlan])]
        if runs.indices.dropFirst().allSatisfy({ runs[$0 - 1].child < runs[$0].child }) {
            // Each child once and in order already: nothing to sort or join.
            grouped = runs
        } else {
            let order = runs.indices.sorted { (runs[$0].child, $0) < (runs[$1].child, $1) }
            grouped = []
            grouped.reserveCapacity(runs.count)
            for i in order {
                if let last = grouped.last, last.child == runs[i].child {
                    grouped[grouped.count - 1].plans.append(contentsOf: runs[i].plans)
                } else {
                    grouped.append(runs[i])
                }
            }
        }
        let earliest = Day(ordinal: .min)
        for g in grouped.indices where grouped[g].plans.count > 1 {
            // Sorting an array shared with the census copies it: only when out of order. A
            // sorted list is left as the (stable) sort would leave it.
            let plans = grouped[g].plans
            if plans.indices.dropFirst().contains(where: { (plans[$0].startDate ?? earliest) < (plans[$0 - 1].startDate ?? earliest) }) {
                grouped[g].plans.sort { ($0.startDate ?? earliest) < ($1.startDate ?? earliest) }
            }
        }
        return grouped
    }
}
