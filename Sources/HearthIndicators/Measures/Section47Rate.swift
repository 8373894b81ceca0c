import HearthCore

/// Section 47 enquiries started in the period per 10,000 children aged 0–17.
struct Section47Rate: Measure {
    let definition = IndicatorDefinition(
        id: "s47_rate", title: "Section 47 enquiries per 10,000 children",
        definition: "Section 47 enquiries started in the period, per 10,000 children aged 0 to 17.",
        numerator: "s47 enquiries with a start date in the period", denominator: "0–17 population ÷ 10,000",
        periodKind: .inYear, unit: .per10k, polarity: .context, source: .cinCensus,
        area: .frontDoor,
        // LAIT `Section_47` (217), "Section 47 enquiries rate per 10,000 children", no
        // polarity ("-"). DfE: s47 enquiries started in the year per 10,000 children aged 0–17 (ONS
        // mid-year estimate), each enquiry counted — the indicator's definition.
        published: .lait(LAITMeasure(measure: "Section_47", code: "217", polarity: .none)))

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        var tally = Tally(context)
        for s in context.section47s {
            guard let start = s.start, period.contains(start) else { continue }
            tally.add(childID: s.childID, date: start, inNumerator: true, reason: "s47 enquiry started")
        }
        return ratePer10k(tally, context, period)
    }
}
