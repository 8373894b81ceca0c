import HearthCore

/// Dates of the last health assessment and dental check of a child in care, as Annex A list 8
/// shows them.
///
/// A child who started to be looked after in the last six months shows their initial health
/// assessment, due within 20 working days of starting: about two in three are on time, the rest
/// later (and not yet done if "later" is after the inspection date). Others show their review
/// assessment — six-monthly under 5, yearly from 5 — which is in the last 12 months for about
/// nine in ten, or for the child the 903 health outcomes (OC2) count as up to date.
struct AnnexAHealthDates {
    let state: SimulationState
    /// The inspection date.
    let to: Day

    /// Share of initial health assessments within 20 working days of starting to be looked after.
    static let initialOnTimeShare = 0.65
    /// Share of other children with a health assessment in the 12 months before the reference date.
    static let reviewUpToDateShare = 0.9

    /// - Parameters:
    ///   - start: the day the child started to be looked after.
    ///   - end: the day they ceased, if by the inspection date (dates stop there).
    ///   - upToDate: the 903 OC2 answer where the child has one.
    func healthAssessment(start: Day, end: Day?, birth: Day, upToDate: Bool?, _ rng: inout SeededRandom) -> Day? {
        let reference = min(end ?? to, to)
        if start > to.adding(months: -6) {
            if rng.chance(Self.initialOnTimeShare) {
                let day = state.adding(workingDays: rng.int(5...20), to: start)
                // Too recent a start to have had it yet: pick an earlier day within the 20.
                let available = state.calendar.workingDays(from: start, to: reference)
                if day <= reference { return day }
                return available >= 1 ? state.adding(workingDays: rng.int(1...min(available, 20)), to: start) : nil
            }
            let late = state.adding(workingDays: rng.int(21...70), to: start)
            return late <= reference ? late : nil
        }
        let current = upToDate ?? rng.chance(Self.reviewUpToDateShare)
        // Under-fives are assessed every six months, older children every year.
        let interval = birth.age(on: reference) < 5 ? 182 : 364
        if current {
            return max(start, reference.adding(days: -rng.int(1...interval)))
        }
        let overdue = reference.adding(days: -rng.int(366...540))
        return overdue > start ? overdue : nil
    }

    /// The last dental check: within the year for most children in care a year or more (or as
    /// OC2 says), and for about seven in ten of those looked after for less, since starting.
    func dentalCheck(start: Day, end: Day?, upToDate: Bool?, _ rng: inout SeededRandom) -> Day? {
        let reference = min(end ?? to, to)
        let lookedAfterAYear = start <= reference.adding(years: -1)
        if lookedAfterAYear {
            if upToDate ?? rng.chance(0.85) { return reference.adding(days: -rng.int(1...364)) }
            let overdue = reference.adding(days: -rng.int(366...700))
            return overdue > start ? overdue : nil
        }
        guard start.days(to: reference) >= 14, rng.chance(0.7) else { return nil }
        return start.adding(days: rng.int(14...start.days(to: reference)))
    }
}
