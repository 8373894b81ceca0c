import HearthCore

/// One child as read from SSDA903 XML before it is split into table rows: the child-level
/// values and each repeated group (an episode, a review, …) with the fields it holds.
struct SSDA903XMLRecord {
    struct Group {
        let table: SSDA903Table
        let line: Int
        let path: String
        var fields: [String: String]
    }

    let line: Int
    let path: String
    var fields: [String: String] = [:]
    var groups: [Group] = []

    /// The element names (upper-cased) that open a repeated group, in either layout.
    static let groupTables: [String: SSDA903Table] = [
        "EPISODE": .episodes, "EPISODES": .episodes,
        "AREVIEW": .reviews, "REVIEW": .reviews, "REVIEWS": .reviews,
        "UASC": .uasc,
        "OC2": .oc2, "OC3": .oc3, "AD1": .ad1,
        "AD_PLACED": .placedForAdoption, "PLACEDADOPTION": .placedForAdoption,
        "PERMANENCE": .previousPermanence, "PREVPERM": .previousPermanence,
        "AMISSING": .missing, "MISSING": .missing,
        "SWEPISODE": .socialWorkerEpisodes, "SWEPISODES": .socialWorkerEpisodes, "SW_EPISODE": .socialWorkerEpisodes,
    ]

    /// XML spellings that differ from the CSV column names.
    static let fieldAliases: [String: String] = ["CHILDID": "CHILD", "PL": "PLACE"]

    /// Every field name the reader understands: the CSV columns plus the expanded layout's
    /// child-level UASC flag.
    static let knownFields: Set<String> = {
        var s: Set<String> = ["UASC"]
        for t in SSDA903Table.allCases { s.formUnion(t.columns) }
        return s
    }()

    /// Rows this child contributes to `table`: each group's fields over the child's, so a row
    /// carries CHILD, DOB and SEX as the CSV tables do. The expanded layout keeps UASC, OC3 and
    /// AD1 values on the child itself; those become a row when present.
    func rows(_ table: SSDA903Table) -> [(line: Int, path: String, fields: [String: String])] {
        var out: [(line: Int, path: String, fields: [String: String])] = []
        for g in groups where g.table == table {
            out.append((g.line, g.path, fields.merging(g.fields) { _, group in group }))
        }
        if out.isEmpty, impliedOnChild(table) { out.append((line, path, fields)) }
        return out
    }

    private func impliedOnChild(_ table: SSDA903Table) -> Bool {
        switch table {
        case .header: return true
        case .uasc: return fields["DUC"] != nil || fields["UASC"].map { $0 == "1" || $0.lowercased() == "true" } == true
        case .oc3: return fields["IN_TOUCH"] != nil || fields["ACTIV"] != nil || fields["ACCOM"] != nil
        case .ad1: return fields["DATE_INT"] != nil || fields["DATE_MATCH"] != nil
        default: return false
        }
    }
}
