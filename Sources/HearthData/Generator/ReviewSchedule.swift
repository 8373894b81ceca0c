import HearthCore

/// CP plan review conferences: the first within 3 months of the plan starting, then at most
/// every 6 months; about one in ten is late. Drawn from the plan's own stream so every return
/// that shows the plan shows the same reviews.
enum ReviewSchedule {
    static func planReviews(_ state: SimulationState, plan index: Int) -> [Day] {
        let plan = state.plans[index]
        var rng = SeededRandom(seed: state.seed ^ 0x5EED_0F_C0FFEE).stream(UInt64(index) + 1)
        let stop = min(plan.end ?? state.yearEnd, state.yearEnd.adding(days: 1))
        var out: [Day] = []
        var next = plan.start.adding(months: 3).adding(days: rng.chance(0.92) ? -rng.int(0...40) : rng.int(1...30))
        while next < stop {
            out.append(next)
            next = next.adding(months: 6).adding(days: rng.chance(0.9) ? -rng.int(0...45) : rng.int(1...40))
        }
        return out
    }
}
