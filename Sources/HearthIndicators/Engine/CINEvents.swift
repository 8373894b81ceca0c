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
        var plans: [String: [ProtectionPlan]] = [:]
        var ownReferrals: [ReferralEvent] = []
        for child in census?.children ?? [] {
            // The census holds each child once: sorting a child's own referrals by date is all
            // the re-referral check needs, and far cheaper than sorting the nation's by child.
            ownReferrals.removeAll(keepingCapacity: true)
            for episode in child.episodes {
                if let date = episode.referralDate {
                    ownReferrals.append(ReferralEvent(childID: child.childID, date: date, nfa: episode.referralNFA == true))
                }
                for a in episode.assessments {
                    assessments.append(AssessmentEvent(childID: child.childID, referralDate: episode.referralDate,
                                                       start: a.startDate, authorised: a.authorisationDate))
                }
                for s in episode.section47s {
                    s47s.append(Section47Event(childID: child.childID, start: s.startDate, icpc: s.dateOfInitialCPC,
                                               icpcNotRequired: s.icpcNotRequired == true))
                }
                if !episode.protectionPlans.isEmpty {
                    plans[child.childID, default: []].append(contentsOf: episode.protectionPlans)
                }
            }
            if ownReferrals.count > 1 { ownReferrals.sort { ($0.date, $0.nfa ? 1 : 0) < ($1.date, $1.nfa ? 1 : 0) } }
            referrals.append(contentsOf: ownReferrals)
        }

        // Measures only add up what they find, so these keep the census's order: values do not
        // depend on it, and drill-downs are sorted when shown.
        self.referrals = referrals
        self.assessments = assessments
        self.section47s = s47s
        plansByChild = plans.keys.sorted().map { key in
            (key, (plans[key] ?? []).sorted { ($0.startDate ?? Day(ordinal: .min)) < ($1.startDate ?? Day(ordinal: .min)) })
        }
    }
}
