extension WorkforceSnapshot {
    /// The census as a snapshot at its census date. The census gives vacancies rather than an
    /// establishment, so each team's establishment is its in-post FTE plus its vacancies (which
    /// gives back the census's vacancies). It sets no caseload targets, and an absence at the
    /// census has no dates, so it is taken to start on the census date.
    public init(census: WorkforceCensus, rates: WorkforceCostRates = .illustrative) {
        let date = census.censusDate
        let unassigned = "Unassigned"
        let staff = census.workers.map { w in
            StaffMember(
                staffID: w.workerID, team: w.team ?? unassigned, contract: w.isAgency ? .agency : .permanent, fte: w.fte,
                role: w.role, isNQSW: w.isNewlyQualified ?? false, startDate: w.roleStartDate, endDate: w.roleEndDate,
                leavingReason: w.reasonLeft, cases: w.cases,
                absences: w.absentAtCensus == true
                    ? [Absence(kind: w.reasonAbsent.flatMap(AbsenceKind.init(text:)) ?? .other, from: date, fte: w.fte)] : [],
                sicknessDaysLost: w.workingDaysLost, birthDate: w.birthDate, ethnicity: w.ethnicity)
        }
        var names: [String] = []
        for s in staff where !names.contains(s.team) { names.append(s.team) }
        for key in census.vacanciesFTE.keys.sorted() where !names.contains(key.isEmpty ? unassigned : key) {
            names.append(key.isEmpty ? unassigned : key)
        }
        let teams = names.map { name in
            let inPost = staff.filter { $0.team == name && $0.contract.isInPost && $0.isEmployed(on: date) }
                .reduce(0) { $0 + $1.fte }
            let vacant = census.vacanciesFTE[name == unassigned ? "" : name] ?? census.vacanciesFTE[name] ?? 0
            return Team(name: name, kind: TeamKind(guessingFrom: name), establishmentFTE: inPost + vacant)
        }
        self.init(date: date, teams: teams, staff: staff, rates: rates)
    }
}

extension TeamKind {
    /// The kind a team's name suggests ("Children in Care Team 2" → children in care); other
    /// when nothing matches. For sources, like the census, that give only a name.
    public init(guessingFrom name: String) {
        let n = name.lowercased()
        if let exact = TeamKind(text: name) { self = exact; return }
        let clues: [(String, TeamKind)] = [
            ("leav", .careLeavers), ("in care", .childrenInCare), ("looked after", .childrenInCare),
            ("disab", .disabledChildren), ("foster", .fostering), ("assess", .assessment), ("front door", .assessment),
            ("protection", .childInNeedAndProtection), ("in need", .childInNeedAndProtection), ("cin", .childInNeedAndProtection),
        ]
        self = clues.first { n.contains($0.0) }?.1 ?? .other
    }
}
