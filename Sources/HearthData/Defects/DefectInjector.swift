import HearthCore

/// Puts realistic data-quality errors into a dataset: missing values, dates out of order,
/// unknown codes, overlapping or duplicated 903 episodes, plans never reviewed, UPNs missing
/// without a reason. Each CIN child and each 903 episode row is hit with probability `rate`;
/// every change is listed. The same dataset, rate and seed always give the same result.
public struct DefectInjector: Sendable {
    public let rate: Double
    public let seed: UInt64

    public init(rate: Double, seed: UInt64) {
        self.rate = rate
        self.seed = seed
    }

    /// The dataset with defects, and what was injected (in the order applied).
    public func inject(into dataset: Dataset) -> (dataset: Dataset, defects: [InjectedDefect]) {
        var rng = SeededRandom(seed: seed).stream(0xDEFEC7)
        var defects: [InjectedDefect] = []
        var cin = dataset.cin
        if let census = dataset.cin {
            var children: [CINChild] = []
            children.reserveCapacity(census.children.count)
            for child in census.children {
                if rng.chance(rate), let (changed, defect) = CINDefects.apply(to: child, reference: census.referenceDate, &rng) {
                    children.append(changed)
                    defects.append(defect)
                } else {
                    children.append(child)
                }
            }
            cin = CINCensus(header: census.header, children: children)
        }
        var ssda903 = dataset.ssda903
        if let r = dataset.ssda903 {
            let (episodes, found) = EpisodeDefects.apply(to: r.episodes, rate: rate, &rng)
            defects += found
            ssda903 = SSDA903Return(collectionYear: r.collectionYear, header: r.header, episodes: episodes, reviews: r.reviews,
                                    uasc: r.uasc, healthOutcomes: r.healthOutcomes, careLeavers: r.careLeavers,
                                    adoptions: r.adoptions, placedForAdoption: r.placedForAdoption,
                                    previousPermanence: r.previousPermanence, missing: r.missing,
                                    socialWorkerEpisodes: r.socialWorkerEpisodes)
        }
        let result = Dataset(authorityCode: dataset.authorityCode, cin: cin, ssda903: ssda903,
                             ssda903Previous: dataset.ssda903Previous, annexA: dataset.annexA, workforce: dataset.workforce)
        return (result, defects)
    }
}
