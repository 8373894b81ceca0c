import HearthCore

/// Generates the returns of a synthetic authority that looks, in its published figures, like the
/// one a profile describes: the CIN census, this year's and last year's SSDA903, the Annex A
/// lists and the workforce census, all about the same children; `staffing(for:profile:seed:)`
/// adds the council's own staff records for the same workers.
///
/// Six years of history are simulated so that children already in care or on a plan when the
/// year starts exist with their past. The 31 March counts of children on a plan and looked after,
/// and the re-referral rate, are matched exactly by construction; placement stability, second
/// plans, care leavers and health checks follow the profile's proportions. The output depends
/// only on the profile, the year and the seed.
public struct SyntheticAuthority: Sendable {
    public let calendar: WorkingDayCalendar

    public init(calendar: WorkingDayCalendar = .englandAndWales) {
        self.calendar = calendar
    }

    /// The dataset of one authority for the year ending 31 March `collectionYear`.
    public func generate(profile: AuthorityProfile, collectionYear: Int, seed: UInt64) -> Dataset {
        let state = SimulationState(profile: profile, collectionYear: collectionYear, seed: seed, calendar: calendar)
        let root = SeededRandom(seed: seed)
        // Separate streams per stage: a change in one stage leaves the others' draws alone.
        var careRandom = root.stream(1), protectionRandom = root.stream(2), referralRandom = root.stream(3)
        var cinRandom = root.stream(4), current903 = root.stream(5), previous903 = root.stream(6)
        var annexRandom = root.stream(7), workforceRandom = root.stream(8)

        CareSimulation(state: state).run(&careRandom)
        ProtectionSimulation(state: state).run(&protectionRandom)
        ReferralSimulation(state: state).run(&referralRandom)

        let cin = CINCensusBuilder(state: state).build(&cinRandom)
        let ssda903 = SSDA903Builder(state: state, year: collectionYear).build(&current903)
        let previous = SSDA903Builder(state: state, year: collectionYear - 1).build(&previous903)
        let annexA = AnnexABuilder(state: state, healthOutcomes: ssda903.healthOutcomes).build(&annexRandom)
        let workforce = WorkforceBuilder(state: state).build(&workforceRandom)
        return Dataset(authorityCode: profile.code.count == 3 ? profile.code : "E92000001", cin: cin, ssda903: ssda903,
                       ssda903Previous: previous, annexA: annexA, workforce: workforce)
    }

    /// The CIN census and SSDA903 returns of `count` consecutive years ending `lastYear`, all
    /// from one simulated world: the same children and the same episodes, so an episode open
    /// across 1 April is in both years' returns with the same referral date, as it is in a real
    /// council's (independently generated years share identifiers but not children). Oldest first.
    public func consecutiveReturns(profile: AuthorityProfile, through lastYear: Int, count: Int, seed: UInt64)
        -> [(cin: CINCensus, ssda903: SSDA903Return, previous: SSDA903Return)] {
        let state = SimulationState(profile: profile, collectionYear: lastYear, seed: seed, calendar: calendar)
        let root = SeededRandom(seed: seed)
        var careRandom = root.stream(1), protectionRandom = root.stream(2), referralRandom = root.stream(3)
        CareSimulation(state: state).run(&careRandom)
        ProtectionSimulation(state: state).run(&protectionRandom)
        ReferralSimulation(state: state).run(&referralRandom)
        return (0..<max(1, min(count, ReferralSimulation.years))).reversed().map { back in
            let year = lastYear - back
            var cinRandom = root.stream(10 + UInt64(back) * 3), current = root.stream(11 + UInt64(back) * 3)
            var previous = root.stream(12 + UInt64(back) * 3)
            return (CINCensusBuilder(state: state, year: year).build(&cinRandom),
                    SSDA903Builder(state: state, year: year).build(&current),
                    SSDA903Builder(state: state, year: year - 1).build(&previous))
        }
    }

    /// The council's own staff records beside the generated census (`dataset.workforce`): the
    /// same people, with what HR knows and the census does not. Nil without a census. Depends
    /// only on the census, the profile and the seed.
    public func staffing(for dataset: Dataset, profile: AuthorityProfile, seed: UInt64) -> StaffingRecords? {
        guard let census = dataset.workforce else { return nil }
        var rng = SeededRandom(seed: seed).stream(9)
        return StaffingBuilder(profile: profile, census: census).build(&rng)
    }
}
