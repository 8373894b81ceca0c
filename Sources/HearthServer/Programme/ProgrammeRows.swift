import HearthCore

/// A RAG as the pages show it: a coloured tag with its word.
struct RAGTag {
    let label: String
    let css: String

    init(_ rag: ActionRAG) {
        switch rag {
        case .red: label = "Red"; css = "rag-red"
        case .amber: label = "Amber"; css = "rag-amber"
        case .green: label = "Green"; css = "rag-green"
        case .complete: label = "Complete"; css = "tag-blue"
        }
    }
}

/// One action in a table of the plan.
struct ActionRow {
    let id: String
    let href: String
    let title: String
    let owner: String
    let due: String
    let status: String
    let rag: RAGTag
    let overridden: Bool
    let overrideReason: String
    let findings: String?
    let overdue: Bool

    init(_ a: PlanAction, status: ProgrammeStatus) {
        id = a.id
        href = Site.action(a.id)
        title = a.title
        owner = a.owner
        due = a.due.long
        self.status = a.status.rawValue
        rag = RAGTag(status.rag[a.id] ?? status.rule.rag(a, today: status.today))
        overridden = a.override != nil
        overrideReason = a.override?.reason ?? ""
        findings = a.findingIDs.joined(separator: ", ").nonEmpty
        overdue = status.rule.isOverdue(a, today: status.today)
    }
}

/// RAG counts in the order boards read them.
struct RAGCount {
    let label: String
    let value: Int
    let css: String

    static func list(_ counts: [ActionRAG: Int]) -> [RAGCount] {
        [ActionRAG.red, .amber, .green, .complete].map { r in
            let tag = RAGTag(r)
            return RAGCount(label: tag.label, value: counts[r] ?? 0, css: tag.css)
        }
    }
}

extension String {
    /// nil for "", because Mustache treats an empty string as true in a section.
    var nonEmpty: String? { isEmpty ? nil : self }
}

/// One choice of a select, radio or checkbox list.
struct Choice {
    let value: String
    let label: String
    let selected: Bool
}

/// A finding as a line: its id, kind and text, with where it came from (an Ofsted inspection or
/// visit, or another source: a DfE review, a commissioner, a peer…). `inspection` and
/// `inspectionHref` name the origin whichever it is; `editAction` is where its form posts.
struct FindingRow {
    let id: String
    let kind: String
    let text: String
    let inspection: String
    let inspectionHref: String
    let actions: [ActionLink]
    let answered: Bool
    let editAction: String
    let kindChoices: [Choice]

    struct ActionLink {
        let id: String
        let href: String
        let title: String
    }

    init(_ f: Finding, of inspection: Inspection, status: ProgrammeStatus) {
        self.init(f, origin: "\(inspection.kind.rawValue), \(inspection.startDate.long)", href: Site.inspection(inspection.id),
                  edit: Site.inspection(inspection.id) + "/findings/" + f.id, status: status)
    }

    init(_ f: Finding, of source: FindingSource, status: ProgrammeStatus) {
        self.init(f, origin: "\(source.kind.rawValue): \(source.title), \(source.date.long)", href: Site.source(source.id),
                  edit: Site.source(source.id) + "/findings/" + f.id, status: status)
    }

    private init(_ f: Finding, origin: String, href: String, edit: String, status: ProgrammeStatus) {
        id = f.id
        kind = f.kind.rawValue
        text = f.text
        inspection = origin
        inspectionHref = href
        actions = status.actions(answering: f.id).map { ActionLink(id: $0.id, href: Site.action($0.id), title: $0.title) }
        answered = !actions.isEmpty || !f.needsAction
        editAction = edit
        kindChoices = Finding.Kind.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: $0 == f.kind) }
    }
}

extension ProgrammeStatus {
    /// Every finding with where it came from: each inspection's and each other source's, newest first.
    var findingRows: [FindingRow] {
        let inspections = programme.inspections.map { i in (i.startDate, i.findings.map { FindingRow($0, of: i, status: self) }) }
        let sources = programme.sources.map { s in (s.date, s.findings.map { FindingRow($0, of: s, status: self) }) }
        return (inspections + sources).sorted { $0.0 > $1.0 }.flatMap(\.1)
    }

    /// Findings to choose from when tracing an action, with `selected` ticked, newest source first.
    func findingChoices(selected: [String]) -> [Choice] {
        let inspections = programme.inspections.map { i in (i.startDate, i.findings, "\(i.startDate.year)") }
        let sources = programme.sources.map { s in (s.date, s.findings, "\(s.kind.rawValue), \(s.date.year)") }
        return (inspections + sources).sorted { $0.0 > $1.0 }.flatMap { _, findings, origin in
            findings.filter(\.needsAction).map { f in
                Choice(value: f.id, label: "\(f.id) (\(f.kind.rawValue), \(origin)): \(f.text)", selected: selected.contains(f.id))
            }
        }
    }
}
