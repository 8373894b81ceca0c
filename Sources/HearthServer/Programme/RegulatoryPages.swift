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
        let startISO: String
        let endISO: String
        let publishedISO: String
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
        let endedISO: String
        let outcome: String?
        let inForce: Bool
    }

    struct Interventions {
        let page: PageChrome
        let interventions: [InterventionRow]
        let canEdit: Bool
        let kindChoices: [Choice]
    }
}
