import HearthApplication
import HearthCore
import Hummingbird

/// Findings from sources other than Ofsted: a DfE improvement notice's conditions, a DfE
/// adviser's review (with the priorities it sets), a statutory direction, a commissioner, a peer
/// review or partner in practice, an independent chair or scrutineer. Managers keep them; everyone
/// signed in reads them. Their findings are traced to actions, and counted in coverage, as
/// Ofsted's are.
struct SourcesController {
    let programme: ProgrammeService
    let indicators: IndicatorService
    let views: Views

    struct SourceForm: SubmittedForm {
        let kind: String?; let title: String?; let date: String?; let made_by: String?; let outcome: String?
        let intervention: String?; let _csrf: String?
    }
    struct FindingForm: SubmittedForm { let id: String?; let kind: String?; let text: String?; let _csrf: String? }

    func register(_ r: GuardedRouter) {
        r.get(Site.sources, .signedIn) { _, context in try await sourcesPage(context) }
        r.post(Site.sources, .planEditors, form: SourceForm.self, done: "Source added.") { form, _, context in
            let p = try await programme.programme()
            let kind: FindingSource.Kind = try FormValues.choice(form.kind, "kind of source", field: "kind")
            guard let date = try FormValues.day(form.date, "date it was issued or held", field: "date") else { throw HTTPError(.badRequest) }
            var source = FindingSource(id: Self.newID(kind, date, in: p), kind: kind, title: "", date: date)
            try apply(form, to: &source)
            try await programme.saveSource(source, by: user(context))
            return .redirect(to: Site.source(source.id), type: .normal)
        }
        r.get(Site.source, .signedIn) { _, context in try await sourcePage(context) }
        r.post(Site.source, .planEditors, form: SourceForm.self, done: "Source saved.") { form, _, context in
            var source = try await programme.programme().source(context.parameter("id"))
            if let kind = form.kind, !kind.isEmpty { source.kind = try FormValues.choice(kind, "kind of source", field: "kind") }
            if let date = try FormValues.day(form.date, "date it was issued or held", field: "date", required: false) { source.date = date }
            try apply(form, to: &source)
            try await programme.saveSource(source, by: user(context))
            return .redirect(to: Site.source(source.id), type: .normal)
        }
        r.post(Site.sourceFindings, .planEditors, form: FindingForm.self, done: "Finding added.") { form, _, context in
            let p = try await programme.programme()
            var source = try p.source(context.parameter("id"))
            let given = try FormValues.text(form.id, "finding's reference", field: "id", required: false, max: 40)
            let id = given.isEmpty ? FormValues.nextID(Self.prefix(source.kind), taken: p.findings.map(\.id)) : given
            source.findings.append(Finding(id: id, kind: try FormValues.choice(form.kind, "kind of finding", field: "kind"),
                                           text: try FormValues.text(form.text, "finding", field: "text", max: 4000)))
            try await programme.saveSource(source, by: user(context))
            return .redirect(to: Site.source(source.id) + "#findings", type: .normal)
        }
        r.post(Site.sourceFinding, .planEditors, form: FindingForm.self, done: "Finding saved.") { form, _, context in
            var source = try await programme.programme().source(context.parameter("id"))
            guard let i = source.findings.firstIndex(where: { $0.id == context.parameter("finding") }) else {
                throw ApplicationError.notFound("The source has no such finding.")
            }
            source.findings[i].kind = try FormValues.choice(form.kind, "kind of finding", field: "kind")
            source.findings[i].text = try FormValues.text(form.text, "finding", field: "text", max: 4000)
            try await programme.saveSource(source, by: user(context))
            return .redirect(to: Site.source(source.id) + "#findings", type: .normal)
        }
    }

    /// A new source's id, from its kind and day: "dfe-adviser-review-2025-05-01".
    static func newID(_ kind: FindingSource.Kind, _ date: Day, in p: Programme) -> String {
        FormValues.uniqueID("\(kind.rawValue.lowercased().split { !$0.isLetter }.joined(separator: "-"))-\(date.iso)", taken: p.sources.map(\.id))
    }

    /// The reference a new finding takes when none is given: "C" for a condition of a notice or a
    /// direction, "DR" for a DfE review's priority, "R" for the others' recommendations.
    static func prefix(_ kind: FindingSource.Kind) -> String {
        switch kind {
        case .noticeConditions, .statutoryDirection: "C"
        case .adviserReview: "DR"
        case .commissioner, .peerReview, .partnerInPractice, .independentChair: "R"
        }
    }

    // MARK: pages

    private func sourcesPage(_ context: AppContext) async throws -> Response {
        let p = try await programme.programme()
        return views.response("sources", SourcePages.Sources(
            page: try await chrome("Findings from other sources", context),
            sources: p.sources.reversed().map { row($0, p) }, hasSources: !p.sources.isEmpty, canEdit: Access.planEditors.allows(context.user?.role),
            kindChoices: FindingSource.Kind.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue.capitalizedFirst, selected: false) },
            interventionChoices: Self.interventionChoices(p, selected: nil)))
    }

    private func sourcePage(_ context: AppContext) async throws -> Response {
        let status = try await programme.status()
        let p = status.programme
        let s = try p.source(context.parameter("id"))
        return views.response("source", SourcePages.Source(
            page: try await chrome("\(s.kind.rawValue.capitalizedFirst): \(s.title)", context), source: row(s, p),
            findings: s.findings.map { FindingRow($0, of: s, status: status) }, canEdit: Access.planEditors.allows(context.user?.role),
            kindChoices: FindingSource.Kind.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue.capitalizedFirst, selected: $0 == s.kind) },
            findingKinds: ([s.kind.usualFinding] + Finding.Kind.allCases.filter { $0 != s.kind.usualFinding })
                .map { Choice(value: $0.rawValue, label: $0.rawValue, selected: false) },
            interventionChoices: Self.interventionChoices(p, selected: s.interventionID),
            dateInput: DateInput("date", id: "sdate", label: "Issued or held on", value: s.date)))
    }

    private func row(_ s: FindingSource, _ p: Programme) -> SourcePages.SourceRow {
        let n = p.interventions.first { $0.id == s.interventionID }
        return SourcePages.SourceRow(id: s.id, href: Site.source(s.id), kind: s.kind.rawValue.capitalizedFirst, title: s.title, date: s.date.long,
                                     madeBy: s.madeBy.nonEmpty, outcome: s.outcome,
                                     intervention: n.map { "\($0.kind.rawValue.capitalizedFirst), issued \($0.issued.long)" },
                                     findings: s.findings.count)
    }

    static func interventionChoices(_ p: Programme, selected: String?) -> [Choice] {
        [Choice(value: "", label: "none", selected: selected == nil)] + p.interventions.reversed().map {
            Choice(value: $0.id, label: "\($0.kind.rawValue.capitalizedFirst), issued \($0.issued.long)", selected: $0.id == selected)
        }
    }

    private func apply(_ form: SourceForm, to s: inout FindingSource) throws {
        s.title = try FormValues.text(form.title, "title", field: "title", max: 300)
        s.madeBy = try FormValues.text(form.made_by, "who made it", field: "made_by", required: false, max: 300)
        let outcome = try FormValues.text(form.outcome, "outcome", field: "outcome", required: false, max: 2000)
        s.outcome = outcome.isEmpty ? nil : outcome
        let n = (form.intervention ?? "").trimmingCharacters(in: .whitespaces)
        s.interventionID = n.isEmpty ? nil : n
    }

    private func chrome(_ title: String, _ context: AppContext) async throws -> PageChrome {
        PageChrome(title: title, context: context, section: .programme, authorityName: await indicators.authorityName)
    }

    private func user(_ context: AppContext) -> String { context.user?.name ?? "" }
}
