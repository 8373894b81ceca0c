import HearthCore

/// Average days for children adopted in the period (DfE's adoption scorecard measures, usually
/// read over 3 years):
/// - A1: entering care → moving in with the adoptive family;
/// - A10: as A1, but for children adopted by their foster carers the move-in is the date they
///   moved in with those carers;
/// - A2: court authority to place (placement order, LS E1) → match with adopters.
struct AdoptionTimeliness: Measure {
    enum Stage: Sendable { case a1, a2, a10 }

    static let adoptionPlacements: Set<String> = ["A3", "A4", "A5", "A6"]
    let stage: Stage
    let definition: IndicatorDefinition

    init(_ stage: Stage) {
        self.stage = stage
        let (id, title, text, numerator, notPublished): (IndicatorID, String, String, String, String) = switch stage {
        case .a1: ("adoption_a1", "Adoption A1: entering care to moving in with the adoptive family",
                   "Average days between a child entering care and moving in with their adoptive family, for children adopted in the period.",
                   "days from the start of the period of care to the first adoptive placement (A3–A6)",
                   "DfE publishes A1 by authority only in the adoption scorecards (3-year averages), which Hearth does not hold; "
                       + "the national table Hearth ships gives England alone, for single years, in years and months.")
        case .a10: ("adoption_a10", "Adoption A10: entering care to moving in, adjusted for foster carer adoptions",
                    "Average days between a child entering care and moving in with their adoptive family, counting for children adopted by their foster carers the date they moved in with those carers.",
                    "days from the start of the period of care to the adoptive placement, or to the foster placement for A3/A5",
                    "DfE publishes A10 by authority only in the adoption scorecards, which Hearth does not hold.")
        case .a2: ("adoption_a2", "Adoption A2: placement order to match",
                   "Average days between the authority receiving court authority to place a child for adoption (placement order) and deciding on a match with adopters, for children adopted in the period.",
                   "days from the first E1 legal status to DATE_MATCH",
                   "DfE publishes A2 (placement order to match) by authority only in the adoption scorecards, which Hearth does not hold; "
                       + "its national table starts from the decision to place, not the placement order.")
        }
        definition = IndicatorDefinition(id: id, title: title, definition: text, numerator: numerator,
                                         denominator: "children adopted in the period (REC E11 or E12)",
                                         periodKind: .threeYear, unit: .days, polarity: .low, dayType: .calendar,
                                         source: .ssda903, area: .childrenInCare, notPublishedBecause: notPublished)
    }

    func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
        // Only A2 reads the match dates.
        var matches: [String: Day] = [:]
        if stage == .a2 {
            for ret in [context.dataset.ssda903Previous, context.dataset.ssda903].compactMap({ $0 }) {
                for a in ret.adoptions { if let m = a.dateMatched { matches[a.childID] = m } }
            }
        }
        var tally = Tally(context)
        var unseenStarts = 0
        // Children never adopted cannot count: the history lists the others, in the same order.
        for c in context.care.adoptedChildren {
            let (child, episodes) = context.care.episodesByChild[c]
            guard let endIndex = episodes.firstIndex(where: { $0.endsInAdoption && ($0.endDate.map(period.contains) ?? false) }),
                  let adopted = episodes[endIndex].endDate,
                  let careStart = CareHistory.periodOfCareStart(of: endIndex, in: episodes) else { continue }
            // Days from entering care need the day care began: without it the child is left out
            // rather than counted from a later episode.
            if stage != .a2, !CareHistory.periodOfCareStartIsHeld(of: endIndex, in: episodes) {
                unseenStarts += 1
                continue
            }
            let inCare = episodes[...endIndex].filter { ($0.startDate ?? adopted) >= careStart }
            var days: Int? = nil
            var why = ""
            switch stage {
            case .a1, .a10:
                if let i = episodes.firstIndex(where: { ($0.startDate ?? adopted) >= careStart && Self.adoptionPlacements.contains($0.placement ?? "") }),
                   var moved = episodes[i].startDate {
                    if stage == .a10, ["A3", "A5"].contains(episodes[i].placement ?? ""), i > 0,
                       let fosterStart = CareHistory.carerStart(of: i - 1, in: episodes), fosterStart >= careStart {
                        moved = fosterStart
                        why = " (moved in with foster carers who adopted)"
                    }
                    days = careStart.days(to: moved)
                    why = "entered care \(careStart.uk), moved in \(moved.uk)" + why
                }
            case .a2:
                // The placement order's date is known only if the change to E1 is in the episodes
                // held (not when the first episode held already has it).
                if let i = inCare.firstIndex(where: { $0.legalStatus == "E1" }),
                   i > inCare.startIndex || inCare[i].reasonForNewEpisode == "S",
                   let order = inCare[i].startDate, let match = matches[child], match >= order {
                    days = order.days(to: match)
                    why = "placement order \(order.uk), matched \(match.uk)"
                }
            }
            guard let d = days else { continue }
            tally.add(childID: child, date: adopted, inNumerator: true, reason: "\(d) days: \(why)", amount: Double(d))
        }
        let n = Double(tally.denominator)
        var note: String? = n > 0 ? nil : "no adoptions with the dates needed in this period"
        if unseenStarts > 0 {
            note = (note.map { $0 + "; " } ?? "") + "\(unseenStarts) adopted child(ren) left out: their care began before the earliest SSDA903 held"
        }
        return IndicatorResult(id: definition.id, period: period, value: n > 0 ? tally.amount / n : nil,
                               numerator: tally.amount, denominator: n, members: tally.members, note: note)
    }
}
