import HearthCore

/// Children on a child protection plan at the end of the period per 10,000 children.
///
/// DfE counts children, not plans: LAIT's CPP_Num and CPP_rate (from d5_cpps_at31march, the
/// measure CPP_At31) are the "number of children who were the subject of a child protection plan
/// at 31 March", and the rate is those children per 10,000. A child is the subject of a plan or
/// not; a second plan opened before the first was closed (a transfer-in conference, a plan keyed
/// twice, a plan on each of two CIN episodes) does not make them two children. So each child
/// counts once, however many of their plans are open, and the drill-down lists each child once,
/// dated by the plan that has run longest.
struct ProtectionPlanRate: Measure {
    let definition = IndicatorDefinition(
        id: "cpp_rate", title: "Children on a child protection plan per 10,000 children",
        definition: "Children who are the subject of a child protection plan at the end of the period (a plan started on or before it and not ended by it), per 10,000 children aged 0 to 17. A child with more than one open plan counts once.",
        numerator: "children on a plan at the period end", denominator: "0–17 population ÷ 10,000",
        periodKind: .snapshot, unit: .per10k, polarity: .context, source: .cinCensus,
        area: .frontDoor,
        published: .explore(PublishedMeasure(.protectionPlansDuration, "CPP_At31",
            kind: .ratePer10kFromCount,
            polarity: .none, from: "CPP_rate")))

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        var tally = Tally(context)
        for (child, plans) in context.plansByChild {
            // A child's plans come sorted by start date, so the first open one has run longest.
            var longest: Day?
            var open = 0
            for plan in plans {
                guard let start = plan.startDate, start <= period.end else { continue }
                if let end = plan.endDate, end <= period.end { continue }
                if longest == nil { longest = start }
                open += 1
            }
            guard let since = longest else { continue }
            tally.add(childID: child, date: since, inNumerator: true,
                      reason: open == 1 ? "plan open since \(since.uk)"
                          : "\(open) plans open, the first since \(since.uk)")
        }
        return ratePer10k(tally, context, period)
    }
}
