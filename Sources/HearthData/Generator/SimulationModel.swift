import HearthCore

/// A child of the synthetic authority. Demographics only: their events live in the episode,
/// plan and care arrays, which point back by index (no per-child arrays, so millions of children
/// stay cheap).
struct SimChild {
    var birth: Day
    /// "M" male, "F" female (the 2024-25 codes of both returns).
    var sex: String
    var ethnicity: String
    /// A disability code, "" when none.
    var disability: String
    var uasc: Bool
    var hasUPN: Bool
}

/// One CIN episode: a referral and what followed it.
struct SimEpisode {
    var child: Int32
    var referral: Day
    var source: String
    var need: String
    var nfa: Bool
    var assessmentStart: Day?
    var assessmentAuthorised: Day?
    var s47Start: Day?
    var icpc: Day?
    /// The enquiry ended without a conference.
    var icpcNotRequired = false
    var plan: Int32 = -1
    var cinPlanStart: Day?
    var cinPlanEnd: Day?
    var closure: Day?
    var closureReason: String?
    var care: Int32 = -1
    /// Came from the simulated light flow (not a plan or care journey).
    var light = false
}

/// A child protection plan.
struct SimPlan {
    var child: Int32 = -1
    var episode: Int32 = -1
    var start: Day
    var end: Day?
    var category: String
    var latestCategory: String
    var previousPlans = 0
    /// The plan ended because the child became looked after (its end date is the care start).
    var toCare = false
}

/// One 903 episode inside a period of care.
struct SimCareEpisode {
    var start: Day
    var rne: String
    var legalStatus: String
    var placement: String
    var provider: String
    var reasonPlacementChanged: String?
    var urn: String
    var placementPostcode: String
}

/// A period of care, from starting to be looked after to ceasing.
struct SimCare {
    var child: Int32 = -1
    var episode: Int32 = -1
    var start: Day
    var end: Day?
    /// REC of the last episode when the period ends.
    var endReason = "E8"
    /// Uniform draw fixing the intended duration, so recalibrating the mean keeps each child's rank.
    var durationDraw: Double
    var ageAtStartDays: Int
    var fromPlan = false
    var uasc = false
    var adoption = false
    var episodes: [SimCareEpisode] = []
    var reviews: [Day] = []
    var missing: [(Day, Day?, String)] = []
    var socialWorkers: [(Day, String, String?)] = []
    var placementOrder: Day?
    var matched: Day?
    var homePostcode = ""
    /// Designations that make the 31 March placement-stability measures come out as published.
    var threePlus = false
    var longTermStable: Bool?
}

/// The whole simulated authority while it is being built.
final class SimulationState {
    let profile: AuthorityProfile
    let calendar: WorkingDayCalendar
    let collectionYear: Int
    /// Start of the simulated history (1 April, six years before the collection year's end).
    let historyStart: Day
    /// 1 April starting the collection year.
    let yearStart: Day
    /// 31 March ending the collection year: the census reference date.
    let yearEnd: Day
    let seed: UInt64
    let isLondon: Bool
    /// Real postcodes in the authority (children's homes, placements close by) and beyond it
    /// (placements out of area), so distances and DfE's postcode checks work on generated data.
    let localPostcodes: [String]
    let awayPostcodes: [String]
    /// For a national year: every authority's postcodes, drawn in proportion to its children,
    /// so each child lives in one authority and is mostly placed in or near it.
    let nationalAreas: [PostcodeArea]
    let nationalWeights: [Double]

    var children: [SimChild] = []
    var episodes: [SimEpisode] = []
    var plans: [SimPlan] = []
    var cares: [SimCare] = []

    static let historyYears = 6

    /// IDs of the children-in-care team's workers, for 903 social worker episodes.
    lazy var careWorkerIDs: [String] = WorkforceBuilder.careWorkerIDs(profile: profile)

    init(profile: AuthorityProfile, collectionYear: Int, seed: UInt64, calendar: WorkingDayCalendar) {
        self.profile = profile
        self.calendar = calendar
        self.collectionYear = collectionYear
        self.seed = seed
        historyStart = Day(year: collectionYear - SimulationState.historyYears, month: 4, day: 1) ?? Day(ordinal: 0)
        yearStart = Day(year: collectionYear - 1, month: 4, day: 1) ?? Day(ordinal: 0)
        yearEnd = Day(year: collectionYear, month: 3, day: 31) ?? Day(ordinal: 0)
        isLondon = profile.regionCode == "E12000007"
        (localPostcodes, awayPostcodes) = SimulationState.postcodes(for: profile.code)
        nationalAreas = AuthorityDirectory.shipped[profile.code] == nil ? SimulationState.nationalAreas() : []
        nationalWeights = nationalAreas.map { Double($0.children) }
    }

    /// The authority's sample postcodes, and those of its region and statistical neighbours; for
    /// England, every authority's, near and far alike.
    static func nationalAreas(directory: AuthorityDirectory = .shipped) -> [PostcodeArea] {
        directory.all.sorted { $0.code < $1.code }.compactMap { la in
            let (local, away) = postcodes(for: la.code, directory: directory)
            guard !local.isEmpty else { return nil }
            return PostcodeArea(local: local, away: away, children: la.population0to17.values.max() ?? 1)
        }
    }

    static func postcodes(for code: String, directory: AuthorityDirectory = .shipped,
                          postcodes: PostcodeDirectory = .shipped) -> (local: [String], away: [String]) {
        guard let la = directory[code] else {
            let all = directory.all.map(\.code).sorted().flatMap { postcodes.samplePostcodes(for: $0) }
            return (all, all)
        }
        let others = Set(directory.region(la.regionCode).map(\.code) + la.statisticalNeighbours).subtracting([la.code])
        return (postcodes.samplePostcodes(for: la.code), others.sorted().flatMap { postcodes.samplePostcodes(for: $0) })
    }

    /// The first day of the reporting year ending 31 March `year`.
    func yearStart(_ year: Int) -> Day { Day(year: year - 1, month: 4, day: 1) ?? historyStart }
    func yearEnd(_ year: Int) -> Day { Day(year: year, month: 3, day: 31) ?? yearEnd }

    /// A new child aged `ageDays` on `date`.
    func addChild(ageDays: Int, on date: Day, rng: inout SeededRandom, uasc: Bool = false, disabled: Bool = false) -> Int32 {
        let birth = date.adding(days: -max(ageDays, 0))
        let ethnicity = uasc ? WeightedCodes.uascEthnicity.draw(&rng)
            : (isLondon ? WeightedCodes.ethnicityLondon : WeightedCodes.ethnicity).draw(&rng)
        let sex = uasc ? (rng.chance(0.92) ? "M" : "F") : (rng.chance(0.52) ? "M" : "F")
        let child = SimChild(birth: birth, sex: sex, ethnicity: ethnicity,
                             disability: disabled || rng.chance(0.04) ? WeightedCodes.disability.draw(&rng) : "",
                             uasc: uasc, hasUPN: !uasc && rng.chance(0.97))
        children.append(child)
        return Int32(children.count - 1)
    }

    /// The `n`th working day after `day`. Uses the calendar's constant-time count rather than
    /// stepping through days with a set lookup each, which dominated generation time.
    func adding(workingDays n: Int, to day: Day) -> Day {
        guard n > 0 else { return day }
        var d = day.adding(days: n * 7 / 5)
        while calendar.workingDays(from: day, to: d) < n { d = d.adding(days: 1) }
        while d > day, calendar.workingDays(from: day, to: d.adding(days: -1)) >= n { d = d.adding(days: -1) }
        return d
    }

    /// The day `n` working days before `day` (the latest day from which `day` is `n` working days on).
    func subtracting(workingDays n: Int, from day: Day) -> Day {
        guard n > 0 else { return day }
        var d = day.adding(days: -(n * 7 / 5))
        while calendar.workingDays(from: d, to: day) < n { d = d.adding(days: -1) }
        while d < day, calendar.workingDays(from: d.adding(days: 1), to: day) >= n { d = d.adding(days: 1) }
        return d
    }

    /// Working days from referral to assessment authorisation: within 45 for about 85.7% of
    /// assessments (England 2024-25), the rest spread over the following weeks.
    func assessmentWorkingDays(_ rng: inout SeededRandom) -> Int {
        rng.chance(0.857) ? rng.int(8...45) : rng.int(46...95)
    }

    /// Working days from strategy discussion to ICPC: within 15 for about 81.4% (England 2024-25).
    func conferenceWorkingDays(_ rng: inout SeededRandom) -> Int {
        rng.chance(0.814) ? rng.int(6...15) : rng.int(16...35)
    }

    /// A plausible age in days at entry to care (DfE: ~19% under 1, ~14% 1–4, ~14% 5–9, ~31% 10–15, ~22% 16+).
    func careEntryAgeDays(_ rng: inout SeededRandom) -> Int {
        switch rng.weighted([19, 14, 14, 31, 22]) {
        case 0: return rng.int(0...364)
        case 1: return rng.int(365...(5 * 365 - 1))
        case 2: return rng.int((5 * 365)...(10 * 365 - 1))
        case 3: return rng.int((10 * 365)...(16 * 365 - 1))
        default: return rng.int((16 * 365)...(17 * 365 + 300))
        }
    }

    /// A plausible age in days of a child referred (skewed to school age).
    func referralAgeDays(_ rng: inout SeededRandom) -> Int {
        switch rng.weighted([10, 22, 28, 30, 10]) {
        case 0: return rng.int(0...364)
        case 1: return rng.int(365...(5 * 365 - 1))
        case 2: return rng.int((5 * 365)...(10 * 365 - 1))
        case 3: return rng.int((10 * 365)...(15 * 365 - 1))
        default: return rng.int((15 * 365)...(17 * 365 + 200))
        }
    }

    /// Zero-padded decimal.
    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// The authority's identifier for a child: the same in the CIN census, SSDA903 and Annex A.
    func childID(_ child: Int32) -> String { "C" + SimulationState.pad(Int(child) + 1, 7) }

    /// A well-formed UPN (check letter, LA code, establishment, year, serial) for a child.
    func upn(_ child: Int32) -> String {
        let la = profile.code.count == 3 && Int(profile.code) != nil ? profile.code : "999"
        let n = Int(child)
        let body = la + SimulationState.pad(2000 + n % 7000, 4) + SimulationState.pad((children[n].birth.year + 5) % 100, 2)
            + SimulationState.pad(n % 1000, 3)
        let letters = Array("ABCDEFGHJKLMNPQRTUVWXYZ")
        var sum = 0
        for (i, b) in body.utf8.enumerated() { sum += Int(b &- 48) * (i + 2) }
        return String(letters[sum % 23]) + body
    }

    func eighteenth(_ child: Int32) -> Day { children[Int(child)].birth.adding(years: 18) }
}

/// One authority's postcodes for a national year, weighted by its 0–17 population.
struct PostcodeArea {
    let local: [String]
    let away: [String]
    let children: Int
}
