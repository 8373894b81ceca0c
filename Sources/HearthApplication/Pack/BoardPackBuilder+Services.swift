import HearthCore
import HearthIndicators
import HearthReports

/// The workforce and the sufficiency-and-budget sections. Staff are counted in FTE and never
/// named; placements are counted in children and suppressed.
extension BoardPackBuilder {
    public func workforce() -> PackSectionContent {
        guard let a = inputs.workforce else {
            return PackSectionContent(kind: .workforce, blocks: [.paragraph("Hearth holds no staff records or workforce census for the authority yet.")])
        }
        let r = a.report
        let byID = Dictionary(a.benchmarks.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        let region = a.benchmarks.first?.regionName ?? "Region"
        let year = a.benchmarks.first.map { " (published, 30 September \($0.year))" } ?? ""
        func standing(_ m: WorkforceIndicator, _ b: WorkforceBenchmark?) -> WorkforceTarget {
            WorkforceTarget(m, report: r, earlier: a.yearEarlier, benchmark: b, targets: inputs.targets, disclosure: .aggregate)
        }
        let rows: [[PackCell]] = IndicatorCatalogue.standard.workforce.map { m in
            let b = byID[m.id]
            let target = standing(m, b)
            return [PackCell(m.title), PackCell(target.shown, bold: true),
                    PackCell(target.text(m), rag: target.rag == .neutral ? nil : Self.rag(target.rag)), PackCell(target.directionText),
                    PackCell(b?.published.description ?? "–"), PackCell(b?.england.description ?? "–"), PackCell(b?.region.description ?? "–"),
                    PackCell(b?.neighbourMean.map(MoneyFormat.oneDecimal) ?? "–")]
        }
        var blocks: [PackBlock] = [
            .note(Self.dataTo(r.date, meeting: inputs.meeting.date)),
            .paragraph("Social workers on \(r.date.long), from \(a.source.rawValue)."),
            .table(PackTable(caption: "Workforce measures beside DfE's published figures\(year)",
                             header: ["Measure", "Now", "Target", "In the year", "Council (DfE)", "England", region, "Neighbours (mean)"],
                             rows: rows, numericColumns: [1, 4, 5, 6, 7])),
        ]
        // The workforce's own measures (DfE publishes none by authority): each against its
        // target where one is set, with its direction over the year.
        let own: [[PackCell]] = IndicatorCatalogue.standard.workforceProfile.map { m in
            let t = standing(m, nil)
            return [PackCell(m.title), PackCell(t.shown, bold: true), PackCell(t.text(m), rag: t.rag == .neutral ? nil : Self.rag(t.rag)),
                    PackCell(t.directionText)]
        }
        blocks.append(.table(PackTable(caption: "The workforce's own measures (from the staff records; 1 to 5 staff shown as c)",
                                       header: ["Measure", "Now", "Target", "In the year"], rows: own, numericColumns: [1])))
        let gap = r.uncoveredGap
        let sum = "\(MoneyFormat.oneDecimal(gap.vacancyFTE)) FTE vacant plus \(MoneyFormat.oneDecimal(gap.absentFTE)) absent "
            + "less \(MoneyFormat.oneDecimal(gap.agencyFTE)) agency"
        blocks.append(.paragraph(gap.gapFTE > 0
            ? "Uncovered vacancy gap: \(sum) = \(MoneyFormat.oneDecimal(gap.gapFTE)) FTE of work without a worker"
                + (WorkforceFigures.gapShare(gap).map { ", \($0)." } ?? ".")
            : "No uncovered vacancy gap: \(sum) leaves agency cover \(MoneyFormat.oneDecimal(-gap.gapFTE)) FTE beyond the posts it fills."))
        let teams = WorkforceFigures.teams(r.levels.teams, .aggregate)
        let over = teams.filter(\.overTarget)
        blocks.append(.paragraph(over.isEmpty ? "No team's average caseload is above its target."
            : "Teams whose average caseload is above their target: " + over.map { "\($0.name) (\($0.caseload) against \($0.target))" }.joined(separator: "; ") + "."))
        var detail: [PackBlock] = [.table(PackTable(caption: "Teams", header: ["Team", "Posts (FTE)", "In post", "Agency", "Vacant", "Caseload", "Target"],
                                                    rows: teams.map { t in
            [PackCell(t.name), PackCell(t.establishment), PackCell(t.inPost), PackCell(t.agency), PackCell(t.vacancy),
             PackCell(t.caseload, rag: t.overTarget ? .red : nil), PackCell(t.target)]
        }, numericColumns: [1, 2, 3, 4, 5, 6]))]
        let nqsw = r.nqswRetention.map { "Newly qualified social workers still in post " + WorkforceFigures.retention($0, .aggregate) }
        let cost = r.cost
        blocks.append(.paragraph("Agency rate by seniority: \(WorkforceProfileFigures.seniorityLine(r.agencyBySeniority)). "
            + "\(r.conversions.count) agency worker\(r.conversions.count == 1 ? "" : "s") took a permanent post in the year; more in the appendix."))
        detail += Self.workforceProfile(r)
        blocks.append(.bullets(nqsw + [
            "Cost: \(MoneyFormat.pounds(cost.totalAnnual)) a year, of which agency \(MoneyFormat.pounds(cost.agencyAnnual)) "
                + "(\(MoneyFormat.percent(cost.agencyShareOfCost.percent))); the agency premium is \(MoneyFormat.pounds(cost.agencyPremiumAnnual)) a year.",
        ]))
        if r.trend.count > 1 {
            detail.append(.chart(PackChart(trend: WorkforceTrendChart.chart(r.trend))))
        }
        return PackSectionContent(kind: .workforce, blocks: blocks, appendix: detail, appendixTitle: "Workforce by team and profile")
    }

    public func sufficiency() -> PackSectionContent {
        guard let r = inputs.sufficiency else {
            return PackSectionContent(kind: .sufficiency, blocks: [.paragraph("Hearth holds no SSDA903 return for the authority yet.")])
        }
        let f = SufficiencyFigures(r, .aggregate)
        let pounds = { (m: Disclosed<Double>) in m.text(MoneyFormat.pounds) }
        let rows: [[PackCell]] = f.groups.map { g in
            [PackCell(g.group.title), PackCell(g.children.description), PackCell(pounds(g.weeklyCost))]
        } + [[PackCell("All placements", bold: true), PackCell(f.lookedAfter.description, bold: true),
              PackCell(pounds(f.weeklyCommitment), bold: true)]]
        let share = f.distantShare.map { $0.text { MoneyFormat.percent($0) } } ?? "–"
        var blocks: [PackBlock] = [
            .note(Self.dataTo(r.date, meeting: inputs.meeting.date)),
            .table(PackTable(caption: "Placements on \(r.date.long) and their weekly cost", header: ["Placement", "Children", "Weekly cost"],
                             rows: rows, numericColumns: [1, 2])),
            .facts([
                PackKeyValue("More than 20 miles from home and outside the authority", "\(f.distant) children (\(share))"),
                PackKeyValue("In unregistered provision", "\(f.unregistered) children"),
                PackKeyValue("Placements costing \(MoneyFormat.pounds(r.highCostThreshold)) a week or more", "\(f.highCost)"),
                PackKeyValue("Average weekly cost", pounds(f.averageWeeklyCost)),
            ] + SufficiencyTarget.rows(r, f, targets: inputs.targets, disclosure: .aggregate).filter { $0.target != "–" }.map {
                PackKeyValue("\($0.title): target", $0.target + ($0.ragText.isEmpty ? "" : " (\($0.ragText.lowercased()))"))
            }),
            .subheading("Budget"),
            .facts([
                PackKeyValue("Spent on placements, \(r.spend.yearStart.long) to \(r.spend.asAt.long)", pounds(f.spentToDate)),
                PackKeyValue("Committed each week on \(r.spend.asAt.long)", pounds(f.weeklyCommitment)),
                PackKeyValue("Projected for the year to \(r.spend.yearEnd.long)", pounds(f.projectedYear)),
            ]),
            .note("The projection assumes today's placements continue to the year end and no child enters or leaves care. "
                  + (inputs.ownCosts ? "Prices are the council's placement cost table." : "Prices are illustrative national figures until the council sets its own.")
                  + (f.weeklyCommitment.isSuppressed ? " \"c\": the sum rests on a placement type with 1 to 5 children, so it is not shown." : "")),
        ]
        if r.unpriced > 0 { blocks.append(.note("\(f.unpriced) placements have no price in the cost table and are not in the totals.")) }
        if let cost = inputs.workforce?.report.cost {
            blocks.append(.facts([PackKeyValue("Social work staffing a year (permanent and agency)", MoneyFormat.pounds(cost.totalAnnual)),
                                  PackKeyValue("of which the agency premium", MoneyFormat.pounds(cost.agencyPremiumAnnual))]))
        }
        return PackSectionContent(kind: .sufficiency, blocks: blocks)
    }
}
