/// Page models of the board pack pages.
enum BoardPackPages {
    struct Indicator {
        let id: String
        let title: String
        let value: String
        let rag: String?
        let text: String
        /// Said when the figure has moved since the commentary was written.
        let moved: String?
    }

    struct ImplicationField {
        let code: String
        let title: String
        let text: String
    }

    struct Todo {
        let items: [String]
    }

    struct Pack {
        let page: PageChrome
        let boardName: String
        let date: String
        let meetingHref: String
        let packHref: String
        let htmlHref: String
        let pdfHref: String
        let docxHref: String
        let pdfAvailable: Bool
        let sections: [String]
        let settingsHref: String
        let canSetUp: Bool
        let canWrite: Bool
        let todo: Todo?
        /// Whether this reader sees the draft (those who write the pack) or issued versions only.
        let seesDraft: Bool
        let canIssue: Bool
        /// "Signed off by manager on 3 December 2026 at 10:04", or nil while the draft is unsigned.
        let signedOff: String?
        let needsReason: Bool
        let versions: [Version]
        let hasVersions: Bool
        let signOffHref: String
        let issueHref: String
        let keyMessages: [KeyMessageGroup]
        let keyMessagesHref: String
        let indicators: [Indicator]
        let implications: [ImplicationField]
    }

    struct KeyMessageGroup {
        struct Message {
            let text: String
            let href: String?
        }
        let code: String
        let title: String
        let edited: Bool
        /// The messages one a line, as the edit box holds them.
        let lines: String
        let messages: [Message]
    }

    struct Version {
        let number: Int
        let issued: String
        let reason: String
        let dataTo: String
        let htmlHref: String
        let pdfHref: String?
        let docxHref: String
        let hashes: String
    }

    struct SectionChoice {
        let code: String
        let title: String
        let on: Bool
    }

    struct Settings {
        let page: PageChrome
        let boardName: String
        let boardHref: String
        let kind: String
        let isDefault: Bool
        let action: String
        let sections: [SectionChoice]
        let reportTo: String
        let reportingOfficer: String
        let portfolio: String
        let wards: String
        let purpose: String
        let recommendation: String
    }
}
