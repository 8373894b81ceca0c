import HearthCore

/// Initial child protection conferences held in the period within 15 working days of the
/// start of the s47 enquiry (the strategy discussion).
struct ICPCTimeliness: Measure {
    static let limit = 15

    let definition = IndicatorDefinition(
        id: "icpc_15wd", title: "Initial child protection conferences within 15 working days",
        definition: "ICPCs held in the period within 15 working days of the start of the section 47 enquiry, as a percentage of ICPCs in the period with valid dates.",
        numerator: "ICPCs in the period, s47 start → ICPC ≤ 15 working days",
        denominator: "ICPCs in the period with an s47 start on or before the conference",
        periodKind: .inYear, unit: .percent, polarity: .high, dayType: .working, source: .cinCensus,
        area: .frontDoor,
        // LAIT `CP_conf_15days` (218), "Percentage of child protection conferences held
        // within 15 days", High. DfE: initial child protection conferences in the year held within 15
        // working days of the strategy discussion that started the s47 enquiry, each ICPC counted —
        // the indicator's definition (the CIN census records the s47 start as the strategy
        // discussion's date). It equals LAIT's bands `10_ICPC` + `15_ICPC` over all four bands
        // (268): Halton 2024-25 (14 + 178) ÷ 221 = 86.9%.
        published: .lait(LAITMeasure(measure: "CP_conf_15days", code: "218", polarity: .high)),
        englandDefault: 81.4,
        headline: true)

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        var tally = Tally(context)
        for s in context.section47s {
            guard let icpc = s.icpc, period.contains(icpc), let start = s.start, start <= icpc else { continue }
            let wd = context.calendar.workingDays(from: start, to: icpc)
            tally.add(childID: s.childID, date: icpc, inNumerator: wd <= Self.limit,
                                 reason: "ICPC \(wd) working days after s47 start on \(start.uk)")
        }
        return percentage(tally, period)
    }
}
