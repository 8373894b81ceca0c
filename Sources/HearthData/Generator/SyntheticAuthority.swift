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

    /// The council's own staff records beside the generated census (`dataset.workforce`): the
    /// same people, with what HR knows and the census does not. Nil without a census. Depends
    /// only on the census, the profile and the seed.
    public func staffing(for dataset: Dataset, profile: AuthorityProfile, seed: UInt64) -> StaffingRecords? {
        guard let census = dataset.workforce else { return nil }
        var rng = SeededRandom(seed: seed).stream(9)
        return StaffingBuilder(profile: profile, census: census).build(&rng)
    }
}
