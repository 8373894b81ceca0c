/// The self-evaluation page's model: its versions, and the form officers save a version with.
enum SelfEvaluationPages {
    struct Version {
        let number: Int
        let saved: String
        let status: String
        let issued: Bool
        let href: String
        let docxHref: String
        let pdfHref: String?
        /// The issue button's address, for a draft an issuer may issue.
        let issueHref: String?
    }

    /// One question's box on the form.
    struct Field {
        let name: String
        let label: String
        let text: String
    }

    struct Area {
        let code: String
        let title: String
        let fields: [Field]
    }

    struct Page {
        let page: PageChrome
        let versions: [Version]
        let hasVersions: Bool
        let seesDrafts: Bool
        /// Whether the reader may issue a version (managers and admins).
        let canIssue: Bool
        let canWrite: Bool
        /// Which version the form starts from ("Version 3"), or nil for none.
        let startingFrom: String?
        let action: String
        let summary: String
        let areas: [Area]
        let questions: [String]
    }
}
