import HearthCore
import HearthData
import HearthIndicators
import HearthReports

/// An area's figures: Hearth's own beside DfE's published figure for the authority, its
/// statistical neighbours' mean, England, the median of good or outstanding authorities, and
/// whether the authority is in the top or bottom fifth.
extension SelfEvaluationBuilder {
    /// The summaries filed under `area`, in catalogue order.
    func summaries(_ area: ILACSArea) -> [IndicatorSummary] {
        inputs.summaries.filter { $0.definition.area.ilacsArea == area }
    }

    /// The standing of an indicator's published figure, in the year it is compared in.
    func standing(_ d: IndicatorDefinition, _ p: BenchmarkComparison) -> NationalStanding? {
        guard let benchmarker = inputs.benchmarker, let source = d.published else { return nil }
        return NationalStanding(authority: inputs.authorityCode, source: source, year: p.year, benchmarker: benchmarker,
                                judgements: inputs.judgements)
    }

    func figures(_ area: ILACSArea) -> [PackBlock] {
        var rows = summaries(area).map { s in
            let text = IndicatorText(summary: s, disclosure: inputs.disclosure)
            return row(s.definition, hearth: text.value(s.latest) + (s.latest.map { " (\($0.period.label))" } ?? ""), s.published)
        }
        if area == .impactOfLeaders { rows += workforceRows() }
        guard !rows.isEmpty else { return [.subheading("What the figures say"), .note("Hearth holds no indicator for this area.")] }
        return [
            .subheading("What the figures say"),
            .table(PackTable(header: ["Indicator", "Hearth", "DfE published", "Neighbours (mean)", "England",
                                      "Good or outstanding (median)", "Among all authorities"],
                             rows: rows, numericColumns: [1, 2, 3, 4, 5])),
            .note("Hearth: the authority's own figure from its returns and staff records. DfE published, neighbours, England and "
                  + "the median of the authorities Ofsted last judged good or outstanding are DfE's figures for the year in brackets; "
                  + "neighbours are the mean of the ten statistical neighbours with a figure, as LAIT compares. Top and bottom fifth "
                  + "are by DfE's polarity among all authorities with a figure (Appendix A)."),
        ]
    }

    /// DfE's social work workforce measures (census at 30 September) beside the staff records:
    /// leaders are judged on whether social workers have the capacity and stability to practise.
    func workforceRows() -> [[PackCell]] {
        let measures = inputs.benchmarker?.catalogue.workforce ?? IndicatorCatalogue.standard.workforce
        return measures.compactMap { m in
            let published = try? inputs.benchmarker?.compare(authority: inputs.authorityCode, indicator: m.id)
            guard inputs.workforce != nil || published != nil else { return nil }
            let hearth = inputs.workforce.map { a in
                WorkforceFigures.value(m, a.report, inputs.disclosure) + " (\(a.report.date.uk))"
            } ?? "–"
            return row(m.definition, hearth: hearth, published)
        }
    }

    /// One indicator's row: Hearth's figure as given, then DfE's for the compared year.
    func row(_ d: IndicatorDefinition, hearth: String, _ published: BenchmarkComparison?) -> [PackCell] {
        guard let p = published else {
            return [PackCell(d.title), PackCell(hearth), "–", "–", "–", "–",
                    PackCell(d.published == nil ? "Not published by DfE" : "No published figure")]
        }
        let plain = { (v: Double) in IndicatorFormat.value(v, d) }
        let standing = standing(d, p)
        return [
            PackCell(d.title), PackCell(hearth),
            // The workforce census is at 30 September; the returns' years end on 31 March.
            PackCell("\(IndicatorText.publishedText(p.authority.value, d)) ("
                     + (d.source == .workforce ? "30/09/\(p.year)" : IndicatorText.yearLabel(p.year)) + ")"),
            PackCell(p.neighbourMean.map(plain) ?? "–"),
            PackCell(IndicatorText.publishedText(p.england, d)),
            PackCell(standing?.goodOrOutstandingMedian.map(plain) ?? "–"),
            PackCell(Self.standingText(standing), bold: standing?.fifth != nil),
        ]
    }

    /// "Top fifth (12th of 152)", "Bottom fifth (140th of 152)", "45th of 152", or "12th highest
    /// of 152" where DfE gives the measure no polarity.
    static func standingText(_ standing: NationalStanding?) -> String {
        guard let standing, let place = standing.place else { return "–" }
        let at = "\(BenchmarkComparison.ordinal(place))\(standing.polarity == .none ? " highest" : "") of \(standing.rankedAuthorities)"
        switch standing.fifth {
        case .top: return "Top fifth (\(at))"
        case .bottom: return "Bottom fifth (\(at))"
        case nil: return at
        }
    }

    /// The appendix: how every comparison is made, so a reader (or an inspector) can redo it.
    func readingRules() -> [PackBlock] {
        let good = inputs.judgements.goodOrOutstanding.count
        return [
            .subheading("Statistical neighbours"),
            .paragraph("The ten authorities most like this one (DfE's 2025 model). The table gives the mean of those with a "
                       + "published figure, as LAIT does; the indicator pages give the median beside it."),
            .subheading("What good looks like: the median of good or outstanding authorities"),
            .paragraph("The \(good) authorities whose latest overall effectiveness (Data to Insight's ILACS summary) is good or "
                       + "outstanding. Their DfE published figures for the year shown are sorted; an odd count takes the middle one, "
                       + "an even count the mean of the middle two. A suppressed or missing figure (c, x, z, k, u, low, or none) is "
                       + "left out, never read as zero. A median, so the handful of children behind a very small authority's 0% or "
                       + "100% does not pull it."),
            .subheading("Top and bottom fifth"),
            .paragraph("Among the n authorities with a published figure for the year, an authority's place is one more than the "
                       + "number strictly better by DfE's polarity (tied authorities share a place). Top fifth: place at most n ÷ 5. "
                       + "Bottom fifth: the same counted from the worst end. No flag where DfE gives the measure no polarity."),
            .subheading("Hearth's figures"),
            .paragraph(inputs.disclosure.suppresses
                       ? "Counts of 1 to 5 children, and figures made of them, are shown as c (DfE's rule)."
                       : "Exact figures, for officers who may see children's records: the issued version shows c for counts of 1 to 5."),
        ]
    }
}
