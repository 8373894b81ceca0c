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
        // The census's events and the care histories come from different returns: built side by side.
        let (events, care) = Parallel.both({ CINEvents(census: dataset.cin) }, {
            CareHistory(current: dataset.ssda903, previous: dataset.ssda903Previous, annexA: dataset.annexA)
        })
        referrals = events.referrals
        assessments = events.assessments
        section47s = events.section47s
        plansByChild = events.plansByChild
        self.care = care
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

/// Only what the measures read (no start date): there is one for nearly every child in a
/// national census, so each field is megabytes to write, page in and free.
struct AssessmentEvent: Sendable {
    let childID: String
    let referralDate: Day?
    let authorised: Day?
}

struct Section47Event: Sendable {
    let childID: String
    let start: Day?
    let icpc: Day?
}
