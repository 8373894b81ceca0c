import HearthCore

/// What every measure reads: the dataset, the calendar and the 0–17 population, with the CIN
/// census flattened once into event lists so each measure is a single pass.
public struct IndicatorContext: Sendable {
    public let dataset: Dataset
    public let calendar: WorkingDayCalendar
    /// ONS mid-year 0–17 population used for rates per 10,000.
    public let population: Int?
    public let postcodes: PostcodeDirectory

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
            self.population = AuthorityDirectory.shipped[code]?.population(forCollectionYear: year)
        } else {
            self.population = nil
        }
        var referrals: [ReferralEvent] = []
        var assessments: [AssessmentEvent] = []
        var s47s: [Section47Event] = []
        var plans: [String: [ProtectionPlan]] = [:]
        for child in dataset.cin?.children ?? [] {
            for episode in child.episodes {
                if let date = episode.referralDate {
                    referrals.append(ReferralEvent(childID: child.childID, date: date, nfa: episode.referralNFA == true))
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
        }

        // Sorting by child then date lets re-referral checks look only at the previous entry.
        referrals.sort { ($0.childID, $0.date, $0.nfa ? 1 : 0) < ($1.childID, $1.date, $1.nfa ? 1 : 0) }
        self.referrals = referrals
        // Child, then date: every measure then runs in one order whatever order the rows came in.
        self.assessments = assessments.sorted { ($0.childID, $0.authorised ?? Day(ordinal: .min), $0.start ?? Day(ordinal: .min))
            < ($1.childID, $1.authorised ?? Day(ordinal: .min), $1.start ?? Day(ordinal: .min)) }
        self.section47s = s47s.sorted { ($0.childID, $0.start ?? Day(ordinal: .min), $0.icpc ?? Day(ordinal: .min))
            < ($1.childID, $1.start ?? Day(ordinal: .min), $1.icpc ?? Day(ordinal: .min)) }
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
