import HearthCore

/// The social work workforce at 30 September of the year before the collection year: teams of
/// the kinds an authority runs, with the published FTE, agency cover, vacancies, leavers,
/// caseloads and sickness absence spread across them.
struct WorkforceBuilder {
    enum TeamKind: String, CaseIterable {
        case assessment = "Assessment"
        case protection = "Child in Need and Protection"
        case inCare = "Children in Care"
        case careLeavers = "Care Leavers"
        case disabled = "Disabled Children"
    }

    struct Team {
        let name: String
        let kind: TeamKind
        var workers: [String]
    }

    /// Teams and who is in them: fixed by the profile alone, so 903 social worker episodes and
    /// Annex A allocations can name real workers without building the census first.
    static func layout(profile: AuthorityProfile) -> (teams: [Team], permanent: Int, agency: Int) {
        // Headcount runs a little above FTE because of part-time workers.
        let permanent = max(6, Int((profile.socialWorkerFTE / 0.93).rounded()))
        let agency = max(0, Int((profile.agencyFTE / 0.97).rounded()))
        let total = permanent + agency
        // Teams of about sixteen: one assessment / front door team per ~5 teams, two to four
        // CIN/CP teams in a typical authority, then children in care, care leavers, disabled children.
        let n = max(6, total / 16)
        var counts: [TeamKind: Int] = [
            .assessment: max(1, Int(Double(n) * 0.18)), .protection: max(2, Int(Double(n) * 0.38)),
            .inCare: max(1, Int(Double(n) * 0.2)), .careLeavers: max(1, Int(Double(n) * 0.1)),
            .disabled: max(1, Int(Double(n) * 0.07)),
        ]
        let used = TeamKind.allCases.reduce(0) { $0 + (counts[$1] ?? 0) }
        if used < n { counts[.protection, default: 0] += n - used }
        var teams: [Team] = []
        for kind in TeamKind.allCases {
            let k = counts[kind] ?? 1
            for i in 1...max(k, 1) {
                teams.append(Team(name: k > 1 ? "\(kind.rawValue) Team \(i)" : "\(kind.rawValue) Team", kind: kind, workers: []))
            }
        }
        for w in 0..<total { teams[w % teams.count].workers.append(workerID(w)) }
        return (teams, permanent, agency)
    }

    static func workerID(_ i: Int) -> String { "SW" + SimulationState.pad(i + 1, 6) }

    static func careWorkerIDs(profile: AuthorityProfile) -> [String] {
        layout(profile: profile).teams.filter { $0.kind == .inCare }.flatMap(\.workers)
    }

    let state: SimulationState

    func build(_ rng: inout SeededRandom) -> WorkforceCensus {
        let p = state.profile
        let census = Day(year: state.collectionYear - 1, month: 9, day: 30) ?? state.yearStart
        let (teams, permanent, agency) = WorkforceBuilder.layout(profile: p)
        var agencyIDs = Set<String>()
        let total = permanent + agency
        // Every k-th worker is agency so agency cover is spread over teams.
        if agency > 0 {
            let step = Double(total) / Double(agency)
            for j in 0..<agency { agencyIDs.insert(WorkforceBuilder.workerID(Int(Double(j) * step))) }
        }
        let absenceDays = p.absenceRatePercent / 100 * p.socialWorkerFTE * 253
        let meanAbsence = absenceDays / Double(max(permanent, 1))
        var workers: [SocialWorker] = []
        for team in teams {
            for (k, id) in team.workers.enumerated() {
                let isAgency = agencyIDs.contains(id)
                let role = k == 0 ? "3" : (k <= 2 ? "4" : "5")
                let asye = role == "5" && !isAgency && rng.chance(0.12)
                let fte = isAgency ? 1.0 : (rng.chance(0.8) ? 1.0 : [0.5, 0.6, 0.8, 0.9][rng.int(0...3)])
                let load = role == "3" ? 0 : max(0, Int((p.averageCaseload * (asye ? 0.7 : 1) * (role == "4" ? 0.8 : 1)
                                                        + (rng.unit() - 0.5) * 8).rounded()))
                let started = census.adding(days: -(asye ? rng.int(30...330) : rng.int(60...6000)))
                let absent = !isAgency && rng.chance(0.035)
                workers.append(SocialWorker(
                    workerID: id, isAgency: isAgency, fte: fte, team: team.name, role: role,
                    birthDate: census.adding(days: -rng.int((23 * 365)...(63 * 365))),
                    sex: rng.chance(0.82) ? "2" : "1", ethnicity: WeightedCodes.ethnicity.draw(&rng),
                    roleStartDate: started, startOrigin: asye ? "NQSW" : nil, isNewlyQualified: asye,
                    cases: load, workingDaysLost: isAgency ? nil : (rng.exponential(mean: meanAbsence) * 2).rounded() / 2,
                    absentAtCensus: absent, reasonAbsent: absent ? ["SICK", "MAT", "OTH", "TRN"][rng.weighted([60, 25, 10, 5])] : nil))
            }
        }
        // Leavers in the year to 30 September: no longer in post, so no cases.
        let leavers = Int((p.leaversFTE / 0.95).rounded())
        for j in 0..<leavers {
            let team = teams[j % teams.count]
            workers.append(SocialWorker(
                workerID: "SWL" + SimulationState.pad(j + 1, 6), isAgency: false, fte: 1, team: team.name, role: "5",
                roleStartDate: census.adding(days: -rng.int(400...4000)),
                roleEndDate: census.adding(days: -rng.int(0...364)),
                reasonLeft: ["RES", "RET", "DIS", "OTH"][rng.weighted([75, 10, 3, 12])], isNewlyQualified: false))
        }
        var vacancies: [String: Double] = [:]
        let perWorker = p.vacancyFTE / Double(max(total, 1))
        var assigned = 0.0
        for (i, team) in teams.enumerated() {
            let v = i == teams.count - 1 ? max(0, p.vacancyFTE - assigned)
                : (perWorker * Double(team.workers.count) * 2).rounded() / 2
            vacancies[team.name] = v
            assigned += v
        }
        return WorkforceCensus(censusDate: census, workers: workers, vacanciesFTE: vacancies)
    }
}
