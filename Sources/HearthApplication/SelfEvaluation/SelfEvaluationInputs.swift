import HearthCore
import HearthData
import HearthIndicators

/// What a self-evaluation is written from: the indicator summaries the reader's audience may see,
/// DfE's published figures, every authority's latest Ofsted grades, the programme and the
/// authority's Ofsted history, and the officers' words. Plain values, so the builder is a pure
/// function of them and a test can hand-write them.
public struct SelfEvaluationInputs: Sendable {
    /// The DfE code (876) and the name the document carries.
    public var authorityCode: String
    public var authorityName: String
    /// The summaries this audience may read (`IndicatorService.summaries(for:)`).
    public var summaries: [IndicatorSummary]
    /// The social work workforce as the staff records and census give it (nil when Hearth holds
    /// neither): the leaders' area sets DfE's workforce measures beside the authority's own.
    public var workforce: WorkforceAnalysis?
    /// DfE's published figures; nil when none are loaded (the comparison columns then say so).
    public var benchmarker: Benchmarker?
    public var judgements: OfstedLatestJudgements
    public var status: ProgrammeStatus
    /// Ofsted's published inspections of the authority (`OfstedHistory`), beside the programme's own.
    public var history: [Inspection]
    public var narrative: SelfEvaluationNarrative
    /// Which version this is and where it stands ("Version 3, saved by … — draft").
    public var versionLine: String
    public var disclosure: Disclosure

    public init(authorityCode: String, authorityName: String, summaries: [IndicatorSummary], workforce: WorkforceAnalysis? = nil,
                benchmarker: Benchmarker?,
                judgements: OfstedLatestJudgements, status: ProgrammeStatus, history: [Inspection],
                narrative: SelfEvaluationNarrative, versionLine: String, disclosure: Disclosure) {
        self.authorityCode = authorityCode
        self.authorityName = authorityName
        self.summaries = summaries
        self.workforce = workforce
        self.benchmarker = benchmarker
        self.judgements = judgements
        self.status = status
        self.history = history
        self.narrative = narrative
        self.versionLine = versionLine
        self.disclosure = disclosure
    }

    public var today: Day { status.today }

    /// Every graded inspection Hearth knows of: the programme's, Ofsted's published history, and
    /// Data to Insight's latest (later than Ofsted's March tables for some authorities), so the
    /// inspection window counts from the latest of them.
    public var gradedInspections: [Inspection] {
        var all = status.programme.inspections + history
        if let latest = judgements.byCode[authorityCode], let start = latest.startDate,
           let kind = Inspection.Kind(ofstedText: latest.framework) {
            all.append(Inspection(id: "d2i-\(authorityCode)-\(start.iso)", kind: kind, startDate: start,
                                  overallEffectiveness: latest.overallEffectiveness, judgements: latest.judgements))
        }
        // One per start day and kind: the programme's own (with its findings) first.
        var seen = Set<String>()
        return all.filter { $0.kind.isGraded && seen.insert("\($0.startDate.iso) \($0.kind.rawValue)").inserted }
    }
}
