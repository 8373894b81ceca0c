/// What the inspections and interventions pages show.
enum RegulatoryPages {
    struct InspectionRow {
        let id: String
        let href: String
        let kind: String
        let start: String
        let published: String
        let overall: String?
        let overallCSS: String
        let findings: Int
    }

    struct Inspections {
        let page: PageChrome
        let inspections: [InspectionRow]
        let canEdit: Bool
        let kindChoices: [Choice]
        let gradeChoices: [Choice]
        let startInput = DateInput("start", id: "start", label: "First day")
        let endInput = DateInput("end", id: "end", label: "Last day")
        let publishedInput = DateInput("published", id: "published", label: "Report published")
    }

    struct GradeField {
        let name: String
        let label: String
        let grade: String
        let css: String
        let choices: [Choice]
    }

    struct Inspection {
        let page: PageChrome
        let id: String
        let kind: String
        let start: String
        let end: String?
        let published: String
        let reportURL: String?
        let actionPlanDue: String?
        let grades: [GradeField]
        let findings: [FindingRow]
        let canEdit: Bool
        let findingKinds: [Choice]
        let startInput: DateInput
        let endInput: DateInput
        let publishedInput: DateInput
    }

    struct InterventionRow {
        let id: String
        let kind: String
        let issued: String
        /// "Reviewed every 6 months." or, with no cadence known, that none is set.
        let cadence: String
        let reviews: [String]
        /// "Next review 3 March 2027." or that no review date is known.
        let nextReview: String
        let ended: String
        let endedInput: DateInput
        let outcome: String?
        let inForce: Bool
        /// The inspection or visit that led to it.
        let ledBy: Link?
        /// The findings made under it (its conditions, its reviews).
        let sources: [Link]
        let inspectionChoices: [Choice]
    }

    struct Link {
        let title: String
        let href: String
    }

    struct Interventions {
        let page: PageChrome
        let interventions: [InterventionRow]
        let canEdit: Bool
        let kindChoices: [Choice]
        let inspectionChoices: [Choice]
        let issuedInput = DateInput("issued", id: "nissued", label: "Issued")
    }
}
