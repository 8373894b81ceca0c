import HearthCore

/// Children looked after at the period end who had 3 or more social workers during the period
/// (LAIT `Stability_SocialWorker`, "Social Worker instability"; DfE's stability measures, from the
/// SSDA903 social worker episodes collected from 2023-24).
///
/// How each reading follows from DfE's words:
/// - "the number of unique social workers assigned to a child between 1 April and 31 March": the
///   distinct `SW_ID`s of the child's social worker episodes that overlap the period (begun on or
///   before its last day, not ended before its first). A child who goes back to an earlier worker
///   counts that worker once ("this would count as 2 social workers").
/// - "includes any social workers assigned to a child within the relevant timescale when the child
///   was not looked after": every social worker episode in the period counts, whatever the child's
///   care status then; only the denominator asks about care.
/// - "Numbers and percentages are based on children looked after on 31 March each year and exclude
///   children looked after under an agreed series of short term placements" (the stability
///   release's data guidance): the denominator is the children looked after on the period's last
///   day, a child on a short-break series that day (legal status V3, V4) left out, as in `PlacementMoves`.
/// - An episode without a `SW_ID` names no worker, so it adds none (the validator flags it).
/// - History: a period crossing 1 April reads last year's return's episodes as well; a worker in
///   both returns is one worker.
struct SocialWorkerInstability: Measure {
    let definition = IndicatorDefinition(
        id: "cla_3plus_social_workers", title: "Children looked after with 3 or more social workers in the year",
        definition: "Children looked after at the end of the period (not on a short-break series) who had three or more different social workers assigned at any time during the period, looked after or not then, as a percentage of children looked after at the end of the period.",
        numerator: "children with ≥ 3 distinct social workers (SW_ID) in the period", denominator: "children looked after at the period end",
        periodKind: .inYear, unit: .percent, polarity: .low, source: .ssda903,
        area: .childrenInCare,
        published: .lait(LAITMeasure(measure: "Stability_SocialWorker", code: "NA", polarity: .low)),
        decimalPlaces: 0)

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        // Each child's distinct workers: an episode in both returns names the same worker, once.
        var workers: [String: Set<String>] = [:]
        for r in [context.dataset.ssda903, context.dataset.ssda903Previous].compactMap({ $0 }) {
            for e in r.socialWorkerEpisodes {
                guard let id = e.socialWorkerID?.trimmingCharacters(in: .whitespaces), !id.isEmpty,
                      let start = e.startDate, start <= period.end, (e.endDate ?? period.end) >= period.start else { continue }
                workers[e.childID, default: []].insert(id)
            }
        }
        var tally = Tally(context)
        for (child, episodes) in context.care.episodesByChild {
            guard let open = CareHistory.episodeIndex(openOn: period.end, in: episodes),
                  CareHistory.isLookedAfter(episodes[open]) else { continue }
            let n = workers[child]?.count ?? 0
            tally.add(childID: child, date: episodes[open].startDate, inNumerator: n >= 3, reason: "\(n) social worker(s) in the period")
        }
        return percentage(tally, period)
    }
}
