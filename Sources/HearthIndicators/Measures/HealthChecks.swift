import HearthCore

/// OC2 outcomes of children looked after continuously for 12 months at 31 March: annual health
/// assessment, dental check, immunisations. Only for a whole reporting year held in the 903.
struct HealthChecks: Measure {
    enum Check: Sendable { case health, dental, immunisations }

    let check: Check
    let definition: IndicatorDefinition

    init(_ check: Check) {
        self.check = check
        switch check {
        case .health:
            definition = IndicatorDefinition(
                id: "cla_health_checks", title: "Annual health assessments of children looked after",
                definition: "Children looked after continuously for at least 12 months at 31 March whose annual health assessment was up to date, as a percentage of those children.",
                numerator: "OC2 HEALTH_CHECK = 1", denominator: "children in the OC2 cohort",
                periodKind: .inYear, unit: .percent, polarity: .high, source: .ssda903,
                area: .childrenInCare,
                published: .explore(PublishedMeasure(.healthOutcomes, "children_percent",
                    ["characteristic": "Health assessments: Children looked after all ages", "breakdown": "Had their annual health assessment"],
                    polarity: .high, from: "LACHealth%")),
                decimalPlaces: 0)
        case .dental:
            definition = IndicatorDefinition(
                id: "cla_dental_checks", title: "Dental checks of children looked after",
                definition: "Children looked after continuously for at least 12 months at 31 March whose teeth were checked by a dentist in the year, as a percentage of those children.",
                numerator: "OC2 TEETH_CHECK = 1", denominator: "children in the OC2 cohort",
                periodKind: .inYear, unit: .percent, polarity: .high, source: .ssda903,
                area: .childrenInCare,
                published: .explore(PublishedMeasure(.healthOutcomes, "children_percent",
                    ["characteristic": "Health assessments: Children looked after all ages", "breakdown": "Had their teeth checked by a dentist"],
                    polarity: .high, from: "LACDental%")),
                decimalPlaces: 0)
        case .immunisations:
            definition = IndicatorDefinition(
                id: "cla_immunisations", title: "Immunisations of children looked after",
                definition: "Children looked after continuously for at least 12 months at 31 March whose immunisations were up to date, as a percentage of those children.",
                numerator: "OC2 IMMUNISATIONS = 1", denominator: "children in the OC2 cohort",
                periodKind: .inYear, unit: .percent, polarity: .high, source: .ssda903,
                area: .childrenInCare,
                published: .explore(PublishedMeasure(.healthOutcomes, "children_percent",
                    ["characteristic": "Health assessments: Children looked after all ages", "breakdown": "Had their immunisations up to date"],
                    polarity: .high, from: "LACVaccinations%")),
                decimalPlaces: 0)
        }
    }

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        guard let ret = context.return903(endingOn: period.end) else {
            return IndicatorResult(id: definition.id, period: period, value: nil, numerator: 0, denominator: 0,
                                   members: [], note: "OC2 is reported for a whole year to 31 March; no SSDA903 return ends on \(period.end.uk)")
        }
        var tally = Tally(context)
        for o in ret.healthOutcomes {
            let done: Bool? = switch check {
            case .health: o.healthCheck
            case .dental: o.teethCheck
            case .immunisations: o.immunisations
            }
            tally.add(childID: o.childID, date: nil, inNumerator: done == true,
                      reason: done == true ? "up to date" : done == false ? "not up to date" : "not recorded")
        }
        return percentage(tally, period)
    }
}
