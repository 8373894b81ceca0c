extension Dataset {
    /// The last day the CIN census and SSDA903 return describe (the later of the two): 31 March
    /// for the statutory returns, the extract's day for an in-year one; Annex A's latest date
    /// when it came alone.
    public var dataTo: Day? {
        let days = [cin?.referenceDate, ssda903?.coverageEnd].compactMap { $0 }
        if let last = days.max() { return last }
        return annexA?.listedDays?.upperBound
    }

    /// This year's returns with the year before's carried in behind them: the two CIN censuses
    /// made one (each child's episodes from the later census, and the earlier census's episodes
    /// whose referral the later one does not hold — an episode open across 1 April is in both,
    /// and the later census has its latest state), and last year's SSDA903 as the previous return
    /// if this one has none. An earlier census that stops short of this one's first day (an
    /// in-year extract) would leave a gap, so it is not carried in.
    public func continuing(from earlier: Dataset) -> Dataset {
        var census = cin
        if let later = cin, let before = earlier.cin, before.header.year == later.header.year - 1,
           before.referenceDate >= later.coverageStart.adding(days: -1) {
            census = CINCensus(header: later.header, children: Self.merge(later.children, before.children),
                               coverageStart: before.coverageStart)
        }
        var previous903 = ssda903Previous
        if previous903 == nil, let mine = ssda903, let theirs = earlier.ssda903,
           theirs.collectionYear == mine.collectionYear - 1, theirs.dataTo == nil {
            previous903 = theirs
        }
        return Dataset(authorityCode: authorityCode, cin: census, ssda903: ssda903, ssda903Previous: previous903,
                       annexA: annexA, workforce: workforce)
    }

    /// Children of both censuses in the later census's order, then those only the earlier holds.
    private static func merge(_ later: [CINChild], _ earlier: [CINChild]) -> [CINChild] {
        var earlierByID: [String: CINChild] = [:]
        for child in earlier where earlierByID[child.childID] == nil { earlierByID[child.childID] = child }
        var seen = Set<String>()
        var out: [CINChild] = []
        out.reserveCapacity(later.count + earlier.count)
        for child in later {
            seen.insert(child.childID)
            guard let before = earlierByID[child.childID] else { out.append(child); continue }
            let held = Set(child.episodes.compactMap(\.referralDate))
            // An earlier episode without a referral date cannot be placed or matched: left out.
            let carried = before.episodes.filter { $0.referralDate.map { !held.contains($0) } ?? false }
            out.append(child.replacingEpisodes(carried + child.episodes))
        }
        for child in earlier where !seen.contains(child.childID) {
            seen.insert(child.childID)
            out.append(child)
        }
        return out
    }
}

extension CINChild {
    public func replacingEpisodes(_ episodes: [CINEpisode]) -> CINChild {
        CINChild(childID: childID, upn: upn, formerUPN: formerUPN, upnUnknown: upnUnknown, birthDate: birthDate,
                 expectedBirthDate: expectedBirthDate, sex: sex, deathDate: deathDate, ethnicity: ethnicity,
                 disabilities: disabilities, episodes: episodes)
    }
}
