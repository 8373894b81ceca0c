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

/// A finding as a line: its id, kind and text, with the inspection it came from.
struct FindingRow {
    let id: String
    let kind: String
    let text: String
    let inspection: String
    let inspectionHref: String
    let actions: [ActionLink]
    let answered: Bool
    let inspectionID: String
    let kindChoices: [Choice]

    struct ActionLink {
        let id: String
        let href: String
        let title: String
    }

    init(_ f: Finding, of inspection: Inspection, status: ProgrammeStatus) {
        id = f.id
        kind = f.kind.rawValue
        text = f.text
        self.inspection = "\(inspection.kind.rawValue), \(inspection.startDate.long)"
        inspectionHref = Site.inspection(inspection.id)
        actions = status.actions(answering: f.id).map { ActionLink(id: $0.id, href: Site.action($0.id), title: $0.title) }
        answered = !actions.isEmpty || !f.needsAction
        inspectionID = inspection.id
        kindChoices = Finding.Kind.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: $0 == f.kind) }
    }
}

extension ProgrammeStatus {
    /// Every finding with the inspection it belongs to, newest inspection first.
    var findingRows: [FindingRow] {
        programme.inspections.reversed().flatMap { i in i.findings.map { FindingRow($0, of: i, status: self) } }
    }

    /// Findings to choose from when tracing an action, with `selected` ticked.
    func findingChoices(selected: [String]) -> [Choice] {
        programme.inspections.reversed().flatMap { i in
            i.findings.filter(\.needsAction).map { f in
                Choice(value: f.id, label: "\(f.id) (\(f.kind.rawValue), \(i.startDate.year)): \(f.text)", selected: selected.contains(f.id))
            }
        }
    }
}
