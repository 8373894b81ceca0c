import HearthCore

/// A source of findings without its findings.
struct FindingSourceRow: KeyedRow {
    static let table = "finding_sources"
    static let columns = ["id", "kind", "title", "date", "made_by", "outcome", "intervention_id"]
    static let key = ["id"]

    let id: String
    let kind: String
    let title: String
    let date: String
    let madeBy: String
    let outcome: String?
    let interventionId: String?

    init(_ s: FindingSource) {
        id = s.id
        kind = s.kind.rawValue
        title = s.title
        date = s.date.iso
        madeBy = s.madeBy
        outcome = s.outcome
        interventionId = s.interventionID
    }

    var values: RowValues { [id, kind, title, date, madeBy, outcome, interventionId] }

    func source(findings: [Finding]) throws -> FindingSource {
        let what = "source of findings \(id)"
        return FindingSource(id: id, kind: try SQLValue.code(kind, of: what), title: title, date: try SQLValue.day(date, of: what),
                             madeBy: madeBy, outcome: outcome, interventionID: interventionId, findings: findings)
    }
}

/// One finding of a source, in its place.
struct SourceFindingRow: AuthorityRow {
    static let table = "source_findings"
    static let columns = ["source_id", "id", "seq", "kind", "text"]

    let sourceId: String
    let id: String
    let seq: Int
    let kind: String
    let text: String

    init(_ f: Finding, source: String, seq: Int) {
        sourceId = source
        id = f.id
        self.seq = seq
        kind = f.kind.rawValue
        text = f.text
    }

    var values: RowValues { [sourceId, id, seq, kind, text] }

    func finding() throws -> Finding {
        Finding(id: id, kind: try SQLValue.code(kind, of: "finding \(id) of source \(sourceId)"), text: text)
    }
}
