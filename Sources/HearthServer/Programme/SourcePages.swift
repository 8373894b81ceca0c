/// What the pages of findings from sources other than Ofsted show.
enum SourcePages {
    struct SourceRow {
        let id: String
        let href: String
        let kind: String
        let title: String
        let date: String
        let madeBy: String?
        let outcome: String?
        let intervention: String?
        let findings: Int
    }

    struct Sources {
        let page: PageChrome
        let sources: [SourceRow]
        let hasSources: Bool
        let canEdit: Bool
        let kindChoices: [Choice]
        let interventionChoices: [Choice]
        let dateInput = DateInput("date", id: "sdate", label: "Issued or held on")
    }

    struct Source {
        let page: PageChrome
        let source: SourceRow
        let findings: [FindingRow]
        let canEdit: Bool
        let kindChoices: [Choice]
        let findingKinds: [Choice]
        let interventionChoices: [Choice]
        let dateInput: DateInput
    }
}
