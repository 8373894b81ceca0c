import HearthCore

/// The council's own staff records for the synthetic authority, built from the same people as
/// its workforce census so the two agree: the census's in-post, agency, vacancy, leaver,
/// caseload and sickness figures (themselves the published figures of the authority modelled)
/// come out of the staff list too. HR knows more than the census, so this adds: each team's
/// establishment and caseload target, dated absences, which staff joined as newly qualified
/// (with earlier cohorts, some of whom have left), secondees, and recruitment campaigns.
struct StaffingBuilder {
    let profile: AuthorityProfile
    let census: WorkforceCensus

    /// Caseload per FTE a council typically aims for in each kind of team.
    static let caseloadTargets: [TeamKind: Double] = [
        .assessment: 18, .childInNeedAndProtection: 18, .childrenInCare: 15, .careLeavers: 20, .disabledChildren: 15,
    ]

    func build(_ rng: inout SeededRandom) -> StaffingRecords {
        let date = census.censusDate
        let yearStart = date.adding(years: -1).adding(days: 1)
        var staff: [StaffMember] = []
        let careLeavers = Set(WorkforceBuilder.layout(profile: profile).teams.filter { Self.kind($0.kind) == .careLeavers }.map(\.name))
        for w in census.workers {
            // A few permanent staff are secondees into the service; the census counts them in post too.
            let contract: ContractType = w.isAgency ? .agency : (w.isNewlyQualified != true && rng.chance(0.02) ? .secondee : .permanent)
            let startedYearsAgo = w.roleStartDate.map { Double($0.days(to: date)) / 365 } ?? 0
            let joinedQualifying = w.isNewlyQualified == true
                || (contract == .permanent && w.roleEndDate == nil && (1...4).contains(startedYearsAgo) && rng.chance(0.3))
            // Care leavers teams have personal advisers beside their social workers, about one for
            // every two case-holding social workers. HR holds them; the census, which counts
            // social workers, does not, so they are people of their own and the two still agree.
            if careLeavers.contains(w.team ?? ""), (w.cases ?? 0) > 0, rng.chance(0.5), w.roleEndDate == nil {
                staff.append(StaffMember(staffID: w.workerID + "PA", team: w.team ?? "Unassigned", contract: .permanent, fte: w.fte,
                                         role: "PA", startDate: w.roleStartDate, cases: w.cases))
            }
            let member = StaffMember(
                staffID: w.workerID, team: w.team ?? "Unassigned", contract: contract, fte: w.fte, role: w.role,
                isNQSW: joinedQualifying, startDate: w.roleStartDate, endDate: w.roleEndDate, leavingReason: w.reasonLeft,
                cases: w.cases, absences: absences(of: w, on: date, yearStart: yearStart, &rng), sicknessDaysLost: w.workingDaysLost,
                birthDate: Self.plausibleBirth(w.birthDate, start: w.roleStartDate, &rng), ethnicity: w.ethnicity, routeIn: route(joinedQualifying: joinedQualifying, startedYearsAgo, &rng))
            if let earlier = agencyBefore(member, yearStart: yearStart, &rng) { staff.append(earlier) }
            staff.append(member)
        }
        staff += earlierNewlyQualifiedLeavers(cohort: staff.filter(\.isNQSW).count, teams: census.vacanciesFTE.keys.sorted(),
                                              yearStart: yearStart, &rng)
        return StaffingRecords(teams: teams(staff: staff, on: date), staff: staff, campaigns: campaigns(until: date, &rng))
    }

    /// The census's teams with their kind, establishment (in-post FTE plus vacancies) and target.
    private func teams(staff: [StaffMember], on date: Day) -> [Team] {
        WorkforceBuilder.layout(profile: profile).teams.map { t in
            let kind = Self.kind(t.kind)
            // Establishment of social work posts, as the teams CSV gives it: personal advisers are not in it.
            let inPost = staff.filter { $0.team == t.name && $0.contract.isInPost && $0.isEmployed(on: date)
                && WorkforceRole(role: $0.role) != .personalAdviser }.reduce(0) { $0 + $1.fte }
            return Team(name: t.name, kind: kind, establishmentFTE: inPost + (census.vacanciesFTE[t.name] ?? 0),
                        caseloadTarget: Self.caseloadTargets[kind])
        }
    }

    private static func kind(_ k: WorkforceBuilder.TeamKind) -> TeamKind {
        switch k {
        case .assessment: .assessment
        case .protection: .childInNeedAndProtection
        case .inCare: .childrenInCare
        case .careLeavers: .careLeavers
        case .disabled: .disabledChildren
        }
    }

    /// The census says only who is away on the census date and why; HR has the spell. Some
    /// others were away earlier in the year and are back, which the monthly trend shows.
    private func absences(of w: SocialWorker, on date: Day, yearStart: Day, _ rng: inout SeededRandom) -> [Absence] {
        guard !w.isAgency, w.roleEndDate == nil else { return [] }
        if w.absentAtCensus == true {
            let kind: AbsenceKind = switch w.reasonAbsent {
            case "SICK": .longTermSickness
            case "MAT", "PAT": .maternity
            default: rng.chance(0.5) ? .secondment : .careerBreak
            }
            let from = date.adding(days: -rng.int(kind == .longTermSickness ? 20...150 : 30...250))
            return [Absence(kind: kind, from: max(from, w.roleStartDate ?? from), fte: w.fte)]
        }
        guard rng.chance(0.05) else { return [] }
        let from = yearStart.adding(days: rng.int(0...250))
        return [Absence(kind: rng.chance(0.7) ? .longTermSickness : .maternity, from: from,
                        to: from.adding(days: rng.int(20...100)), fte: w.fte)]
    }

    /// The census draws ages without looking at start dates; HR's record of someone who started
    /// before 21 is moved to a birth date 21 to 35 years before the start.
    private static func plausibleBirth(_ born: Day?, start: Day?, _ rng: inout SeededRandom) -> Day? {
        guard let born, let start, born.adding(years: 21) > start else { return born }
        return start.adding(days: -rng.int((21 * 365)...(35 * 365)))
    }

    /// The route a worker came in by: most newly qualified staff through the ASYE (left blank, as
    /// HR exports often do), some through Step Up, Frontline or an apprenticeship; a few recent
    /// experienced starters recruited from overseas.
    private func route(joinedQualifying: Bool, _ startedYearsAgo: Double, _ rng: inout SeededRandom) -> RouteIn? {
        guard joinedQualifying else { return startedYearsAgo < 3 && rng.chance(0.05) ? .overseas : nil }
        let draw = rng.unit()
        return draw < 0.15 ? .frontline : draw < 0.27 ? .stepUp : draw < 0.35 ? .apprenticeship : nil
    }

    /// Some permanent starters of the year worked for the council through an agency first: their
    /// agency contract, ending the day before the permanent one starts (same staff id).
    private func agencyBefore(_ s: StaffMember, yearStart: Day, _ rng: inout SeededRandom) -> StaffMember? {
        guard s.contract == .permanent, !s.isNQSW, let start = s.startDate, start > yearStart, rng.chance(0.35) else { return nil }
        return StaffMember(staffID: s.staffID, team: s.team, contract: .agency, fte: s.fte, role: s.role,
                           startDate: start.adding(days: -rng.int(120...500)), endDate: start.adding(days: -1),
                           birthDate: s.birthDate, ethnicity: s.ethnicity)
    }

    /// Newly qualified staff of earlier cohorts who left before this year: the census has no
    /// row for them, but HR keeps them and retention after one and two years needs them.
    private func earlierNewlyQualifiedLeavers(cohort: Int, teams: [String], yearStart: Day,
                                              _ rng: inout SeededRandom) -> [StaffMember] {
        let n = Int((Double(cohort) * 0.35).rounded())
        guard !teams.isEmpty else { return [] }
        return (0..<n).map { i in
            let start = yearStart.adding(days: -rng.int(200...1100))
            let end = start.adding(days: rng.int(60...max(60, start.days(to: yearStart) - 1)))
            return StaffMember(staffID: "SWQ" + SimulationState.pad(i + 1, 6), team: teams[rng.int(0...(teams.count - 1))],
                               contract: .permanent, fte: 1, role: "5", isNQSW: true, startDate: start,
                               endDate: min(end, yearStart.adding(days: -1)), leavingReason: rng.chance(0.8) ? "RES" : "OTH",
                               birthDate: start.adding(days: -rng.int((22 * 365)...(40 * 365))),
                               ethnicity: WeightedCodes.ethnicity.draw(&rng))
        }
    }

    /// Campaigns over the two years to the census: experienced social workers each half-year
    /// and an ASYE intake each year, sized to the vacancies to fill.
    private func campaigns(until date: Day, _ rng: inout SeededRandom) -> [RecruitmentCampaign] {
        let vacancies = census.vacanciesFTE.values.reduce(0, +)
        var out: [RecruitmentCampaign] = []
        for monthsBack in stride(from: 24, through: 3, by: -6) {
            let opened = date.adding(months: -monthsBack)
            let asye = monthsBack % 12 == 0
            let applications = max(4, Int(vacancies * (asye ? 1.5 : 0.9) * (0.7 + rng.unit() * 0.6)))
            func share(_ of: Int, _ low: Double, _ high: Double, _ rng: inout SeededRandom) -> Int {
                Int((Double(of) * (low + rng.unit() * (high - low))).rounded())
            }
            let shortlisted = share(applications, 0.35, 0.6, &rng)
            let interviewed = share(shortlisted, 0.6, 0.85, &rng)
            let offered = share(interviewed, 0.35, 0.6, &rng)
            let appointed = share(offered, 0.65, 0.9, &rng)
            let closed = opened.adding(days: 42)
            let known = closed.adding(years: 1) <= date
            out.append(RecruitmentCampaign(
                name: (asye ? "ASYE academy " : "Experienced social workers ") + "\(Self.month(opened)) \(opened.year)",
                opened: opened, closed: closed, applications: applications, shortlisted: shortlisted,
                interviewed: interviewed, offered: offered, appointed: appointed,
                stillInPostAfter12Months: known ? share(appointed, 0.6, 0.9, &rng) : nil))
        }
        return out
    }

    private static func month(_ d: Day) -> String {
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    }
}
