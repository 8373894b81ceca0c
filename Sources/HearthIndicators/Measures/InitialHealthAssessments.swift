import HearthCore

/// Children who started to be looked after in the period and had their initial health
/// assessment within 20 working days (statutory guidance; a local measure, not a DfE statistic).
/// The SSDA903 carries no assessment dates, so this reads Annex A list 8, whose "Date of Last
/// Health Assessment" is the initial one for a child who started in the last six months.
struct InitialHealthAssessments: Measure {
    static let limit = 20
    static let assessmentColumn = "Date of Last Health Assessment"

    let definition = IndicatorDefinition(
        id: "cla_iha_20wd", title: "Initial health assessments within 20 working days",
        definition: "Children who started to be looked after in the period whose initial health assessment was within 20 working days of starting, as a percentage of those whose assessment was due by the latest date the lists hold (Annex A list 8; local measure).",
        numerator: "started in the period, health assessment ≤ 20 working days after starting",
        denominator: "started in the period with the assessment due by the end of the data",
        periodKind: .inYear, unit: .percent, polarity: .high, dayType: .working, source: .annexA,
        area: .childrenInCare,
        notPublishedBecause: "DfE does not publish the timeliness of initial health assessments; the 20 working days come from statutory guidance.",
        headline: true)

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        let records = context.dataset.annexA?[.lookedAfter] ?? []
        let asAt = context.coverage(of: .annexA)?.upperBound ?? period.end
        var tally = Tally(context)
        for r in records {
            guard let started = r.date, period.contains(started) else { continue }
            let due = context.calendar.adding(workingDays: Self.limit, to: started)
            let assessed = r.fields[Self.assessmentColumn].flatMap { Day(flexible: $0) }.flatMap { $0 >= started ? $0 : nil }
            if let a = assessed, a <= due {
                let wd = context.calendar.workingDays(from: started, to: a)
                tally.add(childID: r.id, date: started, inNumerator: true, reason: "assessed \(wd) working days after starting")
            } else if due <= asAt {
                let why = assessed.map { "assessed \(context.calendar.workingDays(from: started, to: $0)) working days after starting" }
                    ?? "no health assessment recorded; due by \(due.uk)"
                tally.add(childID: r.id, date: started, inNumerator: false, reason: why)
            }
        }
        return percentage(tally, period)
    }
}
