import HearthCore

/// What every measure reads: the dataset, the calendar and the 0–17 population, with the CIN
/// census flattened once into event lists so each measure is a single pass.
public struct IndicatorContext: Sendable {
    public let dataset: Dataset
    public let calendar: WorkingDayCalendar
    /// ONS mid-year 0–17 population used for rates per 10,000.
    public let population: Int?
    public let postcodes: PostcodeDirectory
    /// Whether results carry the records behind them (drill-downs) or only the counts.
    public var keepsMembers = true

    let referrals: [ReferralEvent]
    let assessments: [AssessmentEvent]
    let section47s: [Section47Event]
    /// Every child's CP plans, sorted by start date; children in ID order.
    let plansByChild: [(child: String, plans: [ProtectionPlan])]
    let care: CareHistory

    public init(dataset: Dataset, calendar: WorkingDayCalendar = .englandAndWales, population: Int? = nil,
                postcodes: PostcodeDirectory = .shipped) {
        self.dataset = dataset
        self.calendar = calendar
        self.postcodes = postcodes
        if let population {
            self.population = population
        } else if let code = dataset.authorityCode, let year = dataset.collectionYear {
            let directory = AuthorityDirectory.shipped
            if let la = directory[code] {
                self.population = la.population(forCollectionYear: year)
            } else if ["england", "e92000001"].contains(code.lowercased()) {
                // A national dataset: every authority's children.
                self.population = directory.all.compactMap { $0.population(forCollectionYear: year) }.reduce(0, +)
            } else {
                self.population = nil
            }
        } else {
            self.population = nil
        }
        var referrals: [ReferralEvent] = []
        var assessments: [AssessmentEvent] = []
        var s47s: [Section47Event] = []
        var plans: [String: [ProtectionPlan]] = [:]
        var ownReferrals: [ReferralEvent] = []
        for child in dataset.cin?.children ?? [] {
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
        self.plansByChild = plans.keys.sorted().map { key in
            (key, (plans[key] ?? []).sorted { ($0.startDate ?? Day(ordinal: .min)) < ($1.startDate ?? Day(ordinal: .min)) })
        }
        care = CareHistory(current: dataset.ssda903, previous: dataset.ssda903Previous, annexA: dataset.annexA)
    }

    /// The SSDA903 return whose year ends on the period's end, if held (OC2 / OC3 / AD1 are
    /// only meaningful for a whole reporting year).
    func return903(endingOn day: Day) -> SSDA903Return? {
        [dataset.ssda903, dataset.ssda903Previous].compactMap { $0 }.first { $0.periodEnd == day }
    }
}

struct ReferralEvent: Sendable {
    let childID: String
    let date: Day
    let nfa: Bool
}

struct AssessmentEvent: Sendable {
    let childID: String
    let referralDate: Day?
    let start: Day?
    let authorised: Day?
}

struct Section47Event: Sendable {
    let childID: String
    let start: Day?
    let icpc: Day?
    let icpcNotRequired: Bool
}
