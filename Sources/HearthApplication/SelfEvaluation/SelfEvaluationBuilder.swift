import HearthCore
import HearthData
import HearthIndicators
import HearthReports

/// Writes the self-evaluation in the shape of Ofsted's annual engagement meeting — what do we
/// know about the quality and impact of social work practice, how do we know it, what are our
/// plans for the next 12 months — one section per ILACS judgement area, each pre-filled with
/// the area's figures beside statistical neighbours, England and what good authorities achieve,
/// the plan's actions, and the officers' answers. The result is a `BoardPack`, so the pack's HTML,
/// Word and PDF renderers write it: one document model, one writer per format.
public struct SelfEvaluationBuilder: Sendable {
    public let inputs: SelfEvaluationInputs

    public init(inputs: SelfEvaluationInputs) {
        self.inputs = inputs
    }

    public func build() -> BoardPack {
        let sections = [overview()] + ILACSArea.allCases.map(area)
        return BoardPack(
            title: "Self-evaluation of social work practice",
            authority: inputs.authorityName,
            cover: PackCover(facts: [], purpose: [], recommendations: []),
            sections: sections, sources: sources(),
            footer: "\(inputs.authorityName) · Self-evaluation · \(inputs.versionLine)"
                + (inputs.disclosure.suppresses ? " · Counts of 1 to 5 children are shown as c." : " · Exact figures: not for circulation."))
    }

    /// The pack section kind each area is drawn under (its anchor in the HTML).
    static func kind(_ area: ILACSArea) -> PackSection {
        switch area {
        case .impactOfLeaders: .plan
        case .helpAndProtection: .indicators
        case .childrenInCare: .childrenInCare
        case .careLeavers: .careLeavers
        }
    }

    /// The opening: the version, the inspection position and when the next inspection is likely,
    /// and the officers' summary; the rules the figures are read by go to its appendix.
    func overview() -> PackSectionContent {
        var facts = [PackKeyValue("Authority", inputs.authorityName), PackKeyValue("Version", inputs.versionLine),
                     PackKeyValue("Written for", "Ofsted's annual engagement meeting (ILACS)"),
                     PackKeyValue("Figures to", figuresTo)]
        let graded = inputs.gradedInspections
        if let last = graded.max(by: { ($0.startDate, $0.id) < ($1.startDate, $1.id) }) {
            facts.append(PackKeyValue("Last graded inspection", "\(last.kind.rawValue.capitalizedFirst), \(last.startDate.long)"
                                        + (last.overallEffectiveness.map { ": overall \($0.description.lowercased())" } ?? "")))
        }
        var blocks: [PackBlock] = [.facts(facts)]
        blocks.append(.subheading("When the next inspection is likely"))
        if let window = NextInspectionWindow(inspections: graded, today: inputs.today) {
            blocks.append(.paragraph("A \(window.expectedKind.rawValue) between \(window.earliest.long) and \(window.latest.long): "
                                     + "six months either side of the three-year anniversary (\(window.anniversary.long)) of the "
                                     + "\(window.last.kind.rawValue) that began on \(window.last.startDate.long)."))
            if let note = window.note { blocks.append(.paragraph(note)) }
            blocks.append(.note("Ofsted's ILACS framework: standard inspections for authorities judged to require improvement, short "
                                + "inspections for those judged good or outstanding, usually between six months before and six months "
                                + "after the three-year anniversary of the previous inspection."))
        } else {
            blocks.append(.paragraph("Hearth holds no standard or short ILACS inspection of the authority, so no window can be given."))
        }
        blocks.append(.subheading("Summary"))
        blocks += Self.answer(inputs.narrative.summary)
        return PackSectionContent(kind: .regulatory, title: "Summary and inspection position", blocks: blocks,
                                  appendix: readingRules(), appendixTitle: "How the figures are read")
    }

    /// One ILACS area: its last grade, its figures, the three questions, and the plan's actions.
    func area(_ area: ILACSArea) -> PackSectionContent {
        var blocks: [PackBlock] = []
        if let last = inputs.gradedInspections.filter({ area.grade(in: $0.judgements) != nil })
            .max(by: { $0.startDate < $1.startDate }), let grade = area.grade(in: last.judgements) {
            blocks.append(.facts([PackKeyValue("Last judged", "\(grade.description) (\(last.kind.rawValue), \(last.startDate.long))")]))
        }
        blocks += figures(area)
        let answers = inputs.narrative[area]
        for (question, text) in zip(SelfEvaluationNarrative.questions, [answers.whatWeKnow, answers.howWeKnow, answers.plans]) {
            blocks.append(.subheading(question))
            blocks += Self.answer(text)
        }
        blocks += planBlocks(area)
        return PackSectionContent(kind: Self.kind(area), title: area.title, blocks: blocks)
    }

    /// Officers' words, or a line saying none are written yet.
    static func answer(_ text: String) -> [PackBlock] {
        text.allSatisfy(\.isWhitespace) ? [.note("Not written yet.")] : [.paragraph(text)]
    }

    /// The latest day any figure describes.
    var figuresTo: String {
        inputs.summaries.compactMap(\.latest?.period.end).max()?.long ?? "no figures computed yet"
    }

    func sources() -> [String] {
        var out = ["Hearth's figures: computed from the authority's statutory returns (CIN census, SSDA903, Annex A, workforce), "
                   + "the latest twelve months or reporting year, as on the indicator pages."]
        out.append("DfE's published figures, statistical neighbours and England: Explore Education Statistics and LAIT, "
                   + "the latest year each indicator is published (the year the benchmark pages compare).")
        out.append("Ofsted grades: Data to Insight's ILACS summary of every authority's latest judgements, and Ofsted's "
                   + "\"Local authority inspection outcomes\" (inspections since 2018).")
        if let plan = inputs.status.plan {
            out.append("Plan progress: \(plan.title), version \(plan.version), RAG as on \(inputs.today.long).")
        }
        return out
    }
}
