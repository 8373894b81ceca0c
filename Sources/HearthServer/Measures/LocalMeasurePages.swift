/// Page models of the local measures' register, a measure's page, its form and a target's page.
enum LocalMeasurePages {
    struct Option {
        let value: String
        let label: String
        let selected: Bool
    }

    struct Row {
        let href: String
        let title: String
        let area: String
        let frequency: String
        let value: String
        let period: String
        let ragClass: String
        let ragLabel: String
        let owner: String
        let boardVisible: String
    }

    struct Register {
        let page: PageChrome
        let rows: [Row]
        let hasRows: Bool
        let canEdit: Bool
        let newHref: String
    }

    struct Form {
        let page: PageChrome
        let heading: String
        let action: String
        let title: String
        let definition: String
        let source: String
        let units: [Option]
        let polarities: [Option]
        let frequencies: [Option]
        let areas: [Option]
        let owners: [Option]
        let boardVisible: Bool
        let countsChildren: Bool
        let cancelHref: String
    }

    struct Entry {
        let period: String
        let value: String
        let numerator: String
        let denominator: String
        let note: String
        let enteredBy: String
        let enteredAt: String
        /// A later value replaced it.
        let replaced: Bool
    }

    struct Fact {
        let key: String
        let value: String
    }

    struct Measure {
        let page: PageChrome
        let id: String
        let title: String
        let definition: String
        let value: String
        let period: String
        let ragClass: String
        let ragLabel: String
        let direction: String
        let target: String
        let targetHref: String
        let runChart: String
        let runCaption: String
        let entries: [Entry]
        let hasEntries: Bool
        let facts: [Fact]
        let canEdit: Bool
        let editHref: String
        let valuesAction: String
        let uploadAction: String
        let templateHref: String
        let periodHint: String
        let needsCounts: Bool
        let suppressed: Bool
    }

    struct TargetRow {
        let target: String
        let tolerance: String
        let from: String
        let reason: String
        let setBy: String
        let setAt: String
    }

    struct Target {
        let page: PageChrome
        let title: String
        let backHref: String
        let inForce: String
        let source: String
        let rows: [TargetRow]
        let hasRows: Bool
        let canEdit: Bool
        let action: String
        let fromInput: DateInput
        let unitHint: String
    }
}
