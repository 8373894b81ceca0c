import HearthCore

/// Care leavers whose 19th, 20th or 21st birthday fell in the year (OC3): in touch, in suitable
/// accommodation, in education, employment or training.
///
/// The cohort, from DfE's methodology (LAIT 112, 113 and 333, "Leaving care"): former relevant
/// young people whose 19th, 20th or 21st birthday falls between 1 April and 31 March — that is,
/// aged 19 to 21 on 31 March — excluding those who "have died" (IN_TOUCH = DIED) and those who
/// "have returned home to live with parents … for a continuous period of at least 6 months"
/// (RHOM), for all three measures. Those the authority is not in touch with (NO), who refused
/// contact (REFU) or no longer require services (NREQ) stay in the cohort ("figures include young
/// people with whom the local authority are not in touch, …"), counted as not EET and not in
/// suitable accommodation since nothing is known of them.
///
/// Suitable accommodation (LAIT 112) also leaves out "young people who have gone abroad or been
/// deported, or their residence is not known" (ACCOM G, H, R), "as the suitability will not
/// usually be known", but keeps "young people whose accommodation is not known because either the
/// local authority is not in touch, or the young person has refused contact or no longer requires
/// services" — ACCOM 0 (no information) stays in the denominator.
struct CareLeaverOutcomes: Measure {
    enum Outcome: Sendable { case inTouch, suitableAccommodation, educationEmploymentTraining }

    static let eetActivities: Set<String> = ["F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5"]
    /// IN_TOUCH codes of young people outside every care-leaver cohort: died, returned home for
    /// 6 months or more.
    static let leftCohort: Set<String> = ["DIED", "RHOM"]
    /// ACCOM letters whose suitability cannot be known: gone abroad, deported, residence not known.
    static let suitabilityUnknowable: Set<Substring> = ["G", "H", "R"]

    let outcome: Outcome
    let definition: IndicatorDefinition

    init(_ outcome: Outcome) {
        self.outcome = outcome
        switch outcome {
        case .inTouch:
            definition = IndicatorDefinition(
                id: "care_leavers_in_touch", title: "Care leavers aged 19–21 in touch",
                definition: "Care leavers whose 19th, 20th or 21st birthday fell in the year and with whom the authority was in touch, as a percentage of that cohort.",
                numerator: "OC3 IN_TOUCH = YES", denominator: "care leavers aged 19–21 in OC3, less those who died (DIED) or returned home for 6 months or more (RHOM)",
                periodKind: .inYear, unit: .percent, polarity: .high, source: .ssda903,
                area: .careLeavers,
                // DfE publishes, for care leavers aged 19 to 21, the activity of those whose authority is
                // in touch and "Total information not known" for the rest: the authority not in touch,
                // the young person refusing contact or no longer requiring services (the cohort already
                // without those who died or returned home). In touch is its complement. Hearth counts
                // IN_TOUCH = YES, which differs only by a young person the authority is not in touch with
                // but whose activity a third party reported (LAIT 317's methodology names the case).
                published: .explore(PublishedMeasure(.careLeaversActivity, "care_leaver_count",
                    ["care_leaver_age": "19 to 21 years", "breakdown": "Total information not known"],
                    kind: .complementOfCount(totalFilters: ["care_leaver_age": "19 to 21 years", "breakdown": "Total"]),
                    polarity: .high, from: "CareLeavers_LA_NotInTouch")),
                decimalPlaces: 0)
        case .suitableAccommodation:
            definition = IndicatorDefinition(
                id: "care_leavers_suitable_accommodation", title: "Care leavers aged 19–21 in suitable accommodation",
                definition: "Care leavers aged 19 to 21 in accommodation considered suitable, as a percentage of the cohort less those gone abroad, deported or whose residence is not known. Those with no information because the authority is not in touch, they refused contact or no longer require services stay in the cohort.",
                numerator: "OC3 ACCOM ending in 1 (suitable)", denominator: "care leavers aged 19–21 less died (DIED), returned home 6 months+ (RHOM), gone abroad (G), deported (H) and residence not known (R)",
                periodKind: .inYear, unit: .percent, polarity: .high, source: .ssda903,
                area: .careLeavers,
                published: .explore(PublishedMeasure(.careLeaversAccommodation, "care_leaver_percent",
                    ["care_leaver_age": "19 to 21 years", "breakdown": "Accommodation considered suitable"],
                    polarity: .high, from: "CareLeaverAcc")),
                englandDefault: 89,
                decimalPlaces: 0)
        case .educationEmploymentTraining:
            definition = IndicatorDefinition(
                id: "care_leavers_eet", title: "Care leavers aged 19–21 in education, employment or training",
                definition: "Care leavers aged 19 to 21 in education, employment or training (full or part time), as a percentage of the cohort.",
                numerator: "OC3 ACTIV in F1, P1, F2, P2, F4, P4, F5, P5", denominator: "care leavers aged 19–21 in OC3, less those who died (DIED) or returned home for 6 months or more (RHOM)",
                periodKind: .inYear, unit: .percent, polarity: .high, source: .ssda903,
                area: .careLeavers,
                published: .explore(PublishedMeasure(.careLeaversActivity, "care_leaver_percent",
                    ["care_leaver_age": "19 to 21 years", "breakdown": "Total in education, employment or training"],
                    polarity: .high, from: "CareLeaverEET")),
                englandDefault: 54,
                headline: true,
                decimalPlaces: 0)
        }
    }

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        guard let ret = context.return903(endingOn: period.end) else {
            return IndicatorResult(id: definition.id, period: period, value: nil, numerator: 0, denominator: 0,
                                   members: [], note: "OC3 is reported for a whole year to 31 March; no SSDA903 return ends on \(period.end.uk)")
        }
        var tally = Tally(context)
        for leaver in ret.careLeavers {
            guard let dob = leaver.birthDate, (19...21).contains(dob.age(on: period.end)),
                  !Self.leftCohort.contains(leaver.inTouch ?? "") else { continue }
            switch outcome {
            case .inTouch:
                let yes = leaver.inTouch == "YES"
                tally.add(childID: leaver.childID, date: dob, inNumerator: yes, reason: "IN_TOUCH \(leaver.inTouch ?? "blank")")
            case .suitableAccommodation:
                let code = leaver.accommodation ?? "0"
                if Self.suitabilityUnknowable.contains(code.prefix(1)) { continue }
                tally.add(childID: leaver.childID, date: dob, inNumerator: code.hasSuffix("1"), reason: "ACCOM \(code)")
            case .educationEmploymentTraining:
                let a = leaver.activity ?? ""
                tally.add(childID: leaver.childID, date: dob, inNumerator: Self.eetActivities.contains(a),
                                     reason: "ACTIV \(a.isEmpty ? "blank" : a)")
            }
        }
        return percentage(tally, period)
    }
}
