extension ImprovementPlan {
    /// Carries progress notes, evidence and trajectories over from an earlier version for every
    /// action this one names again: a plan re-imported from a spreadsheet loses none of them.
    public mutating func keepDetails(of earlier: ImprovementPlan?) {
        guard let earlier else { return }
        let old = Dictionary(earlier.actions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for i in actions.indices {
            guard let o = old[actions[i].id] else { continue }
            actions[i].progress = o.progress
            actions[i].evidence = o.evidence
            actions[i].trajectories = o.trajectories
        }
    }

    /// Each action's owning user from the earlier version, for a plan read from a file that does not name them.
    public mutating func keepOwners(of earlier: ImprovementPlan?) {
        guard let earlier else { return }
        let old = Dictionary(earlier.actions.map { ($0.id, $0.ownerUser) }, uniquingKeysWith: { a, _ in a })
        for i in actions.indices where actions[i].ownerUser == nil { actions[i].ownerUser = old[actions[i].id] ?? nil }
    }
}
